import Foundation
import HTTPTypes
import Hummingbird
import Kader
import KaderImport

/// Files in and out: an upload of a response file or a survey tool's CSV export (read by the
/// importers `kader scan` and `kader import csv` use, their diagnostics shown on the page), and
/// an organisation's scans as a ZIP of response files. The files stay the exchange format.
enum TransferRoutes: RouteGroup {
    static func add(to router: Router<ServerRequestContext>, app: ServerApp) {
        router.get("/upload") { request, context in
            let page = UploadPage(frameworks: FrameworkCatalog(app.library).frameworks, language: context.language)
            return PageShell(language: context.language, path: request.uri.path).response(title: page.title) { page.render(into: &$0) }
        }

        router.post("/upload") { request, context in
            let bytes: [UInt8]
            do {
                bytes = Array(try await request.body.collect(upTo: app.limits.maxUpload).readableBytesView)
            } catch {
                throw PageError(
                    .contentTooLarge,
                    Message(
                        nl: "Het bestand is groter dan de grens van \(app.limits.maxUpload / 1024 / 1024) MiB; er is niets ingelezen.",
                        en: "The file is larger than the limit of \(app.limits.maxUpload / 1024 / 1024) MiB; nothing was read in."))
            }
            let form = try MultipartForm(body: bytes, contentType: request.headers[.contentType])
            let upload = try Upload(form: form, app: app, language: context.language)
            let shell = PageShell(language: context.language, path: request.uri.path)
            guard upload.problems.errors.isEmpty else {
                let page = UploadProblemsPage(name: upload.name, problems: upload.problems, language: context.language)
                return shell.response(title: page.title, status: .unprocessableContent, mainClass: "error-page") { page.render(into: &$0) }
            }
            let stored = try await app.store.importScans(upload.scans.map { $0.owned(by: context.organisation) })
            if stored.count == 1, upload.problems.all.isEmpty { return HTMLResponse.seeOther("/s/\(stored[0].token.text)/result") }
            let page = ImportedPage(name: upload.name, scans: stored, warnings: upload.problems, language: context.language)
            return shell.response(title: page.title) { page.render(into: &$0) }
        }

        router.get("/s/:token/history/export.zip") { _, context in
            let history = try await ScanHistory(around: app.sheet(token: context.parameters.require("token")), app: app)
            let archive = try ScanArchive(history.sheets, language: context.language)
            var headers = HTTPFields()
            headers[.contentType] = "application/zip"
            headers[.contentDisposition] = "attachment; filename=\"\(archive.fileName(for: history))\""
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: archive.data)))
        }
    }
}

/// An uploaded file read into scans, or into the problems that keep it out. Nothing is written
/// here: the route stores the scans only when there are no errors.
struct Upload {
    /// The file's name as sent (its last path component), for messages.
    let name: String
    let scans: [ImportedScan]
    /// Errors keep everything out; warnings are shown beside what was read in.
    let problems: DiagnosticList

    init(form: MultipartForm, app: ServerApp, language: Language) throws(PageError) {
        guard let file = form["file"], let sent = file.fileName, !file.bytes.isEmpty else {
            throw PageError(
                .badRequest,
                Message(
                    nl: "Kies een bestand om in te lezen: een antwoordbestand (.yaml) of een CSV-export.",
                    en: "Choose a file to read in: a response file (.yaml) or a CSV export."))
        }
        let name = String((sent.split(separator: "/").last ?? "").split(separator: "\\").last ?? "").prefix(120)
        self.name = name.isEmpty ? "upload" : String(name)
        if self.name.lowercased().hasSuffix(".csv") || self.name.lowercased().hasSuffix(".txt") {
            (scans, problems) = try Self.survey(file.bytes, name: self.name, form: form, app: app, language: language)
        } else {
            (scans, problems) = Self.response(file.bytes, name: self.name, app: app, language: language)
        }
    }

    /// A response file, checked against the framework (and version) it names, as `kader scan` does.
    private static func response(_ bytes: [UInt8], name: String, app: ServerApp, language: Language) -> ([ImportedScan], DiagnosticList) {
        do {
            let opened = try app.library.openResponse(bytes: bytes, name: name, framework: .namedVersion)
            return ([ImportedScan(opened.response, framework: opened.framework, language: language)], opened.warnings)
        } catch {
            return ([], error.asDiagnostics(name: name))
        }
    }

    /// A survey export: the framework chosen on the form, and a mapping file when one is sent.
    private static func survey(
        _ bytes: [UInt8], name: String, form: MultipartForm, app: ServerApp,
        language: Language
    ) throws(PageError) -> ([ImportedScan], DiagnosticList) {
        guard let id = form.text("framework"), ValueReader.isIdentifier(id) else {
            throw PageError(
                .badRequest,
                Message(
                    nl: "Kies bij een CSV-export het kader waar de antwoorden bij horen.",
                    en: "Choose the framework the answers belong to for a CSV export."))
        }
        let framework = try app.framework(id: id)
        var mapping: ImportMapping?
        if let part = form["mapping"], let mappingName = part.fileName, !part.bytes.isEmpty {
            let loaded = ImportMapping.load(bytes: part.bytes, name: mappingName, framework: framework)
            guard let value = loaded.value else { return ([], loaded.diagnostics) }
            mapping = value
        }
        let outcome = SurveyImport.read(csv: bytes, name: name, framework: framework, mapping: mapping, language: language)
        var problems = outcome.diagnostics
        if outcome.imported.isEmpty && problems.errors.isEmpty {
            problems.append(
                .error(
                    .csvNoRows,
                    Message(
                        nl: "er staan geen antwoorden in dit bestand die bij '\(framework.id)' horen",
                        en: "this file holds no answers that belong to '\(framework.id)'"),
                    fix: Message(
                        nl: "controleer het kader en de kolomkoppen (docs/import.md)",
                        en: "check the framework and the column headings (docs/import.md)"),
                    at: SourceLocation(file: name, line: 1, column: 1)))
        }
        return (outcome.imported.map { ImportedScan($0.response, framework: framework, language: language) }, problems)
    }
}
