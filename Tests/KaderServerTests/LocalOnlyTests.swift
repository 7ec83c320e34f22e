import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kader
import XCTest

@testable import KaderServer

/// A mosque board runs `kader serve` on the laptop and, in the same browser, reads other web sites.
/// Without `--hosted` there are no accounts, so none of those sites may read a scan or send a form:
/// not by pointing its own name at 127.0.0.1 (DNS rebinding), not by a form that posts here.
final class LocalOnlyTests: ServerTestCase, @unchecked Sendable {
    private func get(_ client: any TestClientProtocol, _ uri: String, host: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: [LocalOnlyGate.host: host])
    }

    func testASiteThatPointsItsNameAtThisComputerReadsNoScan() async throws {
        try await withServer { client in
            let token = try await client.startScan("webscan")
            for uri in ["/", "/s/\(token)/start", "/s/\(token)/result", "/s/\(token)/download/response.yaml", "/upload", "/m/new"] {
                for host in ["kader.evil.example:8080", "evil.example", "127.0.0.1.evil.example:8080", "[2001:db8::1]:8080"] {
                    let response = try await self.get(client, uri, host: host)
                    XCTAssertEqual(response.status, .misdirectedRequest, "\(host)\(uri)")
                    XCTAssertFalse(response.text.contains("Webscan"), "\(host)\(uri) shows nothing of the scan")
                    if uri == "/" { XCTAssertFalse(response.text.contains(token), "\(host): the start page's list is not shown") }
                    XCTAssertTrue(response.text.contains("<h1>Verkeerd adres</h1>"), response.text)
                    XCTAssertTrue(response.text.contains("http://127.0.0.1"), "says which address to open")
                }
            }
            for host in ["127.0.0.1:8080", "localhost:8080", "LOCALHOST", "[::1]:8080", "127.0.0.1"] {
                let response = try await self.get(client, "/", host: host)
                XCTAssertEqual(response.status, .ok, host)
                XCTAssertTrue(response.text.contains(token), "\(host): the board's own browser sees its scan")
            }
        }
    }

    func testAFormFromAnotherSiteStartsNothingAndSavesNothing() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            let before = try count("SELECT COUNT(*) FROM scans")
            let crossSite: [HTTPFields] = [
                [.origin: "https://evil.example", .contentType: "application/x-www-form-urlencoded"],
                [HTTPField.Name("Sec-Fetch-Site")!: "cross-site", .contentType: "application/x-www-form-urlencoded"],
                [.origin: "null", HTTPField.Name("Sec-Fetch-Site")!: "cross-site", .contentType: "application/x-www-form-urlencoded"]
            ]
            for headers in crossSite {
                for (uri, body) in [
                    ("/scans", "framework=webscan"), ("/s/\(token)/answer", "question=plan&answer.plan=deels"),
                    ("/s/\(token)/d/1", "answer.plan=deels"), ("/m/new", "framework=interventies_samenleven&title=x&text=y")
                ] {
                    let response = try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body))
                    XCTAssertEqual(response.status, .forbidden, "\(headers) \(uri)")
                }
            }
            XCTAssertEqual(try count("SELECT COUNT(*) FROM scans"), before, "no scan started")
            XCTAssertEqual(try count("SELECT COUNT(*) FROM answers"), 0, "no answer saved")
            XCTAssertEqual(try count("SELECT COUNT(*) FROM rooms"), 0, "no room opened")
            let own: HTTPFields = [.origin: "http://localhost", .contentType: "application/x-www-form-urlencoded"]
            let saved = try await client.execute(uri: "/scans", method: .post, headers: own, body: ByteBuffer(string: "framework=webscan"))
            XCTAssertEqual(saved.status, .seeOther, "a form of this server's own page is taken")
        }
    }
}
