import Kader
import KaderTestSupport
import XCTest

/// `kader lint`: things that load fine but are probably mistakes, each a warning with its place.
final class LintTests: XCTestCase {
    func framework(rules: String, extraQuestion: String = "") -> String {
        """
        id: lint
        version: "1.0"
        title: {nl: Lint, en: Lint}
        scales:
          - id: mate
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: deels, value: 1, label: {nl: Deels, en: Partly}}
              - {id: ja, value: 2, label: {nl: Ja, en: Yes}}
        domains:
          - id: visie
            title: {nl: Visie, en: Vision}
            questions:
              - {id: plan, scale: mate, critical: true, text: {nl: Plan, en: Plan}}
        \(extraQuestion)
          - id: ouders
            title: {nl: Ouders, en: Parents}
            questions:
              - {id: avond, scale: mate, text: {nl: Avond, en: Evening}}
        rules:
        \(rules)
        """
    }

    func warnings(_ yaml: String) throws -> [Diagnostic] {
        Linter(framework: try Fixtures.validFramework(yaml)).run()
    }

    func testARuleThatCanNeverFire() throws {
        let found = try warnings(
            framework(
                rules: """
                      - id: onmogelijk
                        when: "plan < 'nee'"
                        advice: {nl: Nooit, en: Never}
                      - id: ook_onmogelijk
                        when: "score.ouders > 100"
                        advice: {nl: Nooit, en: Never}
                      - id: mogelijk
                        when: "plan <= 'nee'"
                        advice: {nl: Soms, en: Sometimes}
                    """))
        let dead = found.filter { $0.code.rawValue == "dead-rule" }
        XCTAssertEqual(dead.map(\.message.en), ["rule 'onmogelijk' can never fire", "rule 'ook_onmogelijk' can never fire"])
        XCTAssertEqual(
            dead.map { $0.fix?.en },
            [
                "'plan < 'nee'' cannot hold: 'plan' is nee (0), deels (1) or ja (2); change the condition or remove the rule",
                "'score.ouders > 100' cannot hold: a score lies between 0 and 100; change the condition or remove the rule"
            ])
        XCTAssertEqual(dead.first?.location, SourceLocation(file: "framework.yaml", line: 22, column: 12))
        XCTAssertEqual(dead.first?.length, "plan < 'nee'".count)
    }

    func testADomainWithoutAdviceForALowScore() throws {
        let found = try warnings(
            framework(
                rules: """
                      - id: visie_laag
                        when: "score.visie < 50"
                        advice: {nl: Schrijf een visie., en: Write a vision.}
                    """))
        let noAdvice = found.filter { $0.code.rawValue == "no-advice" }
        XCTAssertEqual(noAdvice.map(\.message.en), ["domain 'ouders' has no advice for a low score"])
        XCTAssertEqual(noAdvice.first?.location?.line, 16)
    }

    func testACriticalQuestionNoRuleReadsAndAQuestionThatFeedsNothing() throws {
        let found = try warnings(
            framework(
                rules: """
                      - id: ouders_laag
                        domain: ouders
                        when: "avond == 'nee'"
                        advice: {nl: Organiseer een ouderavond., en: Organise a parents' evening.}
                      - id: visie_laag
                        when: "score.visie < 50"
                        advice: {nl: Schrijf een visie., en: Write a vision.}
                    """, extraQuestion: "      - {id: aantal, type: number, min: 0, max: 99, text: {nl: Aantal, en: Number}}"))
        XCTAssertEqual(
            found.filter { $0.code.rawValue == "unused-critical" }.map(\.message.en),
            ["critical question 'plan' is read by no rule: it caps nothing"])
        XCTAssertEqual(
            found.filter { $0.code.rawValue == "unused-question" }.map(\.message.en),
            ["question 'aantal' counts in no score and no rule reads it"])
    }

    func testTheBundledFrameworksAreLintClean() throws {
        for id in ["moskeeonderwijs", "jeugdhulp_azc", "interventies_samenleven"] {
            let text = try String(contentsOfFile: Fixtures.root + "/Frameworks/\(id).yaml", encoding: .utf8)
            XCTAssertEqual(try warnings(text).map(\.message.en), [], id)
        }
    }
}
