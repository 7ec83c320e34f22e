import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kader
import XCTest

@testable import KaderServer

/// The CSRF token of a hosted installation: every form a signed-in person gets carries their
/// session's token, and every form sent without it, with someone else's, or with one from a
/// session that ended, is refused before anything is written.
final class FormTokenTests: HostedTestCase, @unchecked Sendable {
    func testEveryFormOfASignedInPersonCarriesTheirOwnTokenAndNoneWithoutHosted() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let yusuf = try await client.signIn("yusuf@alfath.example")
            let stored = try await self.store.pool.read { db in try String.fetchAll(db, sql: "SELECT csrf FROM sessions") }
            XCTAssertEqual(stored, [yusuf.csrf], "the token in the forms is the session's own")
            let scan = try await client.startScan("webscan", as: yusuf)
            let page = try await client.get(scan + "/d/1", as: yusuf).text
            XCTAssertTrue(page.contains("<input type=\"hidden\" name=\"csrf\" value=\"\(yusuf.csrf)\">"), page)
            let els = try await client.signIn("els@veldhoven.example")
            XCTAssertNotEqual(els.csrf, yusuf.csrf, "every session has its own token")
        }
        try await withServer { client in
            let start = try await client.get("/").text
            XCTAssertTrue(start.contains("action=\"/scans\""))
            XCTAssertFalse(start.contains("name=\"csrf\""), "without --hosted the forms are as they were")
        }
    }

    func testEveryFormWithoutTheTokenOrWithAnotherSessionsIsRefusedAndNothingIsWritten() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let yusuf = try await client.signIn("yusuf@alfath.example")
            let karim = try await client.signIn("karim@alfath.example")
            let els = try await client.signIn("els@veldhoven.example")
            let (scan, room) = try await self.alFathsWork(client)
            let before = try self.everythingWritten()

            let forms: [(String, String, [(String, String)])] = [
                (yusuf.cookie, "/scans", [("framework", "webscan")]),
                (yusuf.cookie, scan + "/answer", [("question", "plan"), ("answer.plan", "deels"), ("rev.plan", "0")]),
                (yusuf.cookie, scan + "/d/1", [("answer.plan", "deels")]),
                (yusuf.cookie, scan + "/start", [("organisation", "Moskee Al-Fath")]),
                (yusuf.cookie, scan + "/plan", [("form", ScanToken.random().text)]),
                (yusuf.cookie, scan + "/together/invite", [("name", "Bilal"), ("role", "penningmeester")]),
                (yusuf.cookie, scan + "/together/agree", [("question", "plan"), ("answer.plan", "deels")]),
                (karim.cookie, "/m/new", [("framework", "interventies_samenleven"), ("title", "Casus"), ("text", "De casus.")]),
                (karim.cookie, room + "/ranking", [("show", "1")]),
                (karim.cookie, room + "/close", []),
                (yusuf.cookie, "/logout", [])
            ]
            for (cookie, path, fields) in forms {
                for token in [nil, els.csrf, String(yusuf.csrf.reversed()), "x"] {
                    let sent = token.map { [("csrf", $0)] + fields } ?? fields
                    let refused = try await client.post(path, sent, cookie: cookie)
                    XCTAssertEqual(refused.status, .forbidden, "\(path) with \(token ?? "no token")")
                    XCTAssertTrue(refused.text.contains("Dit formulier hoort niet bij uw aanmelding"), path)
                }
            }
            var upload: HTTPFields = [.contentType: "multipart/form-data; boundary=grens", .cookie: yusuf.cookie]
            upload[.origin] = "http://localhost"
            let file =
                "--grens\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.yaml\"\r\n\r\nframework: webscan\r\n--grens--\r\n"
            let refusedUpload = try await client.execute(uri: "/upload", method: .post, headers: upload, body: ByteBuffer(string: file))
            XCTAssertEqual(refusedUpload.status, .forbidden, "a file upload carries the token too")

            XCTAssertEqual(try self.everythingWritten(), before, "nothing was written")
            let stillIn = try await client.get("/", as: yusuf)
            XCTAssertEqual(stillIn.status, .ok, "a sign-out without the token signs nobody out")
            let save = [("question", "plan"), ("answer.plan", "deels"), ("rev.plan", "0")]
            let saved = try await client.post(scan + "/answer", save, as: yusuf)
            XCTAssertEqual(saved.status, .ok, "the same save with the token is kept")
        }
        XCTAssertEqual(try count("SELECT COUNT(*) FROM answers"), 1)
    }

    func testATokenFromASessionThatEndedSignsNobodyIn() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let yusuf = try await client.signIn("yusuf@alfath.example")
            let out = try await client.post("/logout", [], as: yusuf)
            XCTAssertEqual(out.headers[.location], "/login")
            let replayed = try await client.post("/scans", [("framework", "webscan")], as: yusuf)
            XCTAssertEqual(replayed.status, .unauthorized, "cookie and token of a session that ended")
        }
        XCTAssertEqual(try count("SELECT COUNT(*) FROM scans"), 0)
        XCTAssertEqual(try count("SELECT COUNT(*) FROM sessions"), 0)
    }

    func testThePagesScriptSendsTheTokenWithEverySave() {
        XCTAssertTrue(autosaveScript.contains("byName('csrf')"), "the script's own POST carries the form's token")
    }
}
