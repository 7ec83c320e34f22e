import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kader
import KaderFiles
import KaderTestSupport
import XCTest

@testable import KaderServer

/// Signing in to a hosted installation (`kader serve --hosted`): every page but signing in, the
/// assets and a room's participants needs a session; wrong passwords are limited; a form from
/// another site is refused; signing out ends the session in the database.
final class SignInTests: HostedTestCase, @unchecked Sendable {
    func testWithoutASessionEveryPageSendsToSignInAndEveryFormIsRefusedUnwritten() async throws {
        let scan = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl)
        _ = try await store.saveHeader(ScanHeader(organisation: "Moskee Geheim"), scan: scan.id, nonce: nil)
        try await withServer(app: hosted) { client in
            for path in ["/", "/s/\(scan.token)", "/s/\(scan.token)/result", "/s/\(scan.token)/together", "/m/new", "/upload"] {
                let page = try await client.get(path)
                XCTAssertEqual(page.status, .seeOther, path)
                XCTAssertEqual(page.headers[.location], SignInPage.address(returningTo: path), path)
            }
            for path in ["/scans", "/s/\(scan.token)/answer", "/s/\(scan.token)/start", "/m/new", "/logout"] {
                let refused = try await client.post(path, [("framework", "webscan"), ("question", "plan"), ("answer.plan", "ja")])
                XCTAssertEqual(refused.status, .unauthorized, path)
                XCTAssertTrue(refused.text.contains("Meld u eerst aan"), path)
                XCTAssertFalse(refused.text.contains("Moskee Geheim"), "nothing of the scan is disclosed")
            }
            let signIn = try await client.get("/login")
            XCTAssertTrue(signIn.text.contains("de antwoorden van een organisatie ziet alleen die organisatie"), "not 'on this computer'")
            for path in ["/login", "/assets/kader.css", "/m"] {
                let open = try await client.get(path)
                XCTAssertEqual(open.status, .ok, "\(path): signing in, the assets and a room's participants need no account")
            }
        }
        XCTAssertEqual(try count("SELECT COUNT(*) FROM scans"), 1)
        XCTAssertEqual(try count("SELECT COUNT(*) FROM answers"), 0)
    }

    func testAColleagueWhoOpensTheirLinkSignsInAndLandsOnTheirOwnScan() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let yusuf = try await client.signIn("yusuf@alfath.example")
            let scan = try await client.startScan("webscan", as: yusuf)
            // Karim opens the link from the e-mail before he signed in today.
            let opened = try await client.get(scan + "/d/1")
            let login = try XCTUnwrap(opened.headers[.location])
            XCTAssertEqual(login, "/login?next=" + (scan + "/d/1").replacingOccurrences(of: "/", with: "%2F"))
            let page = try await client.get(login).text
            XCTAssertTrue(page.contains(#"<input type="hidden" name="next" value="\#(scan)/d/1">"#), page)
            let signedIn = try await client.post(
                "/login", [("email", "karim@alfath.example"), ("password", ServerTestCase.password), ("next", scan + "/d/1")])
            XCTAssertEqual(signedIn.headers[.location], scan + "/d/1", "back to the page he asked for")
            for elsewhere in ["//evil.example/x", "https://evil.example/", "/\\evil.example", "/login", "javascript:alert(1)", "/a b"] {
                let away = try await client.post(
                    "/login", [("email", "karim@alfath.example"), ("password", ServerTestCase.password), ("next", elsewhere)])
                XCTAssertEqual(away.headers[.location], "/", "never to another site: \(elsewhere)")
            }
        }
    }

    func testSigningInOpensASessionInAnHttpOnlyLaxCookieSecureBehindTLS() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let signIn = try await client.post("/login", [("email", "Yusuf@AlFath.example"), ("password", Self.password)])
            XCTAssertEqual(signIn.status, .seeOther)
            XCTAssertEqual(signIn.headers[.location], "/")
            let cookie = try XCTUnwrap(signIn.headers[.setCookie])
            XCTAssertTrue(cookie.hasPrefix("kader_session="), cookie)
            XCTAssertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie)
            XCTAssertFalse(cookie.contains("Secure"), "plain HTTP on this computer: no Secure")
            let session = String(cookie.dropFirst("kader_session=".count).prefix(64))
            let start = try await client.get("/", cookie: "kader_session=" + session)
            XCTAssertEqual(start.status, .ok)
            XCTAssertEqual(try self.count("SELECT COUNT(*) FROM sessions WHERE token_hash = ?", [SHA256.hex(Array(session.utf8))]), 1)
            XCTAssertEqual(try self.count("SELECT COUNT(*) FROM sessions WHERE token_hash = ?", [session]), 0, "only the hash is kept")

            var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
            headers[HTTPField.Name("X-Forwarded-Proto")!] = "https"
            let behindTLS = try await client.execute(
                uri: "/login", method: .post, headers: headers,
                body: ByteBuffer(string: "email=yusuf%40alfath.example&password=vier+losse+woorden+samen"))
            XCTAssertTrue(behindTLS.headers[.setCookie]?.contains("Secure") == true)

            let csrf = try XCTUnwrap(start.text.firstMatch(of: /name="csrf" value="([0-9a-f]{64})"/)?.1)
            let out = try await client.post("/logout", [], as: SignedIn(cookie: "kader_session=" + session, csrf: String(csrf)))
            XCTAssertEqual(out.headers[.location], "/login")
            let after = try await client.get("/", cookie: "kader_session=" + session)
            XCTAssertEqual(after.headers[.location], "/login", "the old cookie is dead")
        }
    }

    func testWrongPasswordsAndUnknownAddressesLookAlikeAndAreLimited() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let unknown = try await client.post("/login", [("email", "niemand@alfath.example"), ("password", Self.password)])
            XCTAssertEqual(unknown.status, .unauthorized)
            XCTAssertTrue(unknown.text.contains("Dit adres en wachtwoord horen niet bij elkaar."))
            // Five wrong in a row from one address (the unknown address counted too), then a wait.
            for _ in 0..<4 {
                let wrong = try await client.post("/login", [("email", "yusuf@alfath.example"), ("password", "raden raden raden")])
                XCTAssertEqual(wrong.status, .unauthorized)
                XCTAssertNil(wrong.headers[.setCookie])
            }
            let limited = try await client.post("/login", [("email", "yusuf@alfath.example"), ("password", Self.password)])
            XCTAssertEqual(limited.status, .tooManyRequests, "even the right password waits once the address is limited")
        }
        XCTAssertEqual(try count("SELECT COUNT(*) FROM sessions"), 0)
    }

    func testAFormFromAnotherSiteIsRefusedEvenWithASession() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let yusuf = try await client.signIn("yusuf@alfath.example")
            var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .cookie: yusuf.cookie]
            headers[.origin] = "https://evil.example"
            let body = "framework=webscan&csrf=" + yusuf.csrf
            let forged = try await client.execute(uri: "/scans", method: .post, headers: headers, body: ByteBuffer(string: body))
            XCTAssertEqual(forged.status, .forbidden)
            headers[.origin] = "http://localhost"
            let own = try await client.execute(uri: "/scans", method: .post, headers: headers, body: ByteBuffer(string: body))
            XCTAssertEqual(own.status, .seeOther)
        }
        XCTAssertEqual(try count("SELECT COUNT(*) FROM scans"), 1, "only the form from this server's own page started a scan")
    }

    func testABrowserThatSendsOriginNullIsJudgedByWhereTheFormCameFrom() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            // Our pages send no referrer, so Chromium sends `Origin: null` with their forms.
            var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded", .origin: "null"]
            headers[HTTPField.Name("Sec-Fetch-Site")!] = "same-origin"
            let body = ByteBuffer(string: "email=yusuf%40alfath.example&password=vier+losse+woorden+samen")
            let own = try await client.execute(uri: "/login", method: .post, headers: headers, body: body)
            XCTAssertEqual(own.status, .seeOther, "a form of our own sign-in page")
            headers[HTTPField.Name("Sec-Fetch-Site")!] = "cross-site"
            let forged = try await client.execute(uri: "/login", method: .post, headers: headers, body: body)
            XCTAssertEqual(forged.status, .forbidden, "another site's form that hides its origin")
        }
        XCTAssertEqual(try count("SELECT COUNT(*) FROM sessions"), 1)
    }

    func testThePagesScriptHearsWhySignInEndedInItsOwnShape() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let yusuf = try await client.signIn("yusuf@alfath.example")
            let scan = try await client.startScan("webscan", as: yusuf)
            _ = try await client.post("/logout", [], as: yusuf)
            // The session ended while the page stayed open: the script's next save and refresh.
            var headers: HTTPFields = [
                .contentType: "application/x-www-form-urlencoded", .cookie: yusuf.cookie, .accept: "application/json"
            ]
            let save = try await client.execute(
                uri: scan + "/answer", method: .post, headers: headers,
                body: ByteBuffer(string: "csrf=\(yusuf.csrf)&question=plan&answer.plan=deels&rev.plan=0"))
            XCTAssertEqual(save.status, .unauthorized)
            XCTAssertEqual(save.headers[.contentType], "application/json; charset=utf-8")
            XCTAssertTrue(save.text.contains("\"saved\":false") && save.text.contains("Meld u eerst aan"), save.text)
            headers[.contentType] = nil
            let state = try await client.execute(uri: scan + "/state?since=0", method: .get, headers: headers)
            XCTAssertEqual(state.status, .unauthorized, "not a redirect to a page the script cannot read")
        }
        XCTAssertEqual(try count("SELECT COUNT(*) FROM answers"), 0)
    }
}
