import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kader
import KaderFiles
import KaderTestSupport
import XCTest

@testable import KaderServer

/// A person signed in to a hosted installation, as their browser holds it: the session cookie and
/// the CSRF token the pages put in every form.
struct SignedIn: Sendable {
    let cookie: String
    let csrf: String
}

/// A server test of a hosted installation: `hosted` is the app with `--hosted` on this test's store.
class HostedTestCase: ServerTestCase, @unchecked Sendable {
    var hosted: ServerApp!

    override func setUpWithError() throws {
        try super.setUpWithError()
        hosted = hostedApp()
    }
}

extension HostedTestCase {
    /// Yusuf's scan of Moskee Al-Fath with a header and a noted answer, and Karim's room; their paths.
    func alFathsWork(_ client: any TestClientProtocol) async throws -> (scan: String, room: String) {
        let yusuf = try await client.signIn("yusuf@alfath.example")
        let scan = try await client.startScan("webscan", as: yusuf)
        _ = try await client.post(scan + "/start", [("organisation", "Moskee Al-Fath"), ("date", "2026-11-01")], as: yusuf)
        let saved = try await client.post(
            scan + "/answer", [("question", "plan"), ("answer.plan", "deels"), ("note.plan", "Kas geheim"), ("rev.plan", "0")], as: yusuf)
        XCTAssertEqual(saved.status, .ok)
        let karim = try await client.signIn("karim@alfath.example")
        let newRoom = try await client.get("/m/new", as: karim).text
        let example = try XCTUnwrap(newRoom.firstMatch(of: /name="example" value="(interventies_samenleven\.[^"]+)"/)?.1)
        let opened = try await client.post("/m/new", [("framework", "interventies_samenleven"), ("example", String(example))], as: karim)
        return (scan, try XCTUnwrap(opened.headers[.location]))
    }

    /// The rows of every table but the sessions: what a refused form must leave as it was.
    func everythingWritten() throws -> [String: Int] {
        try store.pool.read { db in
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('sessions', 'grdb_migrations')")
            var rows: [String: Int] = [:]
            for table in tables { rows[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"") }
            return rows
        }
    }
}

/// A hosted installation's people for the tests: two organisations with a member each, a
/// trainer, an organisation admin and a site admin, all with one password.
extension ServerTestCase {
    static let password = "vier losse woorden samen"

    /// The app of a hosted installation on this test's store (bcrypt at its cheapest cost).
    func hostedApp() -> ServerApp {
        ServerApp(
            store: store, library: FrameworkLibrary(directories: [Self.fixtures, Fixtures.root + "/Frameworks"]),
            hosted: HostedSecurity(hasher: PasswordHasher(cost: 4)))
    }

    /// Moskee Al-Fath (Yusuf, member; Amina, organisation admin; Karim, trainer), Gemeente
    /// Veldhoven (Els, member) and the site admin Sanne.
    func addPeople() async throws {
        let setup = AccountSetup(store: store, hasher: PasswordHasher(cost: 4))
        _ = try await setup.addOrganisation(name: "Moskee Al-Fath")
        _ = try await setup.addOrganisation(name: "Gemeente Veldhoven")
        let people: [(String, String, Role, String)] = [
            ("yusuf@alfath.example", "Yusuf", .member, "Moskee Al-Fath"),
            ("amina@alfath.example", "Amina", .organisationAdmin, "Moskee Al-Fath"),
            ("karim@alfath.example", "Karim", .trainer, "Moskee Al-Fath"),
            ("els@veldhoven.example", "Els", .member, "Gemeente Veldhoven")
        ]
        for (email, name, role, organisation) in people {
            _ = try await setup.addUser(email: email, name: name, password: Self.password, role: role, organisation: organisation)
        }
        _ = try await setup.addSiteAdmin(email: "sanne@beheer.example", name: "Sanne", password: Self.password)
    }
}

extension TestClientProtocol {
    /// Signs in as `email`, and reads the CSRF token from the start page's forms.
    func signIn(_ email: String) async throws -> SignedIn {
        let response = try await post("/login", [("email", email), ("password", ServerTestCase.password)])
        XCTAssertEqual(response.status, .seeOther, response.text)
        let cookie = "kader_session=" + String((response.headers[.setCookie] ?? "").dropFirst("kader_session=".count).prefix(64))
        let start = try await get("/", cookie: cookie).text
        let csrf = try XCTUnwrap(start.firstMatch(of: /name="csrf" value="([0-9a-f]{64})"/)?.1, "the start page's forms carry the token")
        return SignedIn(cookie: cookie, csrf: String(csrf))
    }

    /// A GET as `person`.
    func get(_ uri: String, as person: SignedIn) async throws -> TestResponse {
        try await get(uri, cookie: person.cookie)
    }

    /// Starts a scan of `framework` as `person`; the scan's path, `/s/<token>`.
    func startScan(_ framework: String, as person: SignedIn) async throws -> String {
        let started = try await post("/scans", [("framework", framework)], as: person)
        XCTAssertEqual(started.status, .seeOther, started.text)
        return String(try XCTUnwrap(started.headers[.location]).prefix(35))
    }

    /// A form POST as `person`'s browser sends it from one of our pages: with their CSRF token.
    func post(_ uri: String, _ fields: [(String, String)], as person: SignedIn) async throws -> TestResponse {
        try await post(uri, [("csrf", person.csrf)] + fields, cookie: person.cookie)
    }
}
