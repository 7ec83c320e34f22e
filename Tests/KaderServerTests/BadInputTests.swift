import Foundation
import Hummingbird
import HummingbirdTesting
import Kader
import KaderFiles
import XCTest

@testable import KaderServer

/// Whatever arrives, the visitor gets a clear 4xx page in their language, nothing is written,
/// and the server goes on serving.
final class BadInputTests: ServerTestCase, @unchecked Sendable {
    private func answerCount() throws -> Int { try count("SELECT COUNT(*) FROM answers") }

    func testAnUnknownQuestionOrOptionIsRefusedAndNothingIsWritten() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            let cases: [[(String, String)]] = [
                [("answer.plan", "deels"), ("answer.bestaat_niet", "ja")],
                [("answer.plan", "deels"), ("answer.leden_actief", "4")],
                [("answer.plan", "heel_goed")],
                [("answer.streng", "weet_niet")],
                [("answer.plan", "deels"), ("answer.plan", "volledig")],
                [("answer.heeft_team", "misschien")]
            ]
            for fields in cases {
                let response = try await client.post("/s/\(token)/d/1", fields)
                XCTAssertEqual(response.status, .badRequest, "\(fields)")
                XCTAssertTrue(response.text.contains(#"<main id="main" class="error-page">"#))
                XCTAssertTrue(
                    response.text.contains("er is niets opgeslagen") || response.text.contains("Er is niets opgeslagen"), response.text)
            }
            let number = try await client.post("/s/\(token)/d/2", [("answer.leden_actief", "501")])
            XCTAssertEqual(number.status, .unprocessableContent, "a number out of range comes back as typed (TypedSlipTests)")
            XCTAssertTrue(number.text.contains("Niet opgeslagen: 501 valt buiten de grenzen"), number.text)
            XCTAssertEqual(try answerCount(), 0)
            let start = try await client.get("/")
            XCTAssertEqual(start.status, .ok, "still serving")
        }
    }

    func testATamperedOrUnknownLinkIsNotFound() async throws {
        try await withServer { client in
            let token = try await client.startScan("webscan")
            var tampered = Array(token)
            tampered[5] = tampered[5] == "0" ? "1" : "0"
            for uri in [
                "/s/" + String(tampered) + "/d/1", "/s/\(token.uppercased())/d/1", "/s/\(token)x/start", "/s/../etc/passwd",
                "/s/\(token)/d/9", "/s/\(token)/d/0", "/s/\(token)/download/geheim.txt"
            ] {
                let response = try await client.get(uri)
                XCTAssertEqual(response.status, .notFound, uri)
                XCTAssertTrue(response.text.contains("<h1>Niet gevonden</h1>"), uri)
            }
            let post = try await client.post("/s/" + String(tampered) + "/d/1", [("answer.plan", "deels")])
            XCTAssertEqual(post.status, .notFound)
        }
    }

