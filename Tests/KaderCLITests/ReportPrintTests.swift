import Foundation
import KaderTestSupport
import XCTest

/// The full HTML report on paper, printed from Chromium (headless, to PDF) as a board member or
/// a policy officer prints it from the browser: every bundled example prints on at most four A4
/// pages, "Later" and the notes included; every answer is printed only with `--appendix`. Page one
/// and the last page are drawn as pictures to look at (`.build/print/NAME-report-N.png`).
final class ReportPrintTests: TemporaryDirectoryTestCase {
    func testEveryExampleReportPrintsOnAtMostFourPages() throws {
        let browser = try PrintTools.require(PrintTools.browser, install: "chromium", what: "the printed HTML report")
        _ = try PrintTools.require(PrintTools.poppler ? "poppler" : nil, install: "poppler-utils", what: "the printed report's pages")
        var printed = 0
        for id in ["moskeeonderwijs", "jeugdhulp_azc", "interventies_samenleven"] {
            for example in Fixtures.exampleFiles(for: id) {
                let name = ((example as NSString).lastPathComponent as NSString).deletingPathExtension
                let pages = try self.printed(example, name: name, browser: browser)
                XCTAssertTrue((1...4).contains(pages), "\(name): the report prints on \(pages) pages")
                let text = try PrintTools.text(directory + "/" + name + ".pdf")
                XCTAssertTrue(text.contains("Wat kan beter"), "\(name): the printed report has its advice")
                XCTAssertFalse(text.contains("Antwoorden per domein"), "\(name): the answers are printed only with --appendix")
                for page in Set([1, pages]) {
                    let picture = PrintTools.pictures + "/\(name)-report-\(page)"
                    let drawn = try PrintTools.run(
                        "/usr/bin/pdftoppm",
                        ["-png", "-r", "70", "-f", "\(page)", "-l", "\(page)", "-singlefile", directory + "/" + name + ".pdf", picture])
                    XCTAssertEqual(drawn.status, 0, "\(name): page \(page) drawn")
                }
                printed += 1
            }
        }
        XCTAssertGreaterThanOrEqual(printed, 10)
    }

    /// Advice under "Later" is folded on screen but printed, as one line each: the advice
    /// without its first step, reason and sources.
    func testLaterIsPrintedCompactly() throws {
        let browser = try PrintTools.require(PrintTools.browser, install: "chromium", what: "the printed HTML report")
        _ = try PrintTools.require(PrintTools.poppler ? "poppler" : nil, install: "poppler-utils", what: "the printed report's pages")
        let example = "Examples/moskeeonderwijs/al-amal-startend.yaml"
        _ = try printed(example, name: "al-amal", browser: browser)
        let text = try PrintTools.text(directory + "/al-amal.pdf")
        let later = try XCTUnwrap(text.range(of: "Later ("), "the printed report shows 'Later'")
        let plan = try XCTUnwrap(text.range(of: "Actieplan"))
        let laterText = text[later.upperBound..<plan.lowerBound]
        XCTAssertTrue(laterText.contains("Zorg voor steun van het bestuur en de imam."), String(laterText))
        XCTAssertFalse(laterText.contains("Eerste stap:"), "a later piece of advice is printed without its first step")
        XCTAssertTrue(text[..<later.lowerBound].contains("Eerste stap:"), "'Begin hier' keeps its first steps")
    }

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
