import Foundation
import KaderTestSupport
import XCTest

/// "Bewaard" means saved: `kader fill` says an answer, note or evidence is saved only once the
/// write has returned; a save that cannot be made (a full disk, a file-size limit) ends with a
/// message and the answers on screen, not a silent kill; what a killed save left behind is
/// cleaned up on the next start; and Ctrl-C during a piped fill always exits 130.
final class FillSavingTests: XCTestCase {
    let framework = """
    id: kort
    version: "1.0"
    title: {nl: Kort, en: Short}
    scales:
      - id: mate
        options:
          - {id: nee, value: 0, label: {nl: Nee, en: No}}
          - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
    domains:
      - id: basis
        title: {nl: Basis, en: Basics}
        questions:
          - {id: plan, scale: mate, text: {nl: Er is een plan., en: There is a plan.}}
          - {id: team, scale: mate, text: {nl: Er is een team., en: There is a team.}}
    """

    var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "kader-saving-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try framework.write(toFile: directory + "/kort.yaml", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: directory) }

    func file(_ name: String) -> String { (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? "" }

    func testANoteThatCannotBeSavedIsNeverCalledSaved() throws {
        // The first save (a few hundred bytes) fits under the limit; the long note does not.
        let note = String(repeating: "De commissie vergadert elke maand. ", count: 400)
        let output = try CommandRunner.shell("ulimit -f 4; printf 'ja\\no: \(note)\\n' | \"$KADER\" fill kort.yaml --output antwoord.yaml --respondent X",
                                             directory: directory, timeLimit: 20)
        XCTAssertFalse(output.signalled, "killed by SIGXFSZ: \(output.stderr)")
        XCTAssertEqual(output.status, 2, output.stderr)
        XCTAssertTrue(output.stdout.contains("→ Ja"), output.stdout)
        XCTAssertFalse(output.stdout.contains("Toelichting bewaard."), "said to be saved while the write failed: \(output.stdout)")
        XCTAssertTrue(output.stderr.contains("kan antwoord.yaml niet schrijven: File too large"), output.stderr)
        XCTAssertTrue(output.stderr.contains("de antwoorden staan hierboven"), output.stderr)
        XCTAssertTrue(output.stdout.contains("note: \"De commissie vergadert"), "the answers are printed so nothing typed is lost")
        XCTAssertTrue(file("antwoord.yaml").contains("plan: ja"), "the last good save is kept: \(file("antwoord.yaml"))")
        XCTAssertFalse(try FileManager.default.contentsOfDirectory(atPath: directory).contains { $0.hasSuffix(".tmp") })
    }

    func testWhatAKilledSaveLeftIsRemovedOnTheNextStart() throws {
        try "framework: kort\nanswers:\n  plan: ja\n".write(toFile: directory + "/antwoord.yaml", atomically: true, encoding: .utf8)
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let stale = ".antwoord.yaml.\(finished.processIdentifier).tmp"
        let running = ".antwoord.yaml.\(getpid()).tmp"
        for name in [stale, running] { try "half".write(toFile: directory + "/" + name, atomically: false, encoding: .utf8) }
        let output = try CommandRunner.run(["fill", "kort.yaml", "--resume", "antwoord.yaml"], input: "q\n", directory: directory, timeLimit: 20)
        XCTAssertEqual(output.status, 0, output.stderr)
        let left = try FileManager.default.contentsOfDirectory(atPath: directory)
        XCTAssertFalse(left.contains(stale), "left by a process that is gone: removed")
        XCTAssertTrue(left.contains(running), "a save of a process still running is not touched")
    }

    func testCtrlCDuringAPipedFillAlwaysExits130() throws {
        // Ctrl-C stops the program feeding the pipe too: the signal and the end of input come
        // together. The signal must win every time, with the answers saved.
        for round in 1...5 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CommandRunner.executable)
            process.arguments = ["fill", "kort.yaml", "--output", "ronde\(round).yaml", "--respondent", "X"]
            process.currentDirectoryURL = URL(fileURLWithPath: directory)
            let input = Pipe()
            let errors = Pipe()
            process.standardInput = input
            process.standardOutput = FileHandle.nullDevice
            process.standardError = errors
            try process.run()
            input.fileHandleForWriting.write(Data("ja\n".utf8))
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline, !file("ronde\(round).yaml").contains("plan: ja") { Thread.sleep(forTimeInterval: 0.02) }
            kill(process.processIdentifier, SIGINT)
            try input.fileHandleForWriting.close()
            process.waitUntilExit()
            let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            XCTAssertEqual(process.terminationReason, .exit, "round \(round)")
            XCTAssertEqual(process.terminationStatus, 130, "round \(round): \(stderr)")
            XCTAssertTrue(stderr.contains("Gestopt. Alle gegeven antwoorden zijn bewaard in ronde\(round).yaml."), stderr)
            XCTAssertTrue(file("ronde\(round).yaml").contains("plan: ja"))
        }
    }
}
