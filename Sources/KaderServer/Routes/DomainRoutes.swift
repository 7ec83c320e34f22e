import Hummingbird
import Kader
import KaderReports

/// The domain pages: `GET /s/<token>/d/<n>` shows domain n; `POST` saves the whole page (the
/// way without the script) and goes on, back, or stays when an answer made new questions apply.
enum DomainRoutes: RouteGroup {
    static func add(to router: Router<ServerRequestContext>, app: ServerApp) {
        router.get("/s/:token/d/:domain") { request, context in
            let sheet = try await app.sheet(token: context.parameters.require("token"))
            let index = try domainIndex(context, sheet: sheet)
            let say = Say(context.language)
            var notices: [String] = []
            if request.uri.queryParameters.get("added") != nil {
                notices.append(
                    say("Door uw antwoorden zijn er vragen bijgekomen op deze pagina.", "Your answers brought new questions on this page."))
            }
            // Question ids of this framework only, shown by their numbers: the address cannot put words on the page.
            let replaced = (request.uri.queryParameters.get("replaced") ?? "").split(separator: ",").map(String.init)
                .filter { sheet.framework.question($0) != nil }.map { sheet.framework.number(ofQuestion: $0, in: context.language) }
            if !replaced.isEmpty {
                notices.append(
                    say(
                        "Deze vragen waren intussen in een ander venster gewijzigd; uw antwoorden van nu gelden: ",
                        "These questions had been changed in another window meanwhile; your answers now count: ")
                        + replaced.joined(separator: ", "))
            }
            let page = DomainPage(sheet: sheet, index: index, language: context.language, nonce: ScanToken.random().text, notices: notices)
            return PageShell(language: context.language, path: request.uri.path)
                .response(title: sheet.framework.domains[index].title.text(in: context.language)) { page.render(into: &$0) }
        }

        router.post("/s/:token/d/:domain") { request, context in
            let sheet = try await app.sheet(token: context.parameters.require("token"))
            let index = try domainIndex(context, sheet: sheet)
            let form = try await FormBody.read(request, limit: app.limits.maxBody, fieldLimit: app.limits.maxField)
            let domain = sheet.framework.domains[index]
            let answers = try PageAnswers(form: form, sheet: sheet, questions: domain.questions, only: nil)
            let changes = answers.changes
            let outcome = try await app.store.saveAnswers(
                changes.map(\.change), scan: sheet.scan.id, nonce: form["form"], author: context.session?.account.id)
            let replaced = changes.filter { ($0.pageRevision ?? 0) < (outcome.previousRevisions[$0.change.questionID] ?? 0) }
            let base = "/s/\(sheet.scan.token.text)"
            let after = try await app.sheet(token: sheet.scan.token.text)
            if !answers.rejected.isEmpty {
                var page = DomainPage(sheet: after, index: index, language: context.language, nonce: ScanToken.random().text, notices: [])
                page.rejected = answers.rejected
                return PageShell(language: context.language, path: request.uri.path)
                    .response(title: domain.title.text(in: context.language), status: .unprocessableContent) { page.render(into: &$0) }
            }
            let appeared = domain.questions.contains {
                !sheet.isRelevant($0.id) && after.isRelevant($0.id) && after.value(of: $0.id) == nil
            }
            var query: [String] = []
            if !replaced.isEmpty {
                query.append("replaced=" + replaced.map(\.change.questionID).joined(separator: ","))
            }
            if appeared {
                query.append("added=1")
                return HTMLResponse.seeOther("\(base)/d/\(index + 1)?" + query.joined(separator: "&"))
            }
            let suffix = query.isEmpty ? "" : "?" + query.joined(separator: "&")
            switch form["go"] {
            case "previous": return HTMLResponse.seeOther(index == 0 ? base + "/start" : "\(base)/d/\(index)" + suffix)
            default:
                let last = index + 1 == sheet.framework.domains.count
                return HTMLResponse.seeOther(last ? base + "/result" + suffix : "\(base)/d/\(index + 2)" + suffix)
            }
        }
    }

    /// The domain number in the address, checked against the framework; from 0.
    static func domainIndex(_ context: ServerRequestContext, sheet: ScanSheet) throws(PageError) -> Int {
        guard let text = context.parameters.get("domain"), let number = Int(text), number >= 1, number <= sheet.framework.domains.count
        else {
            throw PageError(
                .notFound, Message(nl: "Dit kader heeft geen domein met dat nummer.", en: "This framework has no domain with that number."))
        }
        return number - 1
    }
}
