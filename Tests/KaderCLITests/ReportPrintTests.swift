import Foundation
import KaderTestSupport
import XCTest

/// The full HTML report on paper, printed from Chromium (headless, to PDF): every answer is
/// printed only with `--appendix`. (The four-page target of issue 14 is not met yet: the
/// examples print on 8 to 14 pages without the appendix; see docs/reports.md.)
final class ReportPrintTests: TemporaryDirectoryTestCase {
    func testTheAppendixOfAnswersIsPrintedOnlyWhenAsked() throws {
        let browser = try PrintTools.require(PrintTools.browser, install: "chromium", what: "the printed HTML report")
        _ = try PrintTools.require(PrintTools.poppler ? "poppler" : nil, install: "poppler-utils", what: "the printed report's pages")
        let example = "Examples/moskeeonderwijs/as-sabr-begrensd.yaml"
        let without = try printed(example, name: "zonder", browser: browser)
        let with = try printed(example, name: "met", browser: browser, ["--appendix"])
        XCTAssertGreaterThan(with, without, "--appendix prints every answer after the report")
        XCTAssertTrue(try PrintTools.text(directory + "/met.pdf").contains("Antwoorden per domein"))
        XCTAssertFalse(try PrintTools.text(directory + "/zonder.pdf").contains("Antwoorden per domein"))
    }

    /// `kader scan EXAMPLE --format html` printed to PDF by Chromium; its page count.
    private func printed(_ example: String, name: String, browser: String, _ options: [String] = []) throws -> Int {
        let html = directory + "/" + name + ".html"
        let pdf = directory + "/" + name + ".pdf"
        let scan = try CommandRunner.run(["scan", example, "--format", "html", "--output", html] + options)
        XCTAssertEqual(scan.status, 0, scan.stderr)
        let print = try PrintTools.run(
            browser,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                "--user-data-dir=\(directory!)/profile", "--host-resolver-rules=MAP * ~NOTFOUND",
                "--no-pdf-header-footer", "--print-to-pdf=\(pdf)", "file://\(html)"
            ])
        XCTAssertEqual(print.status, 0, "chromium --print-to-pdf \(name)")
        return try PrintTools.pages(pdf)
    }
}
