import Foundation
import HummingbirdTesting
import Kader
import XCTest

@testable import KaderServer

/// A mosque board fills in the scan of its own framework: the pages number the questions and
/// name the parts as the framework and its reports do ("Vooraf", "Aspect 2 van 7", "2.1"),
/// and the result page starts with the report.
final class FrameworkWordsTests: ServerTestCase, @unchecked Sendable {
    func testTheFillPagesUseTheFrameworksOwnNumbersAndWords() async throws {
        try await withServer { client in
            let token = try await client.startScan("moskeeonderwijs")
            let before = try await client.get("/s/\(token)/d/1")
            XCTAssertTrue(before.text.contains("<h1>Vooraf: Randvoorwaarden</h1>"), before.text)
            XCTAssertTrue(before.text.contains(#"<p id="progress">Vooraf · 0 van "#), before.text)
            XCTAssertTrue(before.text.contains(#"<span class="question-number">Vooraf.1</span>"#))
            let first = try await client.get("/s/\(token)/d/2")
            XCTAssertTrue(first.text.contains("<h1>1. Pedagogische visie</h1>"))
            XCTAssertTrue(first.text.contains(#"<p id="progress">Aspect 1 van 7 · 0 van "#), first.text)
            XCTAssertTrue(first.text.contains(#"<span class="question-number">1.1</span>"#), "the aspect's number, not the page's (2.1)")
            XCTAssertFalse(first.text.contains(#"<span class="question-number">2.1</span>"#))
            let english = try await client.get("/s/\(token)/d/1?lang=en")
            XCTAssertTrue(english.text.contains(#"<p id="progress">Before · 0 of "#), english.text)
            XCTAssertTrue(english.text.contains(#"<span class="question-number">Before.1</span>"#))
            let youth = try await client.startScan("jeugdhulp_azc")
            let theme = try await client.get("/s/\(youth)/d/3")
            XCTAssertTrue(theme.text.contains(#"<p id="progress">Thema 3 van 7 · "#), theme.text)
        }
    }

    func testTheOtherTabIsToldTheQuestionByItsNumber() async throws {
        try await withServer { client in
            let token = try await client.startScan("moskeeonderwijs")
            let first = try await client.post("/s/\(token)/answer", [("question", "commissie"), ("answer.commissie", "deels")])
            let revision = try JSONDecoder().decode(PageState.self, from: Data(first.text.utf8)).revision
            _ = try await client.post("/s/\(token)/answer", [("question", "commissie"), ("answer.commissie", "nog_niet")])
            let poll = try await client.get("/s/\(token)/state?since=\(revision)&domain=1")
            XCTAssertEqual(try JSONDecoder().decode(PageState.self, from: Data(poll.text.utf8)).changed.first?.number, "Vooraf.1")
            // Without the script the same notice comes through the address, by question id, shown by number.
            let page = try await client.get("/s/\(token)/d/1?replaced=commissie,bestaat_niet,%3Cb%3E")
            XCTAssertTrue(page.text.contains("uw antwoorden van nu gelden: Vooraf.1</p>"), page.text)
        }
    }

    func testTheResultPageStartsWithTheReportAndPutsTheDownloadsAfterItsSummary() async throws {
        try await withServer { client in
            let token = try await client.startScan("webscan")
            _ = try await client.post("/s/\(token)/d/1", [("answer.plan", "deels"), ("answer.heeft_team", "nee"), ("answer.streng", "ja")])
            let page = try await client.get("/s/\(token)/result").text
            let report = try XCTUnwrap(page.range(of: #"<section id="report""#)?.lowerBound)
            let downloads = try XCTUnwrap(page.range(of: #"<nav id="downloads""#)?.lowerBound)
            let main = try XCTUnwrap(page.range(of: #"<main id="main">"#)?.upperBound)
            XCTAssertTrue(page[main..<report].allSatisfy(\.isWhitespace), "nothing before the report")
            let figures = try XCTUnwrap(page.range(of: "Totaal")?.lowerBound)
            XCTAssertLessThan(figures, downloads, "the summary comes first")
            XCTAssertLessThan(downloads, try XCTUnwrap(page.range(of: "Het team")?.lowerBound), "the downloads before the details")
        }
    }
}
