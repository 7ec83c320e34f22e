import Foundation
import Hummingbird
import Kader
import KaderReports

/// The masterclass room (issue 15, point 3; docs/serve.md, Masterclass). The trainer's pages are
/// under `/m/t/<trainer token>` (128 random bits, the only key to them), participants join at
/// `/m` with the room's code and go on at `/m/p/<their own token>`. The live overview and the
/// limiter of wrong codes are shared by the room's routes in this process.
enum RoomRoutes: RouteGroup {
    static func add(to router: Router<ServerRequestContext>, app: ServerApp) {
        let board = RoomBoard()
        TrainerRoutes.add(to: router, app: app, board: board)
        RoomEventRoutes.add(to: router, app: app, board: board)
        ParticipantRoutes.add(to: router, app: app, limiter: JoinLimiter())
    }
}

/// The trainer's side: opening a room, the screen, the ranking switch, closing, and the downloads.
enum TrainerRoutes {
    static func add(to router: Router<ServerRequestContext>, app: ServerApp, board: RoomBoard) {
        router.get("/m/new") { request, context in
            RoomNewPage(catalog: FrameworkCatalog(app.library), language: context.language).response(path: request.uri.path)
        }

        router.post("/m/new") { request, context in
            let form = try await FormBody.read(request, limit: app.limits.maxBody, fieldLimit: app.limits.maxField)
            var draft = try RoomForm.draft(form, app: app, language: context.language)
            draft.organisationID = context.organisation
            let room = try await app.store.createRoom(draft)
            return HTMLResponse.seeOther("/m/t/" + room.trainerToken.text)
        }

        router.get("/m/t/:token") { request, context in
            let room = try await app.room(trainer: context.parameters.require("token"))
            let (overview, _) = try await board.overview(of: room, app: app, language: context.language)
            let page = TrainerPage(
                room: room, overview: overview, framework: try app.framework(id: room.frameworkID, version: room.frameworkVersion),
                language: context.language, origin: request.origin)
            return PageShell(language: context.language, path: request.uri.path)
                .response(title: room.caseTitle, mainClass: "room-screen") { page.render(into: &$0) }
        }

        router.post("/m/t/:token/ranking") { request, context in
            let room = try await app.room(trainer: context.parameters.require("token"))
            let form = try await FormBody.read(request, limit: app.limits.maxBody, fieldLimit: app.limits.maxField)
            guard let show = form["show"], show == "0" || show == "1" else {
                throw PageError(.badRequest, Message(nl: "Kies tonen of verbergen.", en: "Choose show or hide."))
            }
            try await app.store.setRanking(show == "1", room: room.id)
            return HTMLResponse.seeOther("/m/t/" + room.trainerToken.text)
        }

        router.post("/m/t/:token/close") { _, context in
            let room = try await app.room(trainer: context.parameters.require("token"))
            try await app.store.closeRoom(room.id)
            return HTMLResponse.seeOther("/m/t/" + room.trainerToken.text)
        }

        router.get("/m/t/:token/responses.zip") { _, context in
            let room = try await app.room(trainer: context.parameters.require("token"))
            let sheets = try await app.roomSheets(room)
            let archive = try ScanArchive(sheets, language: context.language)
            return Response(
                status: .ok,
                headers: [
                    .contentType: "application/zip",
                    .contentDisposition: "attachment; filename=\"\(room.fileStem).zip\""
                ],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: archive.data)))
        }

        router.get("/m/t/:token/overview.html") { _, context in
            let room = try await app.room(trainer: context.parameters.require("token"))
            let framework = try app.framework(id: room.frameworkID, version: room.frameworkVersion)
            let (overview, _) = try await board.overview(of: room, app: app, language: context.language)
            var group = overview.group
            // The ranking only when the trainer asked for it on the screen; the spread always.
            if !room.showsRanking { group.ranking = [] }
            let html = HTMLRenderer().render(group, framework: framework, options: RenderOptions(language: context.language))
            return HTMLResponse.text(
                html, type: "text/html; charset=utf-8",
                headers: [.contentDisposition: "attachment; filename=\"\(room.fileStem)-overzicht.html\""])
        }
    }
}

extension ServerApp {
    /// The room behind a trainer token typed into an address; a 404 page for a malformed or unknown one.
    func room(trainer text: String) async throws -> StoredRoom {
        guard let token = ScanToken(text), let room = try await store.room(trainer: token) else { throw PageError.unknownRoom }
        return room
    }

    /// Every participant of `room` as a scan sheet: their answers as the response file holds them.
    func roomSheets(_ room: StoredRoom) async throws -> [ScanSheet] {
        let prepared = try prepared(id: room.frameworkID, version: room.frameworkVersion)
        let participants = try await store.participants(room: room.id)
        let answers = try await store.roomAnswers(room: room.id, participants: participants.map(\.id))
        return participants.map { participant in
            ScanSheet(
                scan: room.scan(for: participant, framework: prepared.framework), framework: prepared.framework, engine: prepared.engine,
                answers: answers[participant.id] ?? [])
        }
    }
}

extension StoredRoom {
    /// `masterclass-<case>-<date>`, with only letters, digits and dashes.
    var fileStem: String {
        let stem = ("masterclass-" + caseTitle + "-" + createdAt.prefix(10)).lowercased().map {
            $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-"
        }
        return String(String(stem).split(separator: "-").joined(separator: "-").prefix(80))
    }
}
