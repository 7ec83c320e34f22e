import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kader
import XCTest

@testable import KaderServer

/// One installation, many organisations: each reaches only its own scans and rooms. Another
/// organisation's scan link, combined view, plan, room or download answers as a link that does
/// not exist, and a site admin opens none at all. Nothing is written, nothing disclosed.
final class OrganisationScopeTests: HostedTestCase, @unchecked Sendable {
    static func pages(scan: String, room: String) -> [String] {
        [
            scan, scan + "/start", scan + "/d/1", scan + "/state", scan + "/result", scan + "/together", scan + "/history",
            scan + "/compare", scan + "/history/export.zip", scan + "/together/export.zip", scan + "/download/response.yaml",
            scan + "/download/report.html", room, room + "/events", room + "/responses.zip", room + "/overview.html"
        ]
    }

    static func forms(scan: String, room: String) -> [(String, [(String, String)])] {
        [
            (scan + "/answer", [("question", "plan"), ("answer.plan", "volledig"), ("rev.plan", "1")]),
            (scan + "/d/1", [("answer.plan", "volledig")]), (scan + "/start", [("organisation", "Overgenomen")]),
            (scan + "/plan", [("form", ScanToken.random().text)]), (scan + "/together/invite", [("name", "Indringer")]),
            (scan + "/together/agree", [("question", "plan"), ("answer.plan", "niet")]), (room + "/ranking", [("show", "1")]),
            (room + "/close", [])
        ]
    }

    func testAnotherOrganisationsLinksAnswerAsLinksThatDoNotExist() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let (scan, room) = try await self.alFathsWork(client)
            let els = try await client.signIn("els@veldhoven.example")
            let start = try await client.get("/", as: els).text
            XCTAssertFalse(start.contains(String(scan.dropFirst(3))), "Al-Fath's scan is not on Veldhoven's start page")
            XCTAssertTrue(start.contains("id=\"no-scans\""))
            let guessedPath = "/s/" + ScanToken.random().text + "/result"
            let guessed = try await client.get(guessedPath, as: els)
            let before = try self.count("SELECT COUNT(*) + (SELECT SUM(revision) FROM scans) FROM answers")
            for path in Self.pages(scan: scan, room: room) {
                let page = try await client.get(path, as: els)
                XCTAssertEqual(page.status, .notFound, path)
                XCTAssertFalse(page.text.contains("Moskee Al-Fath") || page.text.contains("Kas geheim"), "\(path) discloses nothing")
            }
            for (path, fields) in Self.forms(scan: scan, room: room) {
                let refused = try await client.post(path, fields, as: els)
                XCTAssertEqual(refused.status, .notFound, path)
            }
            XCTAssertEqual(try self.count("SELECT COUNT(*) + (SELECT SUM(revision) FROM scans) FROM answers"), before, "nothing written")
            XCTAssertEqual(try self.count("SELECT COUNT(*) FROM colleagues"), 0)
            XCTAssertEqual(try self.count("SELECT COUNT(*) FROM rooms WHERE closed_at IS NULL AND shows_ranking = 0"), 1)
            let theirs = try await client.get(scan + "/result", as: els)
            XCTAssertEqual(
                theirs.text.replacingOccurrences(of: scan + "/result", with: ""),
                guessed.text.replacingOccurrences(of: guessedPath, with: ""),
                "another organisation's scan and a guessed link get the same page")

            let amina = try await client.signIn("amina@alfath.example")
            let result = try await client.get(scan + "/result", as: amina)
            XCTAssertEqual(result.status, .ok, "the organisation's own admin reads its scan")
            let aminasStart = try await client.get("/", as: amina)
            XCTAssertTrue(aminasStart.text.contains(String(scan.dropFirst(3))))
            let aminasRoom = try await client.get(room, as: amina)
            XCTAssertEqual(aminasRoom.status, .ok, "and its rooms")
        }
    }

    func testASiteAdminSeesOrganisationsAndPeopleButNoScanRoomOrAnswer() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let (scan, room) = try await self.alFathsWork(client)
            let sanne = try await client.signIn("sanne@beheer.example")
            let start = try await client.get("/", as: sanne).text
            XCTAssertTrue(start.contains("Sitebeheer") && start.contains("Moskee Al-Fath") && start.contains("Gemeente Veldhoven"))
            XCTAssertTrue(start.contains("yusuf@alfath.example"), "the people and their roles")
            XCTAssertFalse(start.contains(String(scan.dropFirst(3))) || start.contains("Kas geheim"))
            let scansBefore = try self.count("SELECT COUNT(*) FROM scans")
            for path in Self.pages(scan: scan, room: room) + ["/m/new", "/upload"] {
                let page = try await client.get(path, as: sanne)
                XCTAssertEqual(page.status, .forbidden, path)
                XCTAssertFalse(page.text.contains("Kas geheim"), path)
            }
            for (path, fields) in Self.forms(scan: scan, room: room) + [("/scans", [("framework", "webscan")])] {
                let refused = try await client.post(path, fields, as: sanne)
                XCTAssertEqual(refused.status, .forbidden, path)
            }
            XCTAssertEqual(try self.count("SELECT COUNT(*) FROM scans"), scansBefore)
            XCTAssertEqual(try self.count("SELECT COUNT(*) FROM answers WHERE note = 'Kas geheim'"), 1)
        }
    }

    func testEachOrganisationsNewScansAndRoomsAreItsOwn() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            _ = try await self.alFathsWork(client)
            let els = try await client.signIn("els@veldhoven.example")
            let hers = try await client.startScan("webscan", as: els)
            let yusuf = try await client.signIn("yusuf@alfath.example")
            let yusufsStart = try await client.get("/", as: yusuf)
            XCTAssertFalse(yusufsStart.text.contains(String(hers.dropFirst(3))))
            let notHis = try await client.get(hers + "/start", as: yusuf)
            XCTAssertEqual(notHis.status, .notFound)
            let hersToo = try await client.get(hers + "/start", as: els)
            XCTAssertEqual(hersToo.status, .ok)
        }
        let owners = try count("SELECT COUNT(DISTINCT organisation_id) FROM scans WHERE organisation_id IS NOT NULL")
        XCTAssertEqual(owners, 2)
        XCTAssertEqual(
            try count("SELECT COUNT(*) FROM scans WHERE organisation_id IS NULL"), 0, "a hosted installation's scans all have an owner")
        XCTAssertEqual(try count("SELECT COUNT(*) FROM rooms WHERE organisation_id IS NULL"), 0)
    }
}
