import Foundation
import Hummingbird
import Kader
import KaderReports

/// The participant's side: joining with the code and a first name (wrong codes limited per
/// address), the case, one page per domain with the same questions and autosave as a scan, and
/// the last page. A closed room refuses every save with a clear page (410) and writes nothing.
enum ParticipantRoutes {
    static func add(to router: Router<ServerRequestContext>, app: ServerApp, limiter: JoinLimiter) {
        router.get("/m") { request, context in
            let typed = request.uri.queryParameters.get("code").flatMap { JoinCode(typed: $0) }
            let page = JoinPage(language: context.language, code: typed?.text)
            return PageShell(language: context.language, path: request.uri.path)
                .response(title: Say(context.language)("Meedoen", "Join")) { page.render(into: &$0) }
        }

        router.post("/m") { request, context in
            let address = context.clientAddress ?? "unknown"
            guard limiter.allows(address) else { throw PageError.tooManyCodes(wait: limiter.wait(for: address)) }
            let form = try await FormBody.read(request, limit: app.limits.maxBody, fieldLimit: app.limits.maxField)
            let name = try RoomForm.name(form)
            let room: StoredRoom
            do {
                guard let code = JoinCode(typed: form["code"] ?? "") else { throw PageError.malformedCode }
                guard let found = try await app.store.room(joinCode: code) else { throw PageError.unknownCode }
                guard found.isOpen else { throw PageError.closedRoom }
                room = found
            } catch let error as PageError {
                limiter.failed(address)
                throw error
            }
            do {
                let participant = try await app.store.join(room: room.id, name: name)
                return HTMLResponse.seeOther("/m/p/" + participant.token.text)
            } catch RoomStoreError.closed {
                throw PageError.closedRoom
            }
        }

        router.get("/m/p/:token") { request, context in
            let seat = try await app.seat(token: context.parameters.require("token"))
            let page = ParticipantCasePage(
                room: seat.room, participant: seat.participant, framework: seat.sheet.framework, language: context.language,
                origin: request.origin)
            return PageShell(language: context.language, path: request.uri.path).response(title: seat.room.caseTitle) {
                page.render(into: &$0)
            }
        }

        router.get("/m/p/:token/d/:domain") { request, context in
            let seat = try await app.seat(token: context.parameters.require("token"))
            let index = try DomainRoutes.domainIndex(context, sheet: seat.sheet)
            return domainPage(seat: seat, index: index, rejected: [:], language: context.language, path: request.uri.path)
        }

        router.post("/m/p/:token/d/:domain") { request, context in
            let seat = try await app.seat(token: context.parameters.require("token"))
            let index = try DomainRoutes.domainIndex(context, sheet: seat.sheet)
            let form = try await FormBody.read(request, limit: app.limits.maxBody, fieldLimit: app.limits.maxField)
            let answers = try PageAnswers(
                form: form, sheet: seat.sheet, questions: seat.sheet.framework.domains[index].questions, only: nil)
            _ = try await save(answers.changes.map(\.change), seat: seat, nonce: form["form"], app: app)
            if !answers.rejected.isEmpty {
                let after = try await app.seat(token: seat.participant.token.text)
                return domainPage(seat: after, index: index, rejected: answers.rejected, language: context.language, path: request.uri.path)
            }
            let base = "/m/p/" + seat.participant.token.text
            switch form["go"] {
            case "previous": return HTMLResponse.seeOther(index == 0 ? base : "\(base)/d/\(index)")
            default:
                return HTMLResponse.seeOther(index + 1 == seat.sheet.framework.domains.count ? base + "/result" : "\(base)/d/\(index + 2)")
            }
        }

        router.get("/m/p/:token/result") { request, context in
            let seat = try await app.seat(token: context.parameters.require("token"))
            let page = ParticipantDonePage(room: seat.room, participant: seat.participant, sheet: seat.sheet, language: context.language)
            return PageShell(language: context.language, path: request.uri.path)
                .response(title: Say(context.language)("Dank u wel", "Thank you")) { page.render(into: &$0) }
        }

        router.post("/m/p/:token/answer") { request, context in
            do {
                let seat = try await app.seat(token: context.parameters.require("token"))
                return try await AnswerRoutes.saveOne(request, context: context, sheet: seat.sheet, app: app) { change in
                    try await save([change], seat: seat, nonce: nil, app: app)
                } reload: { change, outcome in
                    if let after = seat.sheet(after: change, savedAt: outcome) { return after }
                    return try await app.seat(token: seat.participant.token.text).sheet
                }
            } catch {
                let failure = PageError.from(error)
                return try AnswerRoutes.json(PageState.failure(failure.message.text(in: context.language)), status: failure.status)
            }
        }

        router.get("/m/p/:token/state") { request, context in
            do {
                let seat = try await app.seat(token: context.parameters.require("token"))
                return try AnswerRoutes.state(request, context: context, sheet: seat.sheet)
            } catch {
                let failure = PageError.from(error)
                return try AnswerRoutes.json(PageState.failure(failure.message.text(in: context.language)), status: failure.status)
            }
        }
    }

