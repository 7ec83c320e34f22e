import Foundation
import KaderTestSupport
import XCTest

/// Options that are not what they say are refused with a clear message and exit code 2 before
/// anything is written: a date that is not in the calendar, a threshold that is not a number
/// from 0 to 100, no threads to score with.
final class OptionCheckTests: XCTestCase {
    func kader(_ arguments: [String]) throws -> CommandRunner.Output {
        let directory = NSTemporaryDirectory() + "kader-options-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = try CommandRunner.run(
            arguments + ["--frameworks", Fixtures.root + "/Frameworks"], input: "q\n", directory: directory,
            timeLimit: 20)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [], "\(arguments) wrote something")
        return output
    }

    func testDatesMustBeRealDates() throws {
        for date in ["2026-02-30", "2026-13-01", "14-03-2026", "morgen", "2025-02-29"] {
            for command in [
                ["fill", "moskeeonderwijs", "--output", "a.yaml", "--respondent", "X"],
                ["template", "moskeeonderwijs", "--output", "a.yaml"]
            ] {
                let output = try kader(command + ["--date", date])
                XCTAssertEqual(output.status, 2, "\(command) \(date): \(output.stderr)")
                let expected = "--date must be a real date written YYYY-MM-DD (like 2026-03-14), not '\(date)'"
                XCTAssertTrue(output.stderr.contains(expected), output.stderr)
            }
        }
        let leapDay = try kader(["template", "moskeeonderwijs", "--date", "2024-02-29"])
        XCTAssertEqual(leapDay.status, 0, leapDay.stderr)
        XCTAssertTrue(leapDay.stdout.contains("date: 2024-02-29"), leapDay.stdout)
    }

    func testTheThresholdIsANumberFromZeroToHundred() throws {
        let examples = Fixtures.root + "/Examples/moskeeonderwijs"
        for threshold in ["nan", "inf", "-1", "101"] {
            let output = try kader(["aggregate", examples, "--threshold=" + threshold, "--results", "alle.jsonl"])
            XCTAssertEqual(output.status, 2, "\(threshold): \(output.stderr)")
            XCTAssertTrue(output.stderr.contains("--threshold must be a number from 0 to 100"), output.stderr)
        }
    }

    func testThereIsAtLeastOneThreadToScoreWith() throws {
        for jobs in ["0", "-3"] {
            let output = try kader(["aggregate", Fixtures.root + "/Examples/moskeeonderwijs", "--jobs=" + jobs, "--results", "alle.jsonl"])
            XCTAssertEqual(output.status, 2, "\(jobs): \(output.stderr)")
            XCTAssertTrue(output.stderr.contains("--jobs must be 1 or more, not \(jobs)"), output.stderr)
        }
    }
}
