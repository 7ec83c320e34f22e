import Foundation
import HummingbirdTesting
import Kader
import KaderFiles
import XCTest

@testable import KaderServer

/// A policy officer edits the framework file while the server runs: the next page shows the
/// edit without a restart; a file that no longer loads says where it is broken, on the start
/// page and on the scans that use it, and nothing of the answers is lost.
final class FrameworkChangeTests: ServerTestCase, @unchecked Sendable {
    func testAnEditedFrameworkFileIsReadAgainWithoutARestart() async throws {
        let frameworks = directory + "/kaders"
        try FileManager.default.createDirectory(atPath: frameworks, withIntermediateDirectories: true)
        let file = frameworks + "/webscan.yaml"
        let original = try String(contentsOfFile: Self.fixtures + "/webscan.yaml", encoding: .utf8)
        try original.write(toFile: file, atomically: true, encoding: .utf8)
        let app = ServerApp(store: store, library: FrameworkLibrary(directories: [frameworks]))
        try await withServer(app: app) { [self] client in
            let token = try await client.startScan("webscan")
            _ = try await client.post("/s/\(token)/d/1", [("answer.plan", "deels")])
            let before = try await client.get("/s/\(token)/d/1")
            XCTAssertTrue(before.text.contains("<h1>Het team</h1>"))

            try original.replacingOccurrences(of: "{nl: Het team, en: The team}", with: "{nl: Het bestuur, en: The board}")
                .write(toFile: file, atomically: true, encoding: .utf8)
            let edited = try await client.get("/s/\(token)/d/1")
            XCTAssertTrue(edited.text.contains("<h1>Het bestuur</h1>"), "read again at the next page")

            try original.replacingOccurrences(of: "scales:", with: "scales: [").write(toFile: file, atomically: true, encoding: .utf8)
            let start = try await client.get("/")
            XCTAssertEqual(start.status, .ok)
            XCTAssertTrue(start.text.contains(#"<article class="framework-failed"><h3>webscan.yaml</h3>"#), start.text)
            XCTAssertTrue(start.text.contains(#"<code class="location">"# + file + ":"), "where it is broken")
            let scan = try await client.get("/s/\(token)/d/1")
            XCTAssertEqual(scan.status, .serviceUnavailable, "a file to repair, not the server failing: never a 500")
            XCTAssertTrue(scan.text.contains("<h1>Het kader laadt niet</h1>"), scan.text)
            XCTAssertTrue(scan.text.contains("is gewijzigd en laadt nu niet: " + file + ":"), scan.text)
            XCTAssertTrue(scan.text.contains("Uw antwoorden zijn bewaard"))
            let save = try await client.post("/s/\(token)/answer", [("question", "plan"), ("answer.plan", "volledig")])
            XCTAssertFalse(try JSONDecoder().decode(PageState.self, from: Data(save.text.utf8)).saved)
            XCTAssertEqual(try count("SELECT COUNT(*) FROM answers WHERE value = 'deels'"), 1, "the answer given before is kept")

            try original.write(toFile: file, atomically: true, encoding: .utf8)
            let repaired = try await client.get("/s/\(token)/d/1")
            XCTAssertEqual(repaired.status, .ok, "repaired: the scan opens again")
            XCTAssertTrue(repaired.text.contains(#"value="deels" checked"#), repaired.text)

            try FileManager.default.removeItem(atPath: file)
            let gone = try await client.get("/s/\(token)/d/1")
            XCTAssertEqual(gone.status, .notFound)
            XCTAssertTrue(gone.text.contains("niet (meer) te vinden"))
        }
    }
}
