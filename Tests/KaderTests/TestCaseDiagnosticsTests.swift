import Kader
import KaderTestSupport
import XCTest

/// Mistakes in a framework's `tests:` are reported at their place, like every other mistake.
final class TestCaseDiagnosticsTests: XCTestCase {
    /// A framework with an advice rule and a cap rule; `expect` is the test's expectation.
    func framework(expect: String) -> String {
        """
        id: demo
        version: "1.0.0"
        title: {nl: Demo, en: Demo}
        scales:
          - id: mate
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
        domains:
          - id: visie
            title: {nl: Visie, en: Vision}
            questions:
              - {id: commissie, scale: mate, text: {nl: Commissie, en: Committee}}
        levels:
          - {id: startend, min: 0, max: 50, label: {nl: Startend, en: Starting}}
          - {id: op_orde, min: 50, max: 100, label: {nl: Op orde, en: In order}}
        rules:
          - id: geen_commissie
            when: "commissie == 'nee'"
            advice: {nl: Begin., en: Start.}
          - id: commissie_begrenst
            when: "commissie == 'nee'"
            cap: startend
        tests:
          - id: zonder_commissie
            answers: {commissie: nee}
            expect:
              \(expect)
        """
    }

    func testCapsNamingAnUnknownRule() {
        let found = LoaderCheck.expect(
            framework(expect: "caps: [1️⃣commissie_begrens]"), code: "unknown-reference",
            message: "unknown rule 'commissie_begrens' in 'caps'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'commissie_begrenst'?")
    }

    func testCapsNamingARuleWithoutACap() {
        let found = LoaderCheck.expect(
            framework(expect: "caps: [commissie_begrenst, 1️⃣geen_commissie]"), code: "unknown-reference",
            message: "rule 'geen_commissie' has no 'cap' effect")
        XCTAssertEqual(found?.fix?.en, "known rules with cap: 'commissie_begrenst'")
    }

    func testCapsThatAreNotAList() {
        LoaderCheck.expect(framework(expect: "caps: 1️⃣{commissie_begrenst: true}"), code: "wrong-type", message: "'caps' must be")
    }

    func testCapsThatHoldAPass() throws {
        let framework = try Fixtures.validFramework(framework(expect: "caps: [commissie_begrenst]\n      levels: {overall: startend}"))
        let outcomes = Fixtures.inlineTestRunner(for: framework).run()
        XCTAssertEqual(outcomes.map(\.passed), [true], outcomes.flatMap(\.failures).flatMap(\.details).map(\.en).joined(separator: "\n"))
    }
}
