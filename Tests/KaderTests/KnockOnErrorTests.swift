import Kader
import KaderTestSupport
import XCTest

/// One mistake, one error: something that exists is never reported as unknown because of its
/// own mistake. A rule whose condition does not check, a question on a misspelt scale, a score
/// with a broken expression: the tests, rules and scores that name them stay quiet, and the
/// author fixes the one thing that is wrong.
final class KnockOnErrorTests: XCTestCase {
    /// A framework with two domains, a growth model, a rule of each effect, a precondition and a
    /// test that names them all; `change` rewrites one part of it to put a mistake in.
    func framework(_ change: (String) -> String) -> String {
        change(
            """
            id: demo
            version: "1.0.0"
            title: {nl: Demo, en: Demo}
            sources:
              - {id: kis2022, title: KIS 2022}
            scales:
              - id: mate
                options:
                  - {id: nee, value: 0, label: {nl: Nee, en: No}}
                  - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
            domains:
              - id: visie
                title: {nl: Visie, en: Vision}
                sources: [kis2022]
                questions:
                  - {id: commissie, scale: mate, text: {nl: Commissie, en: Committee}}
                  - id: plan
                    scale: mate
                    relevant: "commissie == 'ja'"
                    text: {nl: Plan, en: Plan}
              - id: ouders
                title: {nl: Ouders, en: Parents}
                questions:
                  - {id: avond, scale: mate, text: {nl: Avond, en: Evening}}
            scoring:
              scores:
                - {id: kern, expression: "score.visie + 0"}
            levels:
              - {id: startend, min: 0, max: 50, label: {nl: Startend, en: Starting}}
              - id: op_orde
                min: 50
                max: 100
                requires: "commissie == 'ja'"
                label: {nl: Op orde, en: In order}
            rules:
              - id: geen_commissie
                domain: visie
                when: "commissie == 'nee'"
                advice: {text: {nl: Begin., en: Start.}, sources: [kis2022]}
              - id: sterk_plan
                when: "plan == 'ja' and score.kern > 50"
                strength: {nl: Goed plan., en: A good plan.}
              - id: geen_avond
                domain: ouders
                when: "avond == 'nee'"
                flag: {severity: warning, text: {nl: Geen avond., en: No evening.}}
                cap: {level: startend, scope: both}
            preconditions:
              - id: commissie_bestaat
                text: {nl: Er is een commissie., en: There is a committee.}
                when: "commissie == 'ja'"
            tests:
              - id: alles_nee
                answers: {commissie: nee, avond: nee}
                expect:
                  scores: {visie: 0, ouders: 0, kern: 0}
                  levels: {overall: startend, visie: startend}
                  advice: [geen_commissie]
                  advice_includes: [geen_commissie]
                  advice_excludes: [geen_commissie]
                  strengths: [sterk_plan]
                  flags: [geen_avond]
                  preconditions: {commissie_bestaat: not_met}
            """)
    }

    /// Asserts that `marked` gives exactly one error: `code` at marker 1️⃣.
    func assertOnlyError(_ marked: String, code: String, file: StaticString = #filePath, line: UInt = #line) {
        let text = MarkedText(marked)
        let errors = Fixtures.framework(text.text).diagnostics.errors
        let described = errors.map { "\($0.location?.description ?? "-") [\($0.code)] \($0.message.en)" }.joined(separator: "\n")
        XCTAssertEqual(errors.count, 1, "expected only [\(code)]; got:\n\(described)", file: file, line: line)
        XCTAssertEqual(errors.first?.code.rawValue, code, described, file: file, line: line)
        XCTAssertEqual(errors.first?.location, text.location("1️⃣", file: "framework.yaml"), described, file: file, line: line)
    }

    func testTheFrameworkLoadsCleanlyWithoutAMistake() throws {
        _ = try Fixtures.validFramework(framework { $0 })
    }

    func testARuleWhoseConditionDoesNotCheckIsStillKnownToTheTests() {
        assertOnlyError(
            framework { $0.replacingOccurrences(of: "when: \"commissie == 'nee'\"", with: "when: \"1️⃣comissie == 'nee'\"") },
            code: "expression")
    }

    func testAStrengthAndAFlagWhoseConditionsDoNotCheckAreStillKnown() {
        let text = framework {
            $0.replacingOccurrences(
                of: "when: \"plan == 'ja' and score.kern > 50\"",
                with: "when: \"plan == 'ja' and score.1️⃣kernn > 50\"")
        }
        assertOnlyError(text, code: "expression")
        assertOnlyError(
            framework { $0.replacingOccurrences(of: "when: \"avond == 'nee'\"", with: "when: \"1️⃣avond\"") },
            code: "expression-type")
    }

