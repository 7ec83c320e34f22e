import Foundation
import KaderTestSupport
import XCTest

/// `kader fill` as a board uses it, driven through a pipe: answers are saved after every line,
/// an existing file is never overwritten unless asked, and a killed or interrupted process
/// loses nothing that was already answered.
final class FillCommandTests: XCTestCase {
    let framework = """
        id: avond
        version: "1.0"
        title: {nl: Avondschool, en: Evening school}
        scales:
          - id: mate
            options:
              - {id: nog_niet, value: 0, label: {nl: Nog niet, en: Not yet}}
              - {id: deels, value: 1, label: {nl: Deels, en: Partly}}
              - {id: volledig, value: 2, label: {nl: Volledig, en: Fully}}
              - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
              - {id: nvt, role: not_applicable, label: {nl: N.v.t., en: N/a}}
        domains:
          - id: basis
            title: {nl: Basis, en: Basics}
            questions:
              - {id: plan, scale: mate, text: {nl: Er is een plan., en: There is a plan.}}
              - {id: eerste_keer, type: yesno, scored: false, text: {nl: Is dit de eerste keer?, en: Is this the first time?}}
              - {id: opvolging, scale: mate, relevant: "not eerste_keer", \
        text: {nl: De vorige punten zijn opgepakt., en: The previous points were taken up.}}
          - id: ouders
            title: {nl: Ouders, en: Parents}
            questions:
              - {id: ouderavond, scale: mate, text: {nl: Er is een ouderavond., en: There is a parents' evening.}}
              - {id: team, scale: mate, text: {nl: Er is een team., en: There is a team.}}
        """

    var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "kader-fill-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try framework.write(toFile: directory + "/avond.yaml", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: directory) }

    func kader(_ arguments: [String], input: String? = nil) throws -> CommandRunner.Output {
        let output = try CommandRunner.run(arguments, input: input, directory: directory)
        XCTAssertFalse(output.stderr.contains("Fatal error") || output.stderr.contains("Backtrace"), output.stderr)
        return output
    }

    func file(_ name: String) -> String { (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? "" }

    func testABoardFillsInTheScanThroughAPipe() throws {
        let output = try kader(
            ["fill", "avond.yaml", "--output", "antwoorden/al-amal.yaml", "--date", "2026-03-14"],
            input: "Moskee Al-Amal\n2\nnee\nw o: nog navragen bij de imam\n3\nb\n1\n\n")
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(
            output.stdout.contains("Vraag 1 van 4 · domein 1 van 2: Basis"),
            "the follow-up question only counts once it applies: \(output.stdout)")
        XCTAssertTrue(output.stdout.contains("Vraag 3 van 5 · domein 1 van 2: Basis"), "after 'nee' the follow-up question is asked")
        XCTAssertTrue(output.stdout.contains("Ingevuld: 3 van 5 vragen beantwoord, 1 weet niet, 0 n.v.t., 1 open."), output.stdout)
        XCTAssertTrue(output.stderr.contains("Scoren: kader scan antwoorden/al-amal.yaml"), output.stderr)
        let saved = file("antwoorden/al-amal.yaml")
        XCTAssertTrue(saved.contains("respondent: \"Moskee Al-Amal\""), saved)
        XCTAssertTrue(saved.contains("date: 2026-03-14"), saved)
        XCTAssertTrue(saved.contains("  plan: deels\n  eerste_keer: nee\n"), saved)
        XCTAssertTrue(saved.contains("  opvolging:\n    value: weet_niet\n    note: \"nog navragen bij de imam\"\n"), saved)
        XCTAssertTrue(saved.contains("  ouderavond: nog_niet\n"), "'b' went back and the answer was changed: \(saved)")
        XCTAssertFalse(saved.contains("team:"), "the last question was skipped")
        // What fill writes is a response like any other: it validates and scans.
        let scan = try kader(["scan", "antwoorden/al-amal.yaml", "--framework", "avond.yaml", "--lang", "en"])
        XCTAssertEqual(scan.status, 0, scan.stderr)
        XCTAssertTrue(scan.stdout.contains("Moskee Al-Amal · 2026-03-14"), scan.stdout)
    }

    func testEnglishPrompts() throws {
        let output = try kader(["fill", "avond.yaml", "--output", "answers.yaml", "--respondent", "Team", "--lang", "en"], input: "3\nq\n")
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.contains("How to answer (type, then press Enter):"), output.stdout)
        XCTAssertTrue(output.stdout.contains("Question 1 of 4 · domain 1 of 2: Basics\n1.1  There is a plan."), output.stdout)
        XCTAssertTrue(output.stdout.contains("     → Fully"), output.stdout)
        XCTAssertTrue(output.stderr.contains("Go on: kader fill --resume answers.yaml"), output.stderr)
        XCTAssertTrue(file("answers.yaml").contains("plan: volledig"))
    }