    /// A participant's domain page, with the case to read again above it; with answers that did not
    /// fit shown again as sent (422).
    static func domainPage(
        seat: Seat, index: Int, rejected: [String: PageAnswers.Rejected], language: Language, path: String
    ) -> Response {
        var page = DomainPage(
            sheet: seat.sheet, index: index, language: language, nonce: ScanToken.random().text, notices: [],
            base: "/m/p/" + seat.participant.token.text)
        page.rejected = rejected
        return PageShell(language: language, path: path)
            .response(
                title: seat.sheet.framework.domains[index].title.text(in: language), status: rejected.isEmpty ? .ok : .unprocessableContent
            ) { main in
                ParticipantNotice(room: seat.room, participant: seat.participant, language: language).render(into: &main)
                main.element("details", [.class("case")]) { details in
                    details.element("summary", text: Say(language)("De casus: ", "The case: ") + seat.room.caseTitle)
                    CaseText(text: seat.room.caseText, title: seat.room.caseTitle, language: language).render(into: &details)
                }
                page.render(into: &main)
            }
    }

    /// Saves a participant's answers; a closed room is a 410 page and nothing is written.
    static func save(_ changes: [AnswerChange], seat: Seat, nonce: String?, app: ServerApp) async throws -> SaveOutcome {
        do {
            return try await app.store.saveRoomAnswers(changes, participant: seat.participant.id, nonce: nonce)
        } catch RoomStoreError.closed {
            throw PageError.closedRoom
        }
    }
}

/// A participant in their room, with their answers as a scan sheet.
struct Seat: Sendable {
    let participant: RoomParticipant
    let room: StoredRoom
    let sheet: ScanSheet

    /// The sheet after this participant's `change` was saved, without reading the store again,
    /// when nothing else was saved between reading the seat and the save (the revision rose by
    /// exactly one; every save raises it, in any window or process); nil otherwise. A room of 300
    /// saving at once made the second read half of each save's trips to the database.
    func sheet(after change: AnswerChange, savedAt outcome: SaveOutcome) -> ScanSheet? {
        guard outcome.revision == participant.revision + 1 else { return nil }
        var stored = sheet.stored
        // A participant's cleared answer is deleted, as the room's store does.
        stored[change.questionID] =
            change.removes
            ? nil
            : StoredAnswer(
                questionID: change.questionID, yaml: change.yaml, note: change.note, evidence: change.evidence, revision: outcome.revision)
        var scan = sheet.scan
        scan.revision = outcome.revision
        return ScanSheet(scan: scan, framework: sheet.framework, engine: sheet.engine, answers: Array(stored.values))
    }
}

extension ServerApp {
    /// The participant behind a personal token with their room and answers; a 404 page for a
    /// malformed or unknown one.
    func seat(token text: String) async throws -> Seat {
        guard let token = ScanToken(text), let found = try await store.participant(token: token) else { throw PageError.unknownRoom }
        let (participant, room) = found
        let prepared = try prepared(id: room.frameworkID, version: room.frameworkVersion)
        return Seat(
            participant: participant, room: room,
            sheet: ScanSheet(
                scan: room.scan(for: participant, framework: prepared.framework), framework: prepared.framework,
                engine: prepared.engine, answers: try await store.roomAnswers(participant: participant.id)))
    }
}
