import Foundation
import KaderTestSupport
import XCTest

/// The CLI as a user meets it: commands, output and exit codes (0 success, 1 problems, 2 usage
/// or file error), and never a crash or a Swift backtrace.
final class CLITests: XCTestCase {
    let framework = """
        id: mini
        version: "1.0"
        title: {nl: Mini, en: Mini}
        scales:
          - id: ja_nee
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
              - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
        domains:
          - id: basis
            title: {nl: Basis, en: Basics}
            questions:
              - {id: plan, scale: ja_nee, text: {nl: Er is een plan., en: There is a plan.}}
              - {id: team, scale: ja_nee, text: {nl: Er is een team., en: There is a team.}}
        levels:
          - {id: laag, min: 0, max: 50, label: {nl: Laag, en: Low}}
          - {id: hoog, min: 50, max: 100, label: {nl: Hoog, en: High}}
        grades:
          formula: "1 + 9 * score / 100"
        rules:
          - id: geen_plan
            domain: basis
            when: "plan == 'nee'"
            because: {nl: "Plan: {plan}.", en: "Plan: {plan}."}
            advice:
              text: {nl: Schrijf een plan van één A4., en: Write a one-page plan.}
              effort: quick_win
              priority: high
        tests:
          - id: zonder_plan
            answers: {plan: nee, team: ja}
            expect:
              scores: {basis: 50, overall: 50}
              levels: {overall: hoog}
              grades: {overall: 5.5}
              advice: [geen_plan]
        """

