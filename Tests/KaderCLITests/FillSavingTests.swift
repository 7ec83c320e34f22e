import Foundation
import KaderTestSupport
import XCTest

/// "Bewaard" means saved: `kader fill` says an answer, note or evidence is saved only once the
/// write has returned; a save that cannot be made (a full disk, a file-size limit) ends with a
/// message and the answers on screen, not a silent kill; what a killed save left behind is
/// cleaned up on the next start; and Ctrl-C during a piped fill always exits 130.
final class FillSavingTests: TemporaryDirectoryTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        try write(Fixtures.yesNoFramework(id: "kort"), to: "kort.yaml")
    }

    func testANoteThatCannotBeSavedIsNeverCalledSaved() throws {
        // The first save (a few hundred bytes) fits under the limit; the long note does not.
        let note = String(repeating: "De commissie vergadert elke maand. ", count: 400)
        let output = try CommandRunner.shell(
            "ulimit -f 4; printf 'ja\\no: \(note)\\n' | "
                + "\"$KADER\" fill kort.yaml --output antwoord.yaml --respondent X",
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
        try write("framework: kort\nanswers:\n  plan: ja\n", to: "antwoord.yaml")
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let stale = ".antwoord.yaml.\(finished.processIdentifier).tmp"
        let running = ".antwoord.yaml.\(getpid()).tmp"
        for name in [stale, running] { try write("half", to: name) }
        let output = try CommandRunner.run(
            ["fill", "kort.yaml", "--resume", "antwoord.yaml"], input: "q\n", directory: directory,
            timeLimit: 20)
        XCTAssertEqual(output.status, 0, output.stderr)
        let left = try FileManager.default.contentsOfDirectory(atPath: directory)
        XCTAssertFalse(left.contains(stale), "left by a process that is gone: removed")
        XCTAssertTrue(left.contains(running), "a save of a process still running is not touched")
    }

    func testCtrlCDuringAPipedFillAlwaysExits130() throws {
        // Ctrl-C stops the program feeding the pipe too: the signal and the end of input come
        // together. The signal must win every time, with the answers saved.
        for round in 1...5 {
            let arguments = ["fill", "kort.yaml", "--output", "ronde\(round).yaml", "--respondent", "X"]
            let running = try RunningCommand(arguments, directory: directory)
            running.type("ja\n")
            running.wait { file("ronde\(round).yaml").contains("plan: ja") }
            running.signal(SIGINT)
            running.closeInput()
            let stderr = running.finish()
            let process = running.process
            XCTAssertEqual(process.terminationReason, .exit, "round \(round)")
            XCTAssertEqual(process.terminationStatus, 130, "round \(round): \(stderr)")
            XCTAssertTrue(stderr.contains("Gestopt. Alle gegeven antwoorden zijn bewaard in ronde\(round).yaml."), stderr)
            XCTAssertTrue(file("ronde\(round).yaml").contains("plan: ja"))
        }
    }
}
