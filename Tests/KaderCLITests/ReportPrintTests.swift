import Foundation
import KaderTestSupport
import XCTest

/// The full HTML report on paper: printed from Chromium (headless, to PDF, A4), every bundled
/// example's report fits on four pages, and with `--appendix` every answer is printed after it.
final class ReportPrintTests: TemporaryDirectoryTestCase {
    func testEveryExampleReportPrintsOnAtMostFourPages() throws {
        let browser = try PrintTools.require(PrintTools.browser, install: "chromium", what: "the printed HTML report")
        _ = try PrintTools.require(PrintTools.poppler ? "poppler" : nil, install: "poppler-utils", what: "the printed report's pages")
        var counted = 0
        for id in ["moskeeonderwijs", "jeugdhulp_azc", "interventies_samenleven"] {
            for example in Fixtures.exampleFiles(for: id) {
                let name = ((example as NSString).lastPathComponent as NSString).deletingPathExtension
                let pages = try printed(example, name: name, browser: browser)
                XCTAssertTrue((1...4).contains(pages), "\(name): the HTML report prints on \(pages) A4 pages")
                counted += 1
            }
        }
        XCTAssertGreaterThanOrEqual(counted, 10)
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
