import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kader
import XCTest

@testable import KaderServer

/// Every route the hosted server has, taken from its router (so a route added later is tried
/// too): without a session, with another organisation's session, and with a form that lacks the
/// CSRF token. Each is refused with its status, writes nothing and shows nothing of the scan.
final class EveryRouteTests: HostedTestCase, @unchecked Sendable {
    /// The paths anyone may use without an account: signing in, the assets, a room's participants.
    static func isOpen(_ path: String) -> Bool { SignInGate.isOpen(path) }

    /// Every route of the hosted router with its parameters filled in: Al-Fath's scan, room,
    /// first page and report file. Fails for a parameter this test does not know.
    func everyRoute(scan: String, room: String) -> [(method: HTTPRequest.Method, path: String)] {
        RouteTable.router(app: hosted).routes.map { route in
            var path = route.path.description
            if path.hasPrefix("/s/{token}") { path = scan + path.dropFirst("/s/{token}".count) }
            if path.hasPrefix("/m/t/{token}") { path = room + path.dropFirst("/m/t/{token}".count) }
            path = path.replacingOccurrences(of: "/m/p/{token}", with: "/m/p/" + ScanToken.random().text)
            path = path.replacingOccurrences(of: "{domain}", with: "1").replacingOccurrences(of: "{file}", with: "response.yaml")
            XCTAssertFalse(path.contains("{") || path.contains("*"), "a route this test does not know how to fill in: \(route)")
            return (route.method, path)
        }
    }

    func testEveryRouteWithoutASessionSendsToSignInOrIsRefused() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let (scan, room) = try await self.alFathsWork(client)
            let routes = self.everyRoute(scan: scan, room: room)
            XCTAssertGreaterThan(routes.count, 40)
            let before = try self.everythingWritten()
            for (method, path) in routes where !Self.isOpen(path) {
                let response = try await client.execute(
                    uri: path, method: method, headers: [.contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: "framework=webscan&question=plan&answer.plan=volledig"))
                if method == .post {
                    XCTAssertEqual(response.status, .unauthorized, "\(method) \(path)")
                } else {
                    XCTAssertTrue(response.headers[.location]?.hasPrefix("/login") ?? false, "\(method) \(path)")
                }
                XCTAssertFalse(response.text.contains("Kas geheim") || response.text.contains("Moskee Al-Fath"), path)
            }
            XCTAssertEqual(try self.everythingWritten(), before)
        }
    }

    func testEveryRouteOfAnotherOrganisationsScanOrRoomAnswersNotFound() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let (scan, room) = try await self.alFathsWork(client)
            let els = try await client.signIn("els@veldhoven.example")
            let before = try self.everythingWritten()
            let theirs = self.everyRoute(scan: scan, room: room).filter { $0.path.hasPrefix(scan) || $0.path.hasPrefix(room) }
            XCTAssertEqual(theirs.count, 23, "17 routes of a scan and 6 of a room")
            for (method, path) in theirs {
                let response = try await client.execute(
                    uri: path, method: method, headers: [.contentType: "application/x-www-form-urlencoded", .cookie: els.cookie],
                    body: ByteBuffer(string: "csrf=\(els.csrf)&question=plan&answer.plan=volledig&name=Indringer&show=1"))
                XCTAssertEqual(response.status, .notFound, "\(method) \(path)")
                XCTAssertFalse(response.text.contains("Kas geheim") || response.text.contains("Moskee Al-Fath"), path)
            }
            XCTAssertEqual(try self.everythingWritten(), before)
        }
    }

    func testEveryFormOfTheOwnOrganisationWithoutTheTokenIsRefused() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let (scan, room) = try await self.alFathsWork(client)
            let amina = try await client.signIn("amina@alfath.example")
            let before = try self.everythingWritten()
            let forms = self.everyRoute(scan: scan, room: room).filter { $0.method == .post && !Self.isOpen($0.path) }
            XCTAssertEqual(forms.count, 15, "every form of a signed-in person")
            for (method, path) in forms {
                let response = try await client.execute(
                    uri: path, method: method, headers: [.contentType: "application/x-www-form-urlencoded", .cookie: amina.cookie],
                    body: ByteBuffer(string: "question=plan&answer.plan=volledig&framework=webscan&share=1"))
                XCTAssertEqual(response.status, .forbidden, "\(method) \(path)")
            }
            XCTAssertEqual(try self.everythingWritten(), before)
            let stillIn = try await client.get("/", as: amina)
            XCTAssertEqual(stillIn.status, .ok)
        }
    }

    func testEveryFormOfASignedInPersonWithAnOversizedBodyIsRefusedUnread() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let (scan, room) = try await self.alFathsWork(client)
            let amina = try await client.signIn("amina@alfath.example")
            let before = try self.everythingWritten()
            // The token first, then more than the largest form: refused before any route reads it.
            let body = "csrf=\(amina.csrf)&question=plan&answer.plan=volledig&note.plan=" + String(repeating: "x", count: 300 * 1024)
            let forms = self.everyRoute(scan: scan, room: room).filter {
                $0.method == .post && !Self.isOpen($0.path) && $0.path != "/upload"
            }
            for (method, path) in forms {
                let response = try await client.execute(
                    uri: path, method: method, headers: [.contentType: "application/x-www-form-urlencoded", .cookie: amina.cookie],
                    body: ByteBuffer(string: body))
                XCTAssertEqual(response.status, .contentTooLarge, "\(method) \(path)")
            }
            XCTAssertEqual(try self.everythingWritten(), before)
        }
    }
}
