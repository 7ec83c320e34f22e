import Foundation
import KaderTestSupport
import XCTest

/// Kader as a hostile user tries it: every subcommand against every input of ``HostileCorpus``,
/// each run with a time limit. Whatever the input, no run ends by a signal or hangs, nothing it
/// prints holds a raw control character or direction override, no JSON holds NaN or Infinity,
/// and a command that reads a bad file fails with a message. One test per class of attack.
final class HostileCorpusTests: TemporaryDirectoryTestCase {
    /// A run that takes longer than this is a hang (the slowest case takes a few seconds in a
    /// debug build on a busy machine).
    let timeLimit: TimeInterval = 60

    func testNumbersThatAreNotFinite() throws { try runCorpus(.numbers) }
    func testTerminalControlSequences() throws { try runCorpus(.terminal) }
    func testFormulasInCSV() throws { try runCorpus(.formulas) }
    func testAmplificationByAliases() throws { try runCorpus(.amplification) }
    func testBrokenStructure() throws { try runCorpus(.structure) }
    func testGapsInChecking() throws { try runCorpus(.checking) }
    func testFrameworksNamedByPath() throws { try runCorpus(.frameworkPaths) }
    func testSurveyExportsAtScale() throws { try runCorpus(.exports) }

    func testSpecialFilesAsInput() throws {
        // A FIFO nobody writes to, as the framework and as the response: refused, never waited on.
        let fifo = directory + "/pijp.yaml"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        try HostileCorpus.write(try XCTUnwrap(HostileCorpus.cases().first { $0.kind == .terminal }), to: directory + "/case")
        for arguments in [
            ["validate", fifo], ["show", fifo], ["scan", fifo, "--framework", directory + "/case/kader.yaml"],
            ["import", "csv", fifo, "--framework", directory + "/case/kader.yaml"]
        ] {
            let run = try CommandRunner.run(arguments, directory: directory, timeLimit: 20)
            assertSafe(run, label: arguments.joined(separator: " "), mustFail: true, isJSON: false)
        }
        // Asked to write over a device with --force: written through, the device left a device.
        let scan = ["scan", "case/antwoorden/antwoord.yaml", "--framework", "case/kader.yaml", "--output", "/dev/null", "--force"]
        let run = try CommandRunner.run(scan, directory: directory, timeLimit: 20)
        assertSafe(run, label: scan.joined(separator: " "), mustFail: false, isJSON: false)
        XCTAssertEqual(run.status, 0, run.stderr)
        let kind = try FileManager.default.attributesOfItem(atPath: "/dev/null")[.type] as? FileAttributeType
        XCTAssertEqual(kind, .typeCharacterSpecial)
    }

    /// Runs every command against every case of `kind`, two cases at a time.
    func runCorpus(_ kind: HostileCorpus.Kind, file: StaticString = #filePath, line: UInt = #line) throws {
        let cases = HostileCorpus.cases().filter { $0.kind == kind }
        XCTAssertFalse(cases.isEmpty)
        let failures = Failures()
        let (directory, timeLimit) = (directory!, timeLimit)
        DispatchQueue.concurrentPerform(iterations: cases.count) { index in
            let item = cases[index]
            let place = directory + "/case\(index)"
            do {
                try HostileCorpus.write(item, to: place)
                for command in HostileCorpus.commands {
                    let run = try CommandRunner.run(command.arguments, input: command.input, directory: place, timeLimit: timeLimit)
                    let label = "[\(item.name)] kader \(command.arguments.joined(separator: " "))"
                    failures.add(
                        Self.problems(
                            run, label: label, mustFail: !item.bad.intersection(command.reads).isEmpty,
                            isJSON: command.isJSON, timeLimit: timeLimit))
                }
            } catch {
                failures.add(["[\(item.name)] \(error)"])
            }
        }
        for problem in failures.all { XCTFail(problem, file: file, line: line) }
    }

    func assertSafe(
        _ run: CommandRunner.Output, label: String, mustFail: Bool, isJSON: Bool, file: StaticString = #filePath, line: UInt = #line
    ) {
        for problem in Self.problems(run, label: label, mustFail: mustFail, isJSON: isJSON, timeLimit: 20) {
            XCTFail(problem, file: file, line: line)
        }
    }

    /// What is wrong with one run, if anything.
    static func problems(_ run: CommandRunner.Output, label: String, mustFail: Bool, isJSON: Bool, timeLimit: TimeInterval) -> [String] {
        var found: [String] = []
        if run.timedOut { return ["\(label): still running after \(Int(timeLimit)) s"] }
        if run.signalled { return ["\(label): ended by signal \(run.status)\n\(run.stderr.suffix(2_000))"] }
        if ![0, 1, 2].contains(run.status) { found.append("\(label): exit code \(run.status)") }
        if run.stderr.contains("Fatal error") || run.stderr.contains("Backtrace") {
            found.append("\(label): a backtrace\n\(run.stderr.suffix(2_000))")
        }
        for (stream, text) in [("standard output", run.stdout), ("standard error", run.stderr)] {
            if let raw = Self.firstRawControl(in: text) {
                found.append(
                    "\(label): \(stream) holds U+\(String(raw.value, radix: 16, uppercase: true)): \(text.prefix(300).debugDescription)")
            }
        }
        if mustFail {
            if run.status == 0 { found.append("\(label): a bad input was accepted") }
            if run.stderr.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { found.append("\(label): failed without a message") }
        }
        if isJSON, run.status == 0 {
            if (try? JSONSerialization.jsonObject(with: Data(run.stdout.utf8))) == nil { found.append("\(label): not JSON") }
            if run.stdout.range(of: #"[:\[,]\s*-?(nan|inf|NaN|Infinity)"#, options: .regularExpression) != nil {
                found.append("\(label): NaN or Infinity in JSON")
            }
        }
        return found
    }

    /// The first character in `text` a terminal would act on: a C0 control other than newline,
    /// tab and the carriage return of a CSV's CRLF line end, DEL, a C1 control, or a direction
    /// embedding, override or isolate.
    static func firstRawControl(in text: String) -> Unicode.Scalar? {
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x0A, 0x09: continue
            case 0x0D where index + 1 < scalars.count && scalars[index + 1] == "\n": continue
            case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return scalar
            default: continue
            }
        }
        return nil
    }
}

/// Problems found by runs on several threads.
private final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [String] = []
    func add(_ problems: [String]) {
        lock.lock()
        found += problems
        lock.unlock()
    }
    var all: [String] {
        lock.lock()
        defer { lock.unlock() }
        return found
    }
}