    func testAnOversizedBodyIsRefusedWithTheLimitNamed() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            let huge = try await client.post(
                "/s/\(token)/d/1", raw: "answer.plan=deels&note.plan=" + String(repeating: "a", count: 300 * 1024))
            XCTAssertEqual(huge.status, .contentTooLarge)
            XCTAssertTrue(huge.text.contains("256 KiB"))
            let longField = try await client.post(
                "/s/\(token)/d/1", raw: "answer.plan=deels&note.plan=" + String(repeating: "a", count: 10_001))
            XCTAssertEqual(longField.status, .contentTooLarge)
            XCTAssertEqual(try answerCount(), 0)
        }
    }

    func testBrokenFormEncodingIsRefused() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            for raw in ["answer.plan=deels&note.plan=%ZZ", "answer.plan=%FF%FE", "answer.plan=deels&note.plan=%2", "answer.plan=%00"] {
                let response = try await client.post("/s/\(token)/d/1", raw: raw)
                XCTAssertEqual(response.status, .badRequest, raw)
                XCTAssertTrue(response.text.contains("beschadigd"), raw)
            }
            XCTAssertEqual(try answerCount(), 0)
        }
    }

    func testASecondSubmitOfTheSameFormChangesNothing() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            let first = try await client.post("/s/\(token)/d/1", [("form", "eenmalig"), ("answer.plan", "deels")])
            XCTAssertEqual(first.status, .seeOther)
            let second = try await client.post("/s/\(token)/d/1", [("form", "eenmalig"), ("answer.plan", "volledig")])
            XCTAssertEqual(second.status, .conflict)
            XCTAssertTrue(second.text.contains("al verstuurd"))
            XCTAssertEqual(try count("SELECT COUNT(*) FROM answers WHERE value = 'deels'"), 1)
            XCTAssertEqual(try count("SELECT COUNT(*) FROM answers WHERE value = 'volledig'"), 0)
            let header = try await client.post("/s/\(token)/start", [("form", "eenmalig"), ("organisation", "Anders")])
            XCTAssertEqual(header.status, .conflict, "a form id is used once per scan")
        }
    }

    func testHeadAnswersAsGetWithoutTheBody() async throws {
        try await withServer { client in
            let token = try await client.startScan("webscan")
            for uri in ["/", "/s/\(token)/start", "/s/\(token)/d/1", "/s/\(token)/result", "/assets/kader.css", "/upload", "/m"] {
                let get = try await client.get(uri)
                let head = try await client.execute(uri: uri, method: .head)
                XCTAssertEqual(head.status, .ok, uri)
                XCTAssertEqual(head.headers[.contentType], get.headers[.contentType], uri)
                XCTAssertEqual(head.body.readableBytes, 0, "\(uri): no body")
            }
            let missing = try await client.execute(uri: "/nergens", method: .head)
            XCTAssertEqual(missing.status, .notFound)
            let form = try await client.execute(uri: "/scans", method: .head)
            XCTAssertEqual(form.status, .notFound, "a route that takes only forms has no page to show")
        }
    }

    func testAMethodNoPageTakesIsA405PageThatSaysWhichAre() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            for method: HTTPRequest.Method in [.put, .delete, .patch, .options, .trace] {
                for uri in ["/", "/s/\(token)/start", "/s/\(token)/answer", "/scans", "/nergens"] {
                    let response = try await client.execute(uri: uri, method: method, headers: [.cookie: "kader_lang=en"])
                    XCTAssertEqual(response.status, .methodNotAllowed, "\(method) \(uri)")
                    XCTAssertEqual(response.headers[.allow], "GET, HEAD, POST")
                    XCTAssertTrue(response.text.contains("<h1>Not allowed here</h1>"), response.text)
                }
            }
            XCTAssertEqual(try count("SELECT COUNT(*) FROM answers"), 0)
        }
    }

    func testErrorPagesSpeakTheVisitorsLanguage() async throws {
        try await withServer { client in
            let token = try await client.startScan("webscan")
            let english = try await client.post("/s/\(token)/d/1", [("answer.plan", "heel_goed")], cookie: "kader_lang=en")
            XCTAssertTrue(english.text.contains("<h1>This request is not right</h1>"))
            XCTAssertTrue(english.text.contains("Nothing was saved."))
            let missing = try await client.get("/nergens?lang=en")
            XCTAssertEqual(missing.status, .notFound)
            XCTAssertTrue(missing.text.contains("This page does not exist."))
            // A slip of the keyboard: the first page again, as typed, with why (TypedSlipTests).
            let date = try await client.post("/s/\(token)/start", [("date", "2026-02-30")], cookie: "kader_lang=en")
            XCTAssertEqual(date.status, .unprocessableContent)
            XCTAssertTrue(date.text.contains("This page was not saved: The date &#39;2026-02-30&#39; is not a date as YYYY-MM-DD"))
            let context = try await client.post("/s/\(token)/start", [("context.leden", "veel")])
            XCTAssertEqual(context.status, .unprocessableContent)
            XCTAssertTrue(context.text.contains("Deze pagina is niet opgeslagen: &#39;veel&#39; bij &#39;Aantal leden&#39; is geen getal"))
            let unknownContext = try await client.post("/s/\(token)/start", [("context.geheim", "x")])
            XCTAssertEqual(unknownContext.status, .badRequest)
            let framework = try await client.post("/scans", [("framework", "../../etc/passwd")])
            XCTAssertEqual(framework.status, .badRequest)
            let gone = try await client.post("/scans", [("framework", "bestaat_niet")])
            XCTAssertEqual(gone.status, .notFound)
        }
    }

    func testADatabaseThatCannotBeWrittenSaysSoOnThePage() async throws {
        let failing = ServerApp(store: UnwritableStore(inner: store), library: app.library)
        try await withServer(app: failing) { [self] client in
            let token = try await client.startScan("webscan")
            let page = try await client.post("/s/\(token)/d/1", [("answer.plan", "deels")])
            XCTAssertEqual(page.status, .serviceUnavailable)
            XCTAssertTrue(page.text.contains("NIET opgeslagen"))
            XCTAssertTrue(page.text.contains("database or disk is full"))
            let script = try await client.post("/s/\(token)/answer", [("question", "plan"), ("answer.plan", "deels")])
            XCTAssertEqual(script.status, .serviceUnavailable)
            XCTAssertTrue(script.text.contains("\"saved\":false"))
            XCTAssertEqual(try count("SELECT COUNT(*) FROM answers"), 0)
        }
    }

    func testAFullDiskIsAPageThatSaysNotSavedAndNothingIsHalfWritten() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            _ = try await client.post("/s/\(token)/d/1", [("answer.plan", "deels")])
            // SQLite's own "database or disk is full": the file may not grow by a single page.
            try await store.pool.writeWithoutTransaction { db in
                let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                try db.execute(sql: "PRAGMA max_page_count = \(pages)")
            }
            let note = String(repeating: "een lange toelichting ", count: 400)
            let page = try await client.post("/s/\(token)/d/1", [("answer.plan", "volledig"), ("note.plan", note)])
            XCTAssertEqual(page.status, .serviceUnavailable)
            XCTAssertTrue(page.text.contains("NIET opgeslagen") && page.text.contains("full"), page.text)
            let script = try await client.post(
                "/s/\(token)/answer", [("question", "plan"), ("answer.plan", "volledig"), ("note.plan", note)], cookie: "kader_lang=en")
            XCTAssertEqual(script.status, .serviceUnavailable)
            XCTAssertTrue(script.text.contains("NOT saved"), "in the visitor's language")
            XCTAssertEqual(
                try count("SELECT COUNT(*) FROM answers WHERE value = 'deels' AND note IS NULL"), 1, "the earlier answer as it was")
            XCTAssertEqual(try count("SELECT revision FROM scans"), 1, "no half-written save raised the revision")
            let start = try await client.get("/")
            XCTAssertEqual(start.status, .ok, "still serving")
            try await store.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = 1073741823") }
            let room = try await client.post("/s/\(token)/d/1", [("answer.plan", "volledig"), ("note.plan", note)])
            XCTAssertEqual(room.status, .seeOther, "with room on the disk again, the same form saves")
        }
    }

    func testADatabaseThatBecameReadOnlyIsAPageThatSaysNotSaved() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            // SQLite refuses every write as it does for a read-only file (SQLITE_READONLY).
            try await store.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = ON") }
            let page = try await client.post("/s/\(token)/d/1", [("answer.plan", "deels")])
            XCTAssertEqual(page.status, .serviceUnavailable)
            XCTAssertTrue(page.text.contains("readonly") && page.text.contains("alleen-lezen"), page.text)
            let plan = try await client.post("/s/\(token)/start", [("organisation", "De Brug")])
            XCTAssertEqual(plan.status, .serviceUnavailable)
            XCTAssertEqual(try count("SELECT COUNT(*) FROM answers"), 0)
            XCTAssertEqual(try count("SELECT COUNT(*) FROM scans WHERE organisation IS NOT NULL"), 0)
            let reading = try await client.get("/s/\(token)/d/1")
            XCTAssertEqual(reading.status, .ok, "reading goes on")
            try await store.pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA query_only = OFF") }
        }
    }

    func testADataDirectoryThatCannotBeUsedIsReportedAtStart() throws {
        try "geen map".write(toFile: directory + "/bestand", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ServerLauncher.openSQLite(ServerConfiguration(dataDirectory: directory + "/bestand/data"))) { error in
            XCTAssertTrue((error as? ServerLauncher.Failure)?.message.nl.contains("kan de datamap") ?? false, "\(error)")
        }
        try FileManager.default.createDirectory(atPath: directory + "/kapot", withIntermediateDirectories: true)
        try String(repeating: "geen database ", count: 100).write(
            toFile: directory + "/kapot/kader.sqlite", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ServerLauncher.openSQLite(ServerConfiguration(dataDirectory: directory + "/kapot"))) { error in
            XCTAssertTrue((error as? ServerLauncher.Failure)?.message.en.contains("cannot open or write the database") ?? false, "\(error)")
        }
    }
}