    func testAnExistingFileIsNotOverwrittenUnlessAsked() throws {
        try "framework: avond\nanswers:\n  plan: volledig\n".write(toFile: directory + "/bestaat.yaml", atomically: true, encoding: .utf8)
        let refused = try kader(["fill", "avond.yaml", "--output", "bestaat.yaml"], input: "1\n")
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("bestaat.yaml bestaat al"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("--resume bestaat.yaml"), refused.stderr)
        XCTAssertEqual(file("bestaat.yaml"), "framework: avond\nanswers:\n  plan: volledig\n")
        let forced = try kader(["fill", "avond.yaml", "--output", "bestaat.yaml", "--force", "--respondent", "Nieuw"], input: "1\nq\n")
        XCTAssertEqual(forced.status, 0, forced.stderr)
        XCTAssertTrue(file("bestaat.yaml").contains("plan: nog_niet"))
        let neither = try kader(["fill", "avond.yaml"])
        XCTAssertEqual(neither.status, 2)
    }

    func testInputThatEndsHalfwayKeepsTheAnswers() throws {
        let output = try kader(["fill", "avond.yaml", "--output", "half.yaml", "--respondent", "X"], input: "2\nja\n")
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stderr.contains("Invoer afgelopen. Bewaard in half.yaml"), output.stderr)
        XCTAssertTrue(file("half.yaml").contains("  plan: deels\n  eerste_keer: ja\n"), file("half.yaml"))
    }

    /// Starts `kader fill`, types `lines`, waits until the file holds `expected`, then sends `signal`.
    func startAndStop(_ arguments: [String], lines: String, expected: [String], signal: Int32) throws -> (Process, String) {
        let running = try RunningCommand(arguments, directory: directory)
        running.type(lines)
        running.wait { expected.allSatisfy(file("gestopt.yaml").contains) }
        running.signal(signal)
        return (running.process, running.finish())
    }

    func testAKilledProcessLosesNoAnswerAndResumeGoesOn() throws {
        let (process, _) = try startAndStop(
            ["fill", "avond.yaml", "--output", "gestopt.yaml", "--respondent", "Moskee As-Sabr"],
            lines: "2\nnee\n3\n", expected: ["plan: deels", "eerste_keer: nee", "opvolging: volledig"], signal: SIGKILL)
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "killed, not finished")
        let saved = file("gestopt.yaml")
        XCTAssertTrue(saved.contains("  plan: deels\n  eerste_keer: nee\n  opvolging: volledig\n"), saved)
        XCTAssertFalse(
            try FileManager.default.contentsOfDirectory(atPath: directory).contains { $0.hasSuffix(".tmp") }, "no half-written file left")

        let resumed = try kader(["fill", "avond.yaml", "--resume", "gestopt.yaml"], input: "3\n")
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertTrue(
            resumed.stdout.contains("Vraag 4 van 5 · domein 2 van 2: Ouders"), "resume starts at the first open question: \(resumed.stdout)"
        )
        XCTAssertFalse(resumed.stdout.contains("Wie vult de scan in?"))
        let finished = file("gestopt.yaml")
        XCTAssertTrue(finished.contains("respondent: \"Moskee As-Sabr\""), finished)
        XCTAssertTrue(
            finished.contains("  plan: deels\n  eerste_keer: nee\n  opvolging: volledig\n  # Ouders\n  ouderavond: volledig\n"), finished)
    }

    func testCtrlCSaysWhereTheAnswersAre() throws {
        let (process, errors) = try startAndStop(
            ["fill", "avond.yaml", "--output", "gestopt.yaml", "--respondent", "X"],
            lines: "1\n", expected: ["plan: nog_niet"], signal: SIGINT)
        XCTAssertEqual(process.terminationReason, .exit)
        XCTAssertEqual(process.terminationStatus, 130)
        XCTAssertTrue(errors.contains("Gestopt. Alle gegeven antwoorden zijn bewaard in gestopt.yaml."), errors)
        XCTAssertTrue(errors.contains("Verder gaan: kader fill --resume gestopt.yaml"), errors)
        XCTAssertFalse(errors.contains("Backtrace") || errors.contains("Fatal error"), errors)
        XCTAssertTrue(file("gestopt.yaml").contains("plan: nog_niet"))
    }
}
