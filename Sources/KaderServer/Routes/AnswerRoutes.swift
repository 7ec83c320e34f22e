import Foundation
import Hummingbird
import Kader

/// The script's two calls: `POST /s/<token>/answer` saves one question as it is answered, and
/// `GET /s/<token>/state?since=N` tells a page what other windows changed. Both answer JSON with
/// what the page shows next: which questions apply, the progress line and the live score.
enum AnswerRoutes: RouteGroup {
    static func add(to router: Router<ServerRequestContext>, app: ServerApp) {
        router.post("/s/:token/answer") { request, context in
            do {
                let sheet = try await app.sheet(token: context.parameters.require("token"))
                return try await saveOne(request, context: context, sheet: sheet, app: app) { change in
                    try await app.store.saveAnswers([change], scan: sheet.scan.id, nonce: nil, author: context.session?.account.id)
                } reload: { _, _ in
                    try await app.sheet(token: sheet.scan.token.text)
                }
            } catch {
                let failure = PageError.from(error)
                return try json(PageState.failure(failure.message.text(in: context.language)), status: failure.status)
            }
        }

        router.get("/s/:token/state") { request, context in
            do {
                return try state(request, context: context, sheet: try await app.sheet(token: context.parameters.require("token")))
            } catch {
                let failure = PageError.from(error)
                return try json(PageState.failure(failure.message.text(in: context.language)), status: failure.status)
            }
        }
    }

    /// Saves the one question a page's script sent, with `save`, and answers what the page shows
    /// next from the sheet `reload` gives after it (told the change and what the save did): a
    /// scan's and a masterclass participant's alike.
    static func saveOne(
        _ request: Request, context: ServerRequestContext, sheet: ScanSheet, app: ServerApp,
        save: (AnswerChange) async throws -> SaveOutcome, reload: (AnswerChange, SaveOutcome) async throws -> ScanSheet
    ) async throws -> Response {
        let form = try await FormBody.read(request, limit: app.limits.maxBody, fieldLimit: app.limits.maxField)
        guard let id = form["question"], let question = sheet.framework.question(id) else {
            throw PageError(
                .badRequest,
                Message(
                    nl: "Het kader kent deze vraag niet; er is niets opgeslagen.",
                    en: "The framework does not know this question; nothing was saved."))
        }
        guard let entry = try PageAnswers(form: form, sheet: sheet, questions: [question], only: id).changes.first else {
            throw PageError(.badRequest, Message(nl: "Er was niets om op te slaan.", en: "There was nothing to save."))
        }
        let outcome = try await save(entry.change)
        let overwrote = (entry.pageRevision ?? 0) < (outcome.previousRevisions[id] ?? 0)
        let after = try await reload(entry.change, outcome)
        let since = request.uri.queryParameters.get("since").flatMap { Int64($0) } ?? form["since"].flatMap { Int64($0) }
        var reply = PageState(
            sheet: after, domain: after.framework.index.questions[id]?.domain ?? 0, since: since,
            language: context.language, skipping: id)
        reply.saved = true
        reply.question = id
        reply.overwrote = overwrote
        return try json(reply)
    }

    /// What changed in `sheet` since the revision the page asks about (`?since=N&domain=D`).
    static func state(_ request: Request, context: ServerRequestContext, sheet: ScanSheet) throws -> Response {
        let domain = request.uri.queryParameters.get("domain").flatMap { Int($0) }.map { $0 - 1 } ?? 0
        guard sheet.framework.domains.indices.contains(domain) else {
            throw PageError(.notFound, Message(nl: "Geen domein.", en: "No domain."))
        }
        let since = request.uri.queryParameters.get("since").flatMap { Int64($0) }
        return try json(PageState(sheet: sheet, domain: domain, since: since, language: context.language, skipping: nil))
    }

    static func json(_ state: PageState, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let text = String(decoding: try encoder.encode(state), as: UTF8.self)
        return HTMLResponse.text(text, type: "application/json; charset=utf-8", status: status)
    }
}

/// What the script needs to bring a page up to date.
struct PageState: Codable, Sendable {
    /// An answer another window saved.
    struct Changed: Codable, Sendable {
        var question: String
        var number: String
        var values: [String]
        var note: String
        var evidence: String
        var revision: Int64
    }

    var saved: Bool
    var message: String?
    var question: String?
    var overwrote: Bool?
    var revision: Int64
    var relevant: [String: Bool]
    var progress: String
    var domainScore: String
    var overallScore: String
    var changed: [Changed]

    init(sheet: ScanSheet, domain: Int, since: Int64?, language: Language, skipping: String?) {
        let score = LiveScore(result: sheet.result, framework: sheet.framework, domain: domain, language: language)
        saved = false
        revision = sheet.scan.revision
        relevant = sheet.relevance
        progress = sheet.progressText(domain: domain, language: language)
        domainScore = score.domain
        overallScore = score.overall
        changed = []
        guard let since else { return }
        for answer in sheet.stored.values where answer.revision > since && answer.questionID != skipping {
            guard let question = sheet.framework.question(answer.questionID) else { continue }
            changed.append(
                Changed(
                    question: answer.questionID, number: sheet.framework.number(ofQuestion: answer.questionID, in: language),
                    values: FormAnswer(question: question).formValues(sheet.value(of: answer.questionID)),
                    note: answer.note ?? "", evidence: answer.evidence ?? "", revision: answer.revision))
        }
        changed.sort { $0.revision < $1.revision }
    }

    private init(message: String) {
        saved = false
        self.message = message
        revision = 0
        relevant = [:]
        progress = ""
        domainScore = ""
        overallScore = ""
        changed = []
    }

    static func failure(_ message: String) -> PageState { PageState(message: message) }
}
