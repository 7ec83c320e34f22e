import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Kader
import KaderFiles
import KaderTestSupport
import XCTest

@testable import KaderServer

/// A server on a fresh data directory with the bundled frameworks and the test framework
/// `webscan` (every answer shape), driven through Hummingbird's test client.
class ServerTestCase: TemporaryDirectoryTestCase, @unchecked Sendable {
    var store: SQLiteScanStore!
    var app: ServerApp!

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").path

    override func setUpWithError() throws {
        try super.setUpWithError()
        store = try SQLiteScanStore(path: directory + "/kader.sqlite")
        app = ServerApp(store: store, library: FrameworkLibrary(directories: [Self.fixtures, Fixtures.root + "/Frameworks"]))
    }

    override func tearDownWithError() throws {
        try? store.close()
        try super.tearDownWithError()
    }

    /// Runs `body` against the server's routes.
    func withServer(app: ServerApp? = nil, _ body: @Sendable @escaping (any TestClientProtocol) async throws -> Void) async throws {
        let application = Application(responder: RouteTable.responder(app: app ?? self.app))
        try await application.test(.router, body)
    }

    /// The number of rows `sql` counts.
    func count(_ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try store.pool.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
    }
}

extension TestClientProtocol {
    /// A GET, with the cookie header when given.
    func get(_ uri: String, cookie: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let cookie { headers[.cookie] = cookie }
        return try await execute(uri: uri, method: .get, headers: headers)
    }

    /// A form POST of `fields`, encoded as a browser does.
    func post(_ uri: String, _ fields: [(String, String)], cookie: String? = nil) async throws -> TestResponse {
        try await post(uri, raw: fields.map { Self.encode($0.0) + "=" + Self.encode($0.1) }.joined(separator: "&"), cookie: cookie)
    }

    /// A POST with exactly `raw` as its body.
    func post(_ uri: String, raw: String, cookie: String? = nil) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
        if let cookie { headers[.cookie] = cookie }
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: raw))
    }

    /// Starts a scan of `framework`; its token.
    func startScan(_ framework: String) async throws -> String {
        let response = try await post("/scans", [("framework", framework)])
        XCTAssertEqual(response.status, .seeOther)
        let location = response.headers[.location] ?? ""
        return String(location.dropFirst(3).prefix(32))
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}