/// A store whose disk is full: reads work, every save fails as SQLite reports it.
private struct UnwritableStore: ServerStore {
    let inner: SQLiteScanStore
    let full = StoreError.notWritten("database or disk is full")

    func createScan(framework id: String, version: String, language: Language, organisation: Int64?) async throws -> StoredScan {
        try await inner.createScan(framework: id, version: version, language: language, organisation: organisation)
    }
    func scan(token: ScanToken) async throws -> StoredScan? { try await inner.scan(token: token) }
    func scans(limit: Int, organisation: Int64?) async throws -> [ScanSummary] {
        try await inner.scans(limit: limit, organisation: organisation)
    }
    func saveHeader(_ header: ScanHeader, scan: Int64, nonce: String?) async throws -> Int64 { throw full }
    func saveAnswers(_ changes: [AnswerChange], scan: Int64, nonce: String?, author: Int64?) async throws -> SaveOutcome { throw full }
    func answers(scan: Int64) async throws -> [StoredAnswer] { try await inner.answers(scan: scan) }
    func plan(scan: Int64) async throws -> [PlanItem] { try await inner.plan(scan: scan) }
    func savePlan(_ plan: [PlanItem], scan: Int64, nonce: String?) async throws -> Int64 { throw full }
    func history(of name: String, framework id: String, organisation: Int64?) async throws -> [ScanSummary] {
        try await inner.history(of: name, framework: id, organisation: organisation)
    }
    func importScans(_ scans: [ImportedScan]) async throws -> [StoredScan] { throw full }
    func invite(_ invitation: Invitation, header: ScanHeader, owner: StoredScan, nonce: String?) async throws -> Colleague { throw full }
    func colleagues(owner: Int64) async throws -> [Colleague] { try await inner.colleagues(owner: owner) }
    func owner(ofColleague scan: Int64) async throws -> Int64? { try await inner.owner(ofColleague: scan) }
    func colleagueTokens() async throws -> Set<ScanToken> { try await inner.colleagueTokens() }
    func close() async throws { try inner.close() }
    func createRoom(_ draft: RoomDraft) async throws -> StoredRoom { throw full }
    func room(trainer token: ScanToken) async throws -> StoredRoom? { try await inner.room(trainer: token) }
    func room(joinCode code: JoinCode) async throws -> StoredRoom? { try await inner.room(joinCode: code) }
    func join(room: Int64, name: String) async throws -> RoomParticipant { throw full }
    func participant(token: ScanToken) async throws -> (RoomParticipant, StoredRoom)? { try await inner.participant(token: token) }
    func participants(room: Int64) async throws -> [RoomParticipant] { try await inner.participants(room: room) }
    func saveRoomAnswers(_ changes: [AnswerChange], participant: Int64, nonce: String?) async throws -> SaveOutcome { throw full }
    func roomAnswers(participant: Int64) async throws -> [StoredAnswer] { try await inner.roomAnswers(participant: participant) }
    func roomAnswers(room: Int64, participants: [Int64]) async throws -> [Int64: [StoredAnswer]] {
        try await inner.roomAnswers(room: room, participants: participants)
    }
    func setRanking(_ shown: Bool, room: Int64) async throws { throw full }
    func closeRoom(_ room: Int64) async throws { throw full }
    func addOrganisation(_ draft: OrganisationDraft) async throws -> Organisation { throw full }
    func organisations() async throws -> [Organisation] { try await inner.organisations() }
    func organisation(named name: String) async throws -> Organisation? { try await inner.organisation(named: name) }
    func addAccount(_ draft: AccountDraft) async throws -> Account { throw full }
    func credentials(email: String) async throws -> (account: Account, passwordHash: String)? { try await inner.credentials(email: email) }
    func accounts(organisation: Int64?) async throws -> [Account] { try await inner.accounts(organisation: organisation) }
    func openSession(_ session: NewSession) async throws { throw full }
    func setSharing(_ shares: Bool, organisation: Int64) async throws { throw full }
    func setPassword(_ passwordHash: String, account: Int64) async throws { throw full }
    func assignOwner(_ organisation: Int64, to selection: OwnerSelection) async throws -> OwnerAssignment { throw full }
    func rooms(organisation: Int64, limit: Int) async throws -> [StoredRoom] {
        try await inner.rooms(organisation: organisation, limit: limit)
    }
    func answerLog(organisation: Int64, limit: Int) async throws -> [AnswerLogEntry] {
        try await inner.answerLog(organisation: organisation, limit: limit)
    }
    func session(tokenHash: String, now: String) async throws -> OpenSession? { try await inner.session(tokenHash: tokenHash, now: now) }
    func closeSession(tokenHash: String) async throws { throw full }
}
