import Foundation
import Kader
import KaderImport
import KaderTestSupport
import XCTest

/// A survey export from anyone: a header of 100,000 columns, millions of tiny rows, or an
/// unclosed quote that makes the rest of the file one cell. Each is refused at once with its
/// place and a fix, and an export within the limits is read in one pass over its columns, with
/// its unmatched columns as warnings however many there are. The files are generated here.
final class CSVImportLimitsTests: XCTestCase {
    var framework: Framework!

    override func setUpWithError() throws {
        framework = try LoaderCheck.loadedFramework()
    }

    func read(_ csv: String) -> SurveyImport.Outcome {
        SurveyImport.read(csv: Array(csv.utf8), name: "export.csv", framework: framework)
    }

    func testAHeaderOfAHundredThousandColumnsIsRefused() {
        let header = (["kinderen", "commissie"] + (0..<100_000).map { "extra\($0)" }).joined(separator: ",")
        let outcome = read(header + "\n3,ja\n")
        XCTAssertTrue(outcome.responses.isEmpty)
        LoaderCheck.assert(
            outcome.diagnostics, has: "csv-too-many-columns", line: 1, column: 1, message: "100002 columns; the limit is 10000")
    }

    func testARowOfMillionsOfDelimitersIsRefusedAtItsRow() {
        let outcome = read("kinderen;commissie\n3;ja\n" + String(repeating: ";", count: 2_000_000) + "\n")
        LoaderCheck.assert(outcome.diagnostics, has: "csv-too-many-columns", line: 3, column: 1, message: "row 3 of export.csv")
    }

    func testMoreRowsThanAnySurveyAreRefused() {
        let outcome = read("kinderen\n" + String(repeating: "1\n", count: CSVTable.maxRows + 1))
        XCTAssertTrue(outcome.responses.isEmpty)
        LoaderCheck.assert(
            outcome.diagnostics, has: "csv-too-many-rows", line: CSVTable.maxRows + 2, column: 1, message: "more than 100000 rows")
    }

    func testAnUnclosedQuoteThatSwallowsTheFileIsRefusedAtItsCell() {
        let outcome = read("kinderen,commissie\n3,\"ja\n" + String(repeating: "4,nee\n", count: 60_000))
        let found = LoaderCheck.assert(outcome.diagnostics, has: "csv-cell-too-long", line: 2, column: 2, message: "longer than 256 KiB")
        XCTAssertEqual(found?.fix?.en, "check the quotes: an unclosed \" makes the rest of the file one cell")
    }

    func testManyUnmatchedColumnsAreWarningsAndTheAnswersAreImported() {
        // 9,998 columns nobody maps: far more warnings than are kept, none of them an error.
        let header = (["kinderen", "commissie"] + (0..<9_998).map { "extra\($0)" }).joined(separator: ",")
        let row = (["3", "ja"] + Array(repeating: "x", count: 9_998)).joined(separator: ",")
        let outcome = read(header + "\n" + row + "\n")
        XCTAssertFalse(outcome.diagnostics.hasErrors, outcome.diagnostics.errors.map(\.message.en).joined(separator: "\n"))
        XCTAssertEqual(outcome.diagnostics.droppedWarnings, 9_998 + 1 - outcome.diagnostics.warnings.count)
        XCTAssertEqual(outcome.responses.first?.answers["kinderen"]?.value, .number(3))
        XCTAssertEqual(DiagnosticFormatter(language: .en).summary(outcome.diagnostics), "0 errors, 9999 warnings")
    }

    func testColumnsAreMatchedByTextAndByIdInAnyCaseAsBefore() {
        let outcome = read("Er is een commissie,KINDEREN,Ouders doen mee?\nja,4,hoog\n")
        XCTAssertEqual(outcome.columns.map(\.kind), [.text, .id, .text])
        XCTAssertEqual(outcome.responses.first?.answers["commissie"]?.value, .option("ja"))
        XCTAssertEqual(outcome.responses.first?.answers["kinderen"]?.value, .number(4))
        XCTAssertEqual(outcome.responses.first?.answers["ouders"]?.value, .option("hoog"))
    }
}
