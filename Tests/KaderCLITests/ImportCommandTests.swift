import Foundation
import KaderTestSupport
import XCTest

/// `kader import csv` as a municipality uses it: a survey export in, one response file per row
/// out, every column and answer that is not imported reported with its row and column, and no
/// file overwritten unless asked.
final class ImportCommandTests: XCTestCase {
    let csv = Fixtures.root + "/Tests/KaderTests/Fixtures/csv/"
    var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "kader-import-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: directory) }

    func kader(_ arguments: [String]) throws -> CommandRunner.Output {
        let output = try CommandRunner.run(arguments + ["--frameworks", Fixtures.root + "/Frameworks"], directory: directory)
        XCTAssertFalse(output.stderr.contains("Fatal error") || output.stderr.contains("Backtrace"), output.stderr)
        return output
    }

    func testAMunicipalityImportsItsSurveyAndScansTheResult() throws {
        let output = try kader([
            "import", "csv", csv + "codes_jeugdhulp.csv", "--framework", "jeugdhulp_azc", "--map", csv + "koppeling_jeugdhulp.yaml",
            "--output-dir", "antwoorden"
        ])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertEqual(output.stdout, "antwoorden/gemeente-waterland.yaml\nantwoorden/gemeente-hoogdijk.yaml\n")
        XCTAssertTrue(output.stderr.contains("2 antwoordbestanden geschreven naar antwoorden"), output.stderr)
        let waterland = try String(contentsOfFile: directory + "/antwoorden/gemeente-waterland.yaml", encoding: .utf8)
        XCTAssertTrue(
            waterland.hasPrefix("# Geïmporteerd uit codes_jeugdhulp.csv, rij 2, met kader import csv\nframework: jeugdhulp_azc\n"),
            waterland)
        XCTAssertTrue(waterland.contains("  wethouder:\n    value: volledig\n    note: \"Sinds januari.\"\n"), waterland)
        let scan = try kader(["scan", "antwoorden/gemeente-waterland.yaml"])
        XCTAssertEqual(scan.status, 0, scan.stderr)
        XCTAssertTrue(scan.stdout.contains("Gemeente Waterland · 2026-03-14"), scan.stdout)

        // A second import does not overwrite, unless --force.
        let again = try kader([
            "import", "csv", csv + "codes_jeugdhulp.csv", "--framework", "jeugdhulp_azc", "--map", csv + "koppeling_jeugdhulp.yaml",
            "--output-dir", "antwoorden", "--lang", "en"
        ])
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(
            again.stderr.contains("2 file(s) exist already, such as antwoorden/gemeente-waterland.yaml; nothing written"), again.stderr)
        let forced = try kader([
            "import", "csv", csv + "codes_jeugdhulp.csv", "--framework", "jeugdhulp_azc", "--map", csv + "koppeling_jeugdhulp.yaml",
            "--output-dir", "antwoorden", "--force"
        ])
        XCTAssertEqual(forced.status, 0, forced.stderr)
    }

    func testEveryProblemIsReportedWithRowAndColumn() throws {
        let output = try kader(["import", "csv", csv + "googleforms_jeugdhulp.csv", "--framework", "jeugdhulp_azc", "--lang", "en"])
        XCTAssertEqual(output.status, 0, "warnings only: \(output.stderr)")
        let name = csv + "googleforms_jeugdhulp.csv"
        XCTAssertTrue(
            output.stderr.contains(
                "\(name):1:5: warning: column E "
                    + "('Een beleidsmedewerker heeft de jeugdhulp aan kinderen op de locatie als vast taak.') "
                    + "matches no question; not imported"
            ), output.stderr)
        XCTAssertTrue(
            output.stderr.contains(
                "\(name):2:6: warning: row 2, column F "
                    + "('Het jeugdbeleid noemt kinderen in de asielopvang uitdrukkelijk als doelgroep.'): "
                    + "'Soms' is not an answer to question 'beleid_noemt_kinderen'; kept as a note"
            ), output.stderr)
        XCTAssertTrue(output.stderr.contains("\(name):3:1: warning: row 3 has 8 fields, the header 9"), output.stderr)
        XCTAssertTrue(
            output.stderr.contains("2 responses; 5 columns matched to questions, 1 not matched; 0 errors, 5 warnings"), output.stderr)
        XCTAssertTrue(output.stderr.contains("Check done; write the files with --output-dir DIR."), output.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [], "a check writes nothing")

        let strict = try kader([
            "import", "csv", csv + "googleforms_jeugdhulp.csv", "--framework", "jeugdhulp_azc", "--strict", "--output-dir", "uit"
        ])
        XCTAssertEqual(strict.status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/uit"), "--strict with warnings writes nothing")
    }

    func testAMappingWithMistakesStopsWithTheirPlaces() throws {
        try "columns:\n  Q1: wethoudr\n".write(toFile: directory + "/koppeling.yaml", atomically: true, encoding: .utf8)
        let output = try kader([
            "import", "csv", csv + "codes_jeugdhulp.csv", "--framework", "jeugdhulp_azc", "--map", "koppeling.yaml", "--output-dir", "uit",
            "--lang", "en"
        ])
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(
            output.stderr.contains("koppeling.yaml:2:7: error: framework 'jeugdhulp_azc' has no question 'wethoudr'"), output.stderr)
        XCTAssertTrue(output.stderr.contains("= fix: did you mean 'wethouder'?"), output.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory + "/uit"))
        let missing = try kader(["import", "csv", "weg.csv", "--framework", "jeugdhulp_azc"])
        XCTAssertEqual(missing.status, 2)
    }
}
