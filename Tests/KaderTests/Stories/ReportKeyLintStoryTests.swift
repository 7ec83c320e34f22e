import Kader
import KaderTestSupport
import XCTest

/// A framework author uses the keys that shape a report where they can do nothing, and `kader
/// lint` says so at the key, with a fix: a focus that leaves "Later" empty, `allow: []` on a
/// question that may stay blank, `unknown:` on a question without "weet niet" or points,
/// `grades.when_capped` without a cap, and `requires_text` without `requires` (a load warning).
final class ReportKeyLintStoryTests: XCTestCase {
    func findings(_ yaml: String) throws -> [Diagnostic] {
        Linter(framework: try Fixtures.validFramework(yaml)).run().filter { $0.code.rawValue != "no-advice" }
    }

    func testAFocusAsLargeAsTheAdviceLeavesLaterEmpty() throws {
        // Five rules give advice: focus 5 puts all of it first, focus 4 leaves one for later.
        let large = try findings(FocusStoryTests.yaml(focus: 5))
        XCTAssertEqual(large.map(\.code.rawValue), ["focus-too-large"])
        XCTAssertEqual(large.first?.location?.line, 4, "at report.focus")
        XCTAssertEqual(
            large.first?.message.nl, "report.focus is 5, maar de regels geven hooguit 5 adviezen: 'Later' blijft altijd leeg")
        XCTAssertEqual(try findings(FocusStoryTests.yaml(focus: 4)).map(\.code.rawValue), [])
    }

    func testQuestionKeysThatCanDoNothing() throws {
        let yaml = FindOutStoryTests.yaml
            .replacingOccurrences(of: "allow: [unknown]", with: "allow: []\n        unknown: lowest")
            .replacingOccurrences(of: "{id: koffie, scale: geregeld,", with: "{id: koffie, type: text, unknown: lowest,")
        let found = try findings(yaml)
        XCTAssertEqual(found.map(\.code.rawValue), ["allow-without-required", "unknown-never-applies", "unknown-never-applies"], "\(found)")
        XCTAssertEqual(found[0].message.en, "question 'melden' allows neither 'weet niet' nor 'n.v.t.', but may be left blank")
        XCTAssertEqual(found[1].message.en, "unknown: lowest on question 'melden' does nothing: the question has no 'weet niet'")
        XCTAssertEqual(found[2].message.en, "unknown: lowest on question 'koffie' does nothing: the question gives no points")
        // Required, the blank answer is reported: no finding.
        let required = yaml.replacingOccurrences(of: "allow: []", with: "allow: []\n        required: true")
        XCTAssertFalse(try findings(required).map(\.code.rawValue).contains("allow-without-required"))
    }

    func testAGradeCapWithoutAnyCap() throws {
        let yaml = LevelStoryFixture.yaml(grades: "grades: {formula: \"1 + 9 * score / 100\", when_capped: limit}")
        XCTAssertEqual(try findings(yaml).map(\.code.rawValue), [])
        let withoutCap = yaml.replacingOccurrences(
            of: "    cap: basis", with: "    flag: {severity: warning, text: {nl: Let op., en: Mind.}}")
        let found = try findings(withoutCap)
        XCTAssertEqual(found.map(\.code.rawValue), ["when-capped-without-caps"])
        XCTAssertNotNil(found.first?.location)
    }

    func testRequiresTextWithoutRequiresIsALoadWarning() {
        let yaml = LevelStoryFixture.yaml().replacingOccurrences(of: "    requires: \"score.leren >= 65\"\n", with: "")
        let loaded = Fixtures.framework(yaml)
        XCTAssertNotNil(loaded.value)
        XCTAssertEqual(loaded.diagnostics.all.map(\.code.rawValue), ["unused-text"])
        XCTAssertEqual(loaded.diagnostics.all.first?.location?.line, 32, "at requires_text")
    }
}