    func testARuleWithABrokenEffectStillHasThatEffectForTheTests() {
        assertOnlyError(
            framework { $0.replacingOccurrences(of: "sources: [kis2022]}", with: "sources: [1️⃣kis2023]}") },
            code: "unknown-reference")
        assertOnlyError(framework { $0.replacingOccurrences(of: "severity: warning", with: "severity: 1️⃣rood") }, code: "invalid-value")
    }

    func testADomainCapOnAnUnknownDomainIsOneError() {
        assertOnlyError(
            framework { $0.replacingOccurrences(of: "    domain: ouders\n", with: "    domain: 1️⃣oudrs\n") },
            code: "unknown-reference")
    }

    func testAQuestionOnAnUnknownScaleIsStillKnownToRulesAndRelevance() {
        assertOnlyError(
            framework {
                $0.replacingOccurrences(of: "{id: commissie, scale: mate,", with: "{id: commissie, scale: 1️⃣maat,")
            }, code: "unknown-reference")
    }

    func testAQuestionOfAnUnknownKindIsStillKnown() {
        assertOnlyError(
            framework {
                $0.replacingOccurrences(of: "{id: avond, scale: mate,", with: "{id: avond, type: 1️⃣ja_nee,")
            }, code: "unknown-plugin")
    }

    func testAScaleWhoseOptionsDoNotLoadLeavesItsQuestionsAlone() {
        let text = framework {
            $0.replacingOccurrences(
                of: """
                        options:
                          - {id: nee, value: 0, label: {nl: Nee, en: No}}
                          - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
                    """, with: "    options: 1️⃣nee, ja\n")
        }
        assertOnlyError(text, code: "wrong-type")
    }

    func testAQuestionWithABrokenRelevanceIsStillKnown() {
        assertOnlyError(
            framework {
                $0.replacingOccurrences(
                    of: "relevant: \"commissie == 'ja'\"",
                    with: "relevant: \"1️⃣comissie == 'ja'\"")
            },
            code: "expression")
    }

    func testADomainWithAnUnknownKeyIsStillKnown() {
        assertOnlyError(
            framework { $0.replacingOccurrences(of: "    sources: [kis2022]\n", with: "    1️⃣bronnen: [kis2022]\n") },
            code: "unknown-key")
    }

    func testADomainWithAnUnknownAggregatorIsStillKnown() {
        assertOnlyError(
            framework { $0.replacingOccurrences(of: "    sources: [kis2022]\n", with: "    aggregate: 1️⃣gemiddelde\n") },
            code: "unknown-plugin")
    }

    func testALevelWithABrokenRequiresIsStillKnownToCapsAndTests() {
        assertOnlyError(
            framework {
                $0.replacingOccurrences(
                    of: "requires: \"commissie == 'ja'\"",
                    with: "requires: \"1️⃣level.visie == 'ja'\"")
            },
            code: "expression")
    }

    func testALevelWithoutALabelIsStillKnown() {
        assertOnlyError(
            framework {
                $0.replacingOccurrences(
                    of: "  - {id: startend, min: 0, max: 50, label: {nl: Startend, en: Starting}}",
                    with: "  - 1️⃣{id: startend, min: 0, max: 50}")
            }, code: "missing-key")
    }

    func testALevelWithABadBoundIsStillKnownAndLeavesNoGap() {
        assertOnlyError(framework { $0.replacingOccurrences(of: "    min: 50\n", with: "    min: 1️⃣vijftig\n") }, code: "wrong-type")
    }

    func testADerivedScoreWithABrokenExpressionIsStillKnown() {
        assertOnlyError(
            framework {
                $0.replacingOccurrences(
                    of: "expression: \"score.visie + 0\"",
                    with: "expression: \"score.visie + 1️⃣'nul'\"")
            },
            code: "expression")
    }

    func testAPreconditionWithABrokenConditionIsStillKnownToTheTests() {
        let text = framework {
            $0.replacingOccurrences(
                of: "    when: \"commissie == 'ja'\"\ntests:",
                with: "    when: \"commissie == 1️⃣'misschien'\"\ntests:")
        }
        assertOnlyError(text, code: "expression")
    }

    func testAPreconditionWithoutTextIsStillKnownToTheTests() {
        let withText = "  - id: commissie_bestaat\n    text: {nl: Er is een commissie., en: There is a committee.}\n"
        assertOnlyError(framework { $0.replacingOccurrences(of: withText, with: "  - 1️⃣id: commissie_bestaat\n") }, code: "missing-key")
    }
}