    var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "kader-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try framework.write(toFile: directory + "/mini.yaml", atomically: true, encoding: .utf8)
        try "framework: mini\nversion: \"1.0\"\nrespondent: Testmoskee\ndate: 2026-05-01\nanswers:\n  plan: nee\n  team: ja\n"
            .write(toFile: directory + "/antwoord.yaml", atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: directory) }

    func kader(_ arguments: String..., input: String? = nil) throws -> CommandRunner.Output {
        let output = try CommandRunner.run(arguments, input: input, directory: directory)
        XCTAssertFalse(output.stderr.contains("Backtrac"), "a crash: \(output.stderr)")
        XCTAssertFalse(output.stderr.contains("Fatal error"), "a crash: \(output.stderr)")
        return output
    }

    func testValidateCleanFrameworkExitsZero() throws {
        let output = try kader("validate", "mini.yaml")
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stderr.contains("mini.yaml: in orde"), output.stderr)
    }

    func testValidateBrokenFrameworkExitsOneWithPosition() throws {
        try framework.replacingOccurrences(of: "    questions:", with: "    questoins:").write(
            toFile: directory + "/kapot.yaml", atomically: true, encoding: .utf8)
        let output = try kader("validate", "kapot.yaml", "--lang", "en")
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stderr.contains("kapot.yaml:13:5: error: unknown key 'questoins' in a domain"), output.stderr)
        XCTAssertTrue(output.stderr.contains("= fix: did you mean 'questions'?"), output.stderr)
        XCTAssertTrue(output.stderr.contains("^~~~~~~~~"), output.stderr)
    }

    func testValidateMissingFileExitsTwo() throws {
        let output = try kader("validate", "bestaat-niet.yaml")
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.contains("bestand niet gevonden"), output.stderr)
    }

    func testUnknownOptionIsAUsageErrorWithExitTwo() throws {
        let output = try kader("scan", "--nonsense")
        XCTAssertEqual(output.status, 2)
    }

    func testScanTextReport() throws {
        let output = try kader("scan", "antwoord.yaml", "--framework", "mini.yaml")
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.contains("Totaal: 50,0 · Hoog · rapportcijfer 5,5"), output.stdout)
        XCTAssertTrue(output.stdout.contains("1. Schrijf een plan van één A4. [hoog, snel te doen]"), output.stdout)
        XCTAssertTrue(output.stdout.contains("Waarom: Plan: Nee."), output.stdout)
        XCTAssertFalse(output.stdout.contains("\u{1B}["), "no colour when not on a terminal")
    }

    func testScanJSONIsDeterministicAndEnglish() throws {
        let first = try kader("scan", "antwoord.yaml", "--framework", "mini.yaml", "--format", "json", "--lang", "en")
        let second = try kader("scan", "antwoord.yaml", "--framework", "mini.yaml", "--format", "json", "--lang", "en")
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(first.stdout, second.stdout)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["kader_result"] as? Int, 1)
        let overall = try XCTUnwrap(json["overall"] as? [String: Any])
        XCTAssertEqual(overall["score"] as? Double, 50)
        XCTAssertEqual(overall["grade"] as? Double, 5.5)
        let advice = try XCTUnwrap(json["advice"] as? [[String: Any]])
        XCTAssertEqual(advice.first?["text"] as? String, "Write a one-page plan.")
    }

    func testScanWritesAFileOnlyOnceWithoutForce() throws {
        XCTAssertEqual(try kader("scan", "antwoord.yaml", "--framework", "mini.yaml", "--output", "rapport.txt").status, 0)
        let again = try kader("scan", "antwoord.yaml", "--framework", "mini.yaml", "--output", "rapport.txt")
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.stderr.contains("--force"), again.stderr)
        XCTAssertEqual(try kader("scan", "antwoord.yaml", "--framework", "mini.yaml", "--output", "rapport.txt", "--force").status, 0)
    }

    func testScanOfABrokenResponseShowsWhereAndExitsOne() throws {
        try "framework: mini\nanswers:\n  plan: misschien\n".write(toFile: directory + "/fout.yaml", atomically: true, encoding: .utf8)
        let output = try kader("scan", "fout.yaml", "--framework", "mini.yaml", "--lang", "en")
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stderr.contains("fout.yaml:3:9: error: 'misschien' is not an option of question 'plan'"), output.stderr)
    }

    func testExplainSummaryAndRule() throws {
        let summary = try kader("explain", "antwoord.yaml", "--framework", "mini.yaml", "--lang", "en")
        XCTAssertEqual(summary.status, 0, summary.stderr)
        XCTAssertTrue(summary.stdout.contains("geen_plan (advice): plan == 'nee' (plan = No)"), summary.stdout)
        let rule = try kader("explain", "antwoord.yaml", "--framework", "mini.yaml", "--rule", "geen_plan", "--lang", "en")
        XCTAssertTrue(rule.stdout.contains("Fired, because:"), rule.stdout)
        let unknown = try kader("explain", "antwoord.yaml", "--framework", "mini.yaml", "--rule", "geen_pln", "--lang", "en")
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("did you mean 'geen_plan'?"), unknown.stderr)
    }

    func testFrameworkTestsRunAndFailReadably() throws {
        let passing = try kader("test", "mini.yaml")
        XCTAssertEqual(passing.status, 0, passing.stdout)
        XCTAssertTrue(passing.stdout.contains("PASS mini/zonder_plan"), passing.stdout)
        XCTAssertTrue(passing.stdout.contains("1 passed, 0 failed"), passing.stdout)
        try framework.replacingOccurrences(of: "scores: {basis: 50, overall: 50}", with: "scores: {basis: 60, overall: 50}")
            .write(toFile: directory + "/mini.yaml", atomically: true, encoding: .utf8)
        let failing = try kader("test", "mini.yaml", "--lang", "en")
        XCTAssertEqual(failing.status, 1)
        XCTAssertTrue(failing.stdout.contains("score basis"), failing.stdout)
        XCTAssertTrue(failing.stdout.contains("- expected: 60"), failing.stdout)
        XCTAssertTrue(failing.stdout.contains("+ actual:   50"), failing.stdout)
        XCTAssertTrue(failing.stdout.contains("50 instead of 60: off by 10, more than the tolerance of 0.05"), failing.stdout)
    }

    func testPluginsListsEveryKind() throws {
        let output = try kader("plugins", "--examples", "--lang", "en")
        XCTAssertEqual(output.status, 0)
        for name in ["weighted_mean", "answered(question)", "yesno", "cap", "json", "mean(items('d')) → 50"] {
            XCTAssertTrue(output.stdout.contains(name), "\(name) missing from:\n\(output.stdout)")
        }
    }

    func testListAndShowFindFrameworksByIdInAGivenDirectory() throws {
        let list = try kader("list", "--frameworks", directory)
        XCTAssertTrue(list.stdout.contains("mini"), list.stdout)
        let show = try kader("show", "mini", "--frameworks", directory, "--lang", "en")
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertTrue(show.stdout.contains("plan [scale] There is a plan."), show.stdout)
        let missing = try kader("show", "mnii", "--frameworks", directory)
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.stderr.contains("bedoelde je 'mini'?"), missing.stderr)
    }

    func testHostileResponseNeverCrashes() throws {
        try String(repeating: "[", count: 100_000).write(toFile: directory + "/diep.yaml", atomically: true, encoding: .utf8)
        let output = try kader("scan", "diep.yaml", "--framework", "mini.yaml", "--lang", "en")
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stderr.contains("nested too deeply"), output.stderr)
    }
}
