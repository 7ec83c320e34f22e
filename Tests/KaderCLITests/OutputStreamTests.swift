import Foundation
import KaderTestSupport
import XCTest

/// Output that cannot be written: a full disk behind standard output (`> /dev/full`), a closed
/// standard output or error (`>&-`, `2>&-`), a pipe whose reader went away, a report or results
/// file on a disk that fills up. Every command ends with exit code 2 and, where one can still be
/// written, a message, never a trap or death by SIGPIPE; an existing file is left as it was.
final class OutputStreamTests: TemporaryDirectoryTestCase {
    let example = Fixtures.root + "/Examples/moskeeonderwijs/al-amal-startend.yaml"
    let frameworks = Fixtures.root + "/Frameworks"
    let csv = Fixtures.root + "/Tests/KaderTests/Fixtures/csv/"

    /// One command of each kind that writes to standard output, with what it needs.
    var commands: [String] {
        let compared = ["2025", "2026"].map { Fixtures.root + "/Examples/jeugdhulp_azc/waterland_oost_\($0).yaml" }.joined(separator: " ")
        return [
            "scan \(example)", "scan \(example) --format html", "explain \(example)", "compare \(compared)",
            "aggregate \(Fixtures.root)/Examples/moskeeonderwijs", "list", "show moskeeonderwijs", "test moskeeonderwijs",
            "template moskeeonderwijs", "export moskeeonderwijs --as form", "schema framework", "plugins", "--help",
            "fill moskeeonderwijs --output \(directory!)/ingevuld-\(UUID().uuidString).yaml --respondent X < /dev/null",
            "import csv \(csv)codes_jeugdhulp.csv --framework jeugdhulp_azc --map \(csv)koppeling_jeugdhulp.yaml"
        ]
    }

    func testAFullStandardOutputEndsEveryCommandWithAMessageAndExitTwo() throws {
        try assertEveryCommandFails(redirecting: "> /dev/full", saying: "kan de standaarduitvoer niet schrijven: No space left on device")
    }

    func testAClosedStandardOutputEndsEveryCommandWithAMessageAndExitTwo() throws {
        try assertEveryCommandFails(redirecting: "--lang en >&-", saying: "standard output is closed")
    }

    func assertEveryCommandFails(redirecting redirection: String, saying message: String, line: UInt = #line) throws {
        for command in commands {
            let output = try CommandRunner.shell("\"$KADER\" \(command) --frameworks \(frameworks) \(redirection)")
            XCTAssertFalse(output.signalled, "\(command): \(output.stderr)", line: line)
            XCTAssertEqual(output.status, 2, "\(command): \(output.stderr)", line: line)
            XCTAssertTrue(output.stderr.contains(message), "\(command): \(output.stderr)", line: line)
        }
    }

    func testAPipeWhoseReaderWentAwayEndsQuietlyWithExitTwo() throws {
        for command in ["scan", "explain", "show"] {
            let pipe = Pipe()
            try pipe.fileHandleForReading.close()
            let target = command == "show" ? "moskeeonderwijs" : example
            let output = try CommandRunner.run([command, target, "--frameworks", frameworks], standardOutput: pipe.fileHandleForWriting)
            XCTAssertFalse(output.signalled, "\(command): killed by a signal")
            XCTAssertEqual(output.status, 2, "\(command): \(output.stderr)")
            XCTAssertEqual(output.stderr, "", "a reader that went away wants no message")
        }
    }

    func testAClosedOrFullStandardErrorEndsWithExitTwo() throws {
        // validate and lint write their verdict to standard error; with nowhere to write it, they fail.
        for command in ["validate \(example)", "lint moskeeonderwijs"] {
            for redirection in ["2>&-", "2>/dev/full"] {
                let output = try CommandRunner.shell("\"$KADER\" \(command) \(redirection)")
                XCTAssertFalse(output.signalled, command + redirection)
                XCTAssertEqual(output.status, 2, command + redirection)
            }
        }
        // A closed standard error is not taken over by a file Kader opens: the report stays clean.
        let written = try CommandRunner.shell("\"$KADER\" scan \(example) --output rapport.txt 2>&-", directory: directory)
        XCTAssertEqual(written.status, 2)
        let report = try String(contentsOfFile: directory + "/rapport.txt", encoding: .utf8)
        XCTAssertFalse(report.contains("geschreven:"), report)
        XCTAssertTrue(report.hasPrefix("Pedagogisch kwaliteitskader"), report)
    }

    func testAReportOnAFullDiskLeavesTheExistingFileIntact() throws {
        try write("het vorige rapport\n", to: "rapport.html")
        // A file-size limit of 8 KiB stands in for a disk that fills up halfway the report.
        let output = try CommandRunner.shell(
            "ulimit -f 2; \"$KADER\" scan \(example) --format html --output rapport.html --force",
            directory: directory)
        XCTAssertFalse(output.signalled, "killed by SIGXFSZ: \(output.stderr)")
        XCTAssertEqual(output.status, 2, output.stderr)
        XCTAssertTrue(output.stderr.contains("kan rapport.html niet schrijven: File too large"), output.stderr)
        XCTAssertTrue(output.stderr.contains("een bestaand bestand is niet veranderd"), output.stderr)
        XCTAssertEqual(try String(contentsOfFile: directory + "/rapport.html", encoding: .utf8), "het vorige rapport\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["rapport.html"], "no temporary file left")
    }

    func testResultsOnAFullDiskLeaveTheExistingFileIntact() throws {
        try write("{\"oud\": true}\n", to: "alle.jsonl")
        let examples = Fixtures.root + "/Examples/moskeeonderwijs"
        let output = try CommandRunner.shell(
            "ulimit -f 8; \"$KADER\" aggregate \(examples) --results alle.jsonl --force --lang en",
            directory: directory)
        XCTAssertFalse(output.signalled, output.stderr)
        XCTAssertEqual(output.status, 2, output.stderr)
        XCTAssertTrue(output.stderr.contains("cannot write alle.jsonl: File too large"), output.stderr)
        XCTAssertEqual(try String(contentsOfFile: directory + "/alle.jsonl", encoding: .utf8), "{\"oud\": true}\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), ["alle.jsonl"], "no temporary file left")
    }
}
