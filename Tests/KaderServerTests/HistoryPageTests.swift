import Foundation
import HummingbirdTesting
import Kader
import KaderFiles
import KaderReports
import KaderTestSupport
import XCTest

@testable import KaderServer

/// A policy officer comes back a year later: the scans of the municipality with this framework
/// by date, and "vergelijk met vorige keer" shows what `kader compare --format html` shows,
/// including what became of last year's action plan.
final class HistoryPageTests: PlanServerTestCase, @unchecked Sendable {
    func testTheScansOfOneOrganisationByDateAndTheComparisonWithLastTime() async throws {
        // Stored newest first, to show the history orders them by date.
        let later = try await importExample("Examples/jeugdhulp_azc/waterland_oost_2026.yaml")
        let earlier = try await importExample("Examples/jeugdhulp_azc/waterland_oost_2025.yaml")
        _ = try await importExample("Examples/jeugdhulp_azc/hoogdijk_2026.yaml")
        let library = FrameworkLibrary(explicit: Fixtures.root + "/Frameworks")
        let framework = try library.framework(id: "jeugdhulp_azc").framework
        func result(_ path: String) throws -> AssessmentResult {
            Engine(framework: framework).evaluate(try library.openResponse(path: Fixtures.root + "/" + path).response)
        }
        let comparison = ComparisonBuilder.compare(
            [
                (try result("Examples/jeugdhulp_azc/waterland_oost_2025.yaml"), framework),
                (try result("Examples/jeugdhulp_azc/waterland_oost_2026.yaml"), framework)
            ], mode: .overTime)
        let expected = HTMLBackend().body(ComparisonReport(comparison, framework: framework, language: .nl).document)
        try await withServer { client in
            let history = try await client.execute(uri: "/s/\(later.token.text)/history", method: .get)
            XCTAssertEqual(history.status, .ok)
            let page = history.text
            XCTAssertTrue(page.contains("Scans van Team Sociaal Domein, cluster Jeugd"), page)
            let rows = page.components(separatedBy: "<tr class=\"history-scan").dropFirst()
            XCTAssertEqual(rows.count, 2, "the twin municipality is another organisation")
            XCTAssertTrue(page.contains(#"<table id="history" class="stack-on-phone">"#), "on a phone each scan is a block")
            XCTAssertTrue(rows.first?.contains(#"<td data-label="Datum">2025-11-18</td>"#) ?? false, rows.first ?? "")
            XCTAssertTrue(rows.first?.contains("5 punten") ?? false)
            XCTAssertTrue(rows.last?.contains("href=\"/s/\(later.token.text)/compare\"") ?? false)
            XCTAssertTrue(page.contains("href=\"/s/\(later.token.text)/history/export.zip\""))

            let compare = try await client.execute(uri: "/s/\(later.token.text)/compare", method: .get)
            XCTAssertEqual(compare.status, .ok)
            // Every line of the report kader compare --format html writes, in its order.
            var rest = Substring(compare.text)
            for line in expected.split(separator: "\n") where !line.isEmpty {
                guard let found = rest.range(of: line) else { return XCTFail("the page lacks: \(line.prefix(200))") }
                rest = rest[found.upperBound...]
            }
            XCTAssertTrue(compare.text.contains("Het actieplan van vorige keer (2025-11-18)"))
            // For a memo: what fell said in words, grades beside scores, no silent "resolved".
            XCTAssertTrue(compare.text.contains("id=\"in-brief\""), compare.text)
            XCTAssertTrue(compare.text.contains("<strong>Deskundigheid</strong> daalde van 26,7 naar 20,0"), compare.text)
            XCTAssertTrue(compare.text.contains("cijfer "), compare.text)
            XCTAssertTrue(compare.text.contains("Opgelost door een ander antwoord"), compare.text)
            let english = try await client.execute(uri: "/s/\(later.token.text)/compare?lang=en", method: .get)
            XCTAssertTrue(english.text.contains("Last time&#39;s action plan (2025-11-18)"))

            let first = try await client.execute(uri: "/s/\(earlier.token.text)/compare", method: .get)
            XCTAssertEqual(first.status, .ok)
            XCTAssertTrue(first.text.contains("id=\"no-previous\""))
            for path in ["/s/0123456789abcdef0123456789abcdef/history", "/s/not-a-token/compare"] {
                let missing = try await client.execute(uri: path, method: .get)
                XCTAssertEqual(missing.status, .notFound, path)
            }
        }
    }

    func testANameFromTheFormIsEscapedAndAScanWithoutOneStandsAlone() async throws {
        let store = self.store!
        let framework = try app.framework(id: "moskeeonderwijs")
        let named = try await store.importScans([
            ImportedScan(
                frameworkID: framework.id, frameworkVersion: framework.version, language: .nl,
                header: ScanHeader(organisation: "<b>Moskee</b>", date: "2026-01-01"),
                answers: [], plan: [])
        ])[0]
        let unnamed = try await store.createScan(framework: framework.id, version: framework.version, language: .nl)
        try await withServer { client in
            let page = try await client.execute(uri: "/s/\(named.token.text)/history", method: .get).text
            XCTAssertTrue(page.contains("&lt;b&gt;Moskee&lt;/b&gt;"))
            XCTAssertFalse(page.contains("<b>Moskee</b>"))
            let alone = try await client.execute(uri: "/s/\(unnamed.token.text)/history", method: .get).text
            XCTAssertTrue(alone.contains("id=\"no-organisation\""))
        }
    }
}
