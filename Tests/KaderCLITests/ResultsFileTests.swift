import Foundation
import KaderTestSupport
import XCTest

/// `kader aggregate --results FILE`: compact JSON lines by default, the full result on request,
/// a wide table for a `.csv` name (docs/result.md).
final class ResultsFileTests: TemporaryDirectoryTestCase {
    let examples = Fixtures.root + "/Examples/moskeeonderwijs"

    /// The lines of a JSON lines file, parsed.
    func jsonLines(_ name: String) throws -> [[String: Any]] {
        try file(name).split(separator: "\n").map { line in
            try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], String(line))
        }
    }

    func testAnAnalystGetsAHeaderThenACompactLinePerRespondent() throws {
        let run = try CommandRunner.run(["aggregate", examples, "--results", directory + "/alle.jsonl"])
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = try jsonLines("alle.jsonl")
        let files = Fixtures.exampleFiles(for: "moskeeonderwijs")
        XCTAssertEqual(lines.count, 1 + files.count)
        let header = try XCTUnwrap(lines.first)
        XCTAssertEqual(header["kader_results"] as? Int, 1)
        XCTAssertEqual(header["form"] as? String, "compact")
        let framework = try XCTUnwrap(header["framework"] as? [String: Any])
        XCTAssertEqual(framework["id"] as? String, "moskeeonderwijs")
        let sum = try CommandRunner.shell("sha256sum Frameworks/moskeeonderwijs.yaml")
        XCTAssertEqual(framework["sha256"] as? String, sum.stdout.split(separator: " ").first.map(String.init), "the hash sha256sum prints")
        for line in lines.dropFirst() {
            XCTAssertEqual(line["framework"] as? String, "moskeeonderwijs")
            let domains = try XCTUnwrap(line["domains"] as? [String: Any])
            XCTAssertEqual(domains.count, 8, "a score, level, grade and completeness per domain")
            XCTAssertNotNil((line["overall"] as? [String: Any])?["completeness"] as? Double)
            XCTAssertNotNil(line["advice"] as? [String])
        }
        XCTAssertEqual(
            lines.dropFirst().compactMap { $0["file"] as? String }.map { ($0 as NSString).lastPathComponent },
            files.map { ($0 as NSString).lastPathComponent }, "in the order of the files")
        XCTAssertLessThan(file("alle.jsonl").utf8.count, 2_500 * files.count, "no framework texts: about 1-2 KB a line")
    }

    func testTheFullFormIsTheResultScanPrints() throws {
        let example = examples + "/as-sabr-begrensd.yaml"
        let run = try CommandRunner.run([
            "aggregate", example, "--results", directory + "/vol.jsonl", "--results-form", "full",
            "--lang", "en"
        ])
        XCTAssertEqual(run.status, 0, run.stderr)
        let scan = try CommandRunner.run(["scan", example, "--format", "json", "--lang", "en"])
        let expected = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(scan.stdout.utf8)) as? NSDictionary)
        XCTAssertEqual(try jsonLines("vol.jsonl").map { $0 as NSDictionary }, [expected], "no header, the full result on one line")
    }

    func testOptionsThatDoNotFitTheResultsFileAreRefused() throws {
        for arguments in [
            ["--results", "a.jsonl", "--items"], ["--results", "a.csv", "--results-form", "full"], ["--bom"],
            ["--results", "a.jsonl", "--results-form", "kort"]
        ] {
            let run = try CommandRunner.run(["aggregate", examples] + arguments, directory: directory)
            XCTAssertEqual(run.status, 2, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("--"), run.stderr)
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [], "nothing written")
        }
    }

    func testTheTableHasARowPerRespondentWithTheCompactLinesFigures() throws {
        XCTAssertEqual(try CommandRunner.run(["aggregate", examples, "--results", directory + "/alle.jsonl"]).status, 0)
        let run = try CommandRunner.run([
            "aggregate", examples, "--results", directory + "/alle.csv", "--delimiter", ";", "--bom",
            "--items"
        ])
        XCTAssertEqual(run.status, 0, run.stderr)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/alle.csv")))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "a byte-order mark for Excel")
        let rows = String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").dropLast()
        let lines = try jsonLines("alle.jsonl").dropFirst()
        XCTAssertEqual(rows.count, 1 + lines.count)
        let names = rows[0].split(separator: ";").map(String.init)
        XCTAssertEqual(names.prefix(6), ["file", "respondent", "organisation", "date", "framework", "version"])
        XCTAssertTrue(names.contains("domain.visie.score") && names.contains("item.geen_straf"), rows[0])
        for (row, line) in zip(rows.dropFirst(), lines) {
            let cells = CSVCells.split(row, delimiter: ";")
            XCTAssertEqual(cells.count, names.count, row)
            let score = (line["overall"] as? [String: Any])?["score"] as? Double
            let cell = cells[names.firstIndex(of: "overall.score") ?? 0]
            XCTAssertEqual(Double(cell.replacingOccurrences(of: ",", with: ".")), score, "decimal comma: \(cell)")
        }
    }
}
