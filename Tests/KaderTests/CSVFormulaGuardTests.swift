import Foundation
import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// A respondent's note or name that a spreadsheet would run as a formula when the municipality
/// opens the CSV report: not only `=cmd`, but also ` =cmd` after spaces or a tab, and the
/// full-width `＝` that spreadsheets fold to `=`. Every such cell is written as text.
final class CSVFormulaGuardTests: XCTestCase {
    func testEveryWayACellCanStartAFormulaIsDefused() {
        let formulas = [
            "=1+2", "+31 6", "-2+3", "@SUM(A1)", " =1+2", "   @x", "\t=1", "\r=1", "\tplain", "\u{00A0}=1", "\u{3000}+1",
            "＝HYPERLINK(\"http://x\")", "＋1", "－1", "＠x", " ＝1"
        ]
        for text in formulas {
            let cell = Escape.csvCell(text)
            let unquoted = cell.hasPrefix("\"") ? String(cell.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"") : cell
            // A carriage return is shown as ␍, as in every text Kader writes for a terminal.
            XCTAssertEqual(unquoted, "'" + TerminalText.sanitized(text), "\(text.debugDescription) → \(cell.debugDescription)")
        }
    }

    func testOrdinaryTextAndKadersOwnNumbersAreLeftAlone() {
        XCTAssertEqual(Escape.csvCell("Grotendeels"), "Grotendeels")
        XCTAssertEqual(Escape.csvCell("a = b"), "a = b", "only the start counts")
        XCTAssertEqual(Escape.csvCell("   "), "\"   \"", "spaces only: quoted, no apostrophe")
        XCTAssertEqual(Escape.csvCell("-2.5", isNumber: true), "-2.5")
    }

    func testARespondentsNotesInTheItemsReport() throws {
        let framework = try LoaderCheck.loadedFramework()
        let response = try Fixtures.response(
            """
            framework: demo
            respondent: "＝HYPERLINK(\\"http://x\\")"
            answers:
              commissie: {value: ja, note: " =cmd|' /C calc'!A0"}
              ouders: {value: hoog, note: "\\t@SUM(1)"}
            """, for: framework)
        let result = Engine(framework: framework).evaluate(response)
        var options = RenderOptions(language: .en)
        options.rows = .items
        let csv = CSVRenderer().render(result, framework: framework, options: options)
        XCTAssertTrue(csv.contains("\"'＝HYPERLINK(\"\"http://x\"\")\",,visie,commissie"), csv)
        XCTAssertTrue(csv.contains(",' =cmd|' /C calc'!A0,"), csv)
        XCTAssertTrue(csv.contains(",'\t@SUM(1),"), csv)
    }
}
