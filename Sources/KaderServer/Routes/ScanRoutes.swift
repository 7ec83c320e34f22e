import Foundation
import Hummingbird
import Kader
import KaderReports

/// Starting a scan, the resume link, and the scan's first page (who, when, context).
enum ScanRoutes: RouteGroup {
    static func add(to router: Router<ServerRequestContext>, app: ServerApp) {
        router.post("/scans") { request, context in
            let form = try await FormBody.read(request, limit: app.limits.maxBody, fieldLimit: app.limits.maxField)
            guard let id = form["framework"], ValueReader.isIdentifier(id) else {
                throw PageError(.badRequest, Message(nl: "Kies een kader op de startpagina.", en: "Choose a framework on the start page."))
            }
            let framework = try app.framework(id: id)
            let scan = try await app.store.createScan(
                framework: framework.id, version: framework.version, language: context.language, organisation: context.organisation)
            return HTMLResponse.seeOther("/s/\(scan.token.text)/start")
        }

        router.get("/s/:token") { _, context in
            let sheet = try await app.sheet(token: context.parameters.require("token"))
            let base = "/s/\(sheet.scan.token.text)"
            // A new scan opens on its first page; so does a colleague's, whose header the owner filled in,
            // so that the colleague first reads whose scan it is and that only their own answers are shown.
            if sheet.response.answers.isEmpty {
                let colleague = try await app.store.owner(ofColleague: sheet.scan.id) != nil
                if colleague || sheet.scan.header == ScanHeader() { return HTMLResponse.seeOther(base + "/start") }
            }
            guard let open = sheet.firstOpenDomain else { return HTMLResponse.seeOther(base + "/result") }
            return HTMLResponse.seeOther(base + "/d/\(open + 1)")
        }

        router.get("/s/:token/start") { request, context in
            let sheet = try await app.sheet(token: context.parameters.require("token"))
            let page = ContextPage(sheet: sheet, language: context.language, nonce: ScanToken.random().text, origin: request.origin)
            let note = try await TogetherNote(sheet: sheet, app: app, language: context.language)
            return PageShell(language: context.language, path: request.uri.path)
                .response(title: sheet.framework.title.text(in: context.language)) { note.around(&$0, page.render) }
        }

        router.post("/s/:token/start") { request, context in
            let sheet = try await app.sheet(token: context.parameters.require("token"))
            let form = try await FormBody.read(request, limit: app.limits.maxBody, fieldLimit: app.limits.maxField)
            let read = try HeaderForm(form: form, framework: sheet.framework)
            if !read.slips.isEmpty {
                // A date or number that is not one: the page again as typed, with why; nothing saved.
                var page = ContextPage(sheet: sheet, language: context.language, nonce: ScanToken.random().text, origin: request.origin)
                page.typed = form
                page.slips = read.slips
                return PageShell(language: context.language, path: request.uri.path)
                    .response(title: sheet.framework.title.text(in: context.language), status: .unprocessableContent) {
                        page.render(into: &$0)
                    }
            }
            _ = try await app.store.saveHeader(read.header, scan: sheet.scan.id, nonce: form["form"])
            return HTMLResponse.seeOther("/s/\(sheet.scan.token.text)/d/1")
        }
    }
}

/// The first page's form read into a header: every field checked before anything is written.
struct HeaderForm {
    let header: ScanHeader
    /// A date or number typed that is not one, by field name (`date`, `context.<id>`): the person's
    /// slip, shown beside the field. A field the framework does not have is a tampered form (400).
    let slips: [String: Message]

    init(form: FormBody, framework: Framework) throws(PageError) {
        var slips: [String: Message] = [:]
        func text(_ name: String) -> String? {
            guard let value = form[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
            return value
        }
        var header = ScanHeader(organisation: text("organisation"), respondent: text("respondent"), date: text("date"))
        if let date = header.date, !Self.isDate(date) {
            slips["date"] = Message(
                nl: "De datum '\(date)' is geen datum als JJJJ-MM-DD (bijvoorbeeld 2026-03-14).",
                en: "The date '\(date)' is not a date as YYYY-MM-DD (for example 2026-03-14).")
        }
        for name in form.names(after: "context.") {
            guard let field = framework.context.first(where: { $0.id == name }) else {
                throw PageError(
                    .badRequest,
                    Message(
                        nl: "Het kader kent geen contextveld '\(name)'; er is niets opgeslagen.",
                        en: "The framework has no context field '\(name)'; nothing was saved."))
            }
            guard let value = text("context." + name) else { continue }
            if field.kind == .number {
                guard let number = NumberText.finite(value.replacingOccurrences(of: ",", with: ".")) else {
                    slips["context." + name] = Message(
                        nl: "'\(value)' bij '\(field.label.text(in: .nl))' is geen getal; schrijf het als 12 of 7,5.",
                        en: "'\(value)' for '\(field.label.text(in: .en))' is not a number; write it as 12 or 7.5.")
                    continue
                }
                header.context[name] = .number(number)
            } else {
                header.context[name] = .text(value)
            }
        }
        self.header = header
        self.slips = slips
    }

    /// True for a real calendar date written YYYY-MM-DD.
    static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), day >= 1
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return day <= days
    }
}
