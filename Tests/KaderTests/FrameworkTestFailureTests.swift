import Kader
import KaderTestSupport
import XCTest

/// A framework author whose test fails reads what differs: which rule ids are missing or extra
/// and why each rule did or did not fire, when only the order differs and why the engine orders
/// them so, how far a number is off against the tolerance, and what capped a level.
final class FrameworkTestFailureTests: XCTestCase {
    /// Two questions on one scale, advice of two priorities, a cap and a strength; `tests`
    /// is appended.
    func framework(tests: String) -> String {
        """
        id: demo
        version: "1.0.0"
        title: {nl: Demo, en: Demo}
        scales:
          - id: mate
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: deels, value: 1, label: {nl: Deels, en: Partly}}
              - {id: ja, value: 2, label: {nl: Ja, en: Yes}}
              - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
        domains:
          - id: visie
            title: {nl: Visie, en: Vision}
            min_answered: 2
            questions:
              - {id: commissie, scale: mate, text: {nl: Commissie, en: Committee}}
              - {id: plan, scale: mate, text: {nl: Plan, en: Plan}}
        levels:
          - {id: startend, min: 0, max: 50, label: {nl: Startend, en: Starting}}
          - {id: op_orde, min: 50, max: 100, label: {nl: Op orde, en: In order}}
        rules:
          - id: geen_commissie
            when: "commissie == 'nee'"
            because: {nl: "De commissie staat op '{commissie}'.", en: "The committee is at '{commissie}'."}
            advice: {text: {nl: Begin., en: Start.}, priority: high, effort: quick_win}
          - id: plan_maken
            when: "plan < 'ja' and score.visie < 80"
            advice: {text: {nl: Maak een plan., en: Make a plan.}, priority: medium}
          - id: plan_half
            when: "plan == 'deels'"
            cap: startend
          - id: goed_plan
            when: "plan == 'ja'"
            strength: {nl: Er is een plan., en: There is a plan.}
        tests:
        \(tests)
        """
    }

    /// The failures of the only test in `tests`.
    func failures(_ tests: String, file: StaticString = #filePath, line: UInt = #line) throws -> [FrameworkTestRunner.Failure] {
        let framework = try Fixtures.validFramework(framework(tests: tests), file: file, line: line)
        let runner = Fixtures.inlineTestRunner(for: framework)
        let outcome = try XCTUnwrap(runner.run().first)
        XCTAssertFalse(outcome.loadProblems.hasErrors, LoaderCheck.describe(outcome.loadProblems), file: file, line: line)
        return outcome.failures
    }

    func testAMissingAdviceItemSaysWhichConditionDidNotHoldWithTheValueSeen() throws {
        let found = try failures(
            """
              - id: met_plan
                answers: {commissie: nee, plan: ja}
                expect:
                  advice: [geen_commissie, plan_maken]
            """)
        XCTAssertEqual(found.map(\.subject), ["advice"])
        XCTAssertEqual(found.first?.expected, "[geen_commissie, plan_maken]")
        XCTAssertEqual(found.first?.actual, "[geen_commissie]")
        XCTAssertEqual(found.first?.details.map(\.en), ["missing: plan_maken — did not fire: plan < 'ja' (plan = Yes) is false"])
        XCTAssertEqual(found.first?.details.map(\.nl), ["ontbreekt: plan_maken — ging niet af: plan < 'ja' (plan = Ja) is onwaar"])
        XCTAssertEqual(found.first?.location.line, 39)
    }

    func testAnExtraAdviceItemGivesItsBecauseText() throws {
        let found = try failures(
            """
              - id: zonder_commissie
                answers: {commissie: nee, plan: ja}
                expect:
                  advice: []
                  advice_excludes: [geen_commissie]
            """)
        XCTAssertEqual(found.map(\.subject), ["advice", "advice_excludes"])
        for failure in found {
            XCTAssertEqual(failure.details.map(\.en), ["extra: geen_commissie — fired: The committee is at 'No'."])
            XCTAssertEqual(failure.details.map(\.nl), ["extra: geen_commissie — ging af: De commissie staat op 'Nee'."])
        }
    }

    func testAnAdviceItemLeftUndecidedNamesTheMissingAnswers() throws {
        let found = try failures(
            """
              - id: alleen_commissie
                answers: {commissie: nee}
                expect:
                  advice_includes: [plan_maken]
            """)
        XCTAssertEqual(found.first?.details.map(\.en), ["missing: plan_maken — stayed undecided: answers are missing (plan)"])
    }

    func testTheSameAdviceInAnotherOrderSaysWhyTheEngineOrdersItSo() throws {
        let found = try failures(
            """
              - id: volgorde
                answers: {commissie: nee, plan: deels}
                expect:
                  advice: [plan_maken, geen_commissie]
            """)
        XCTAssertEqual(
            found.first?.details.map(\.en),
            [
                "different order: expected plan_maken, geen_commissie; got geen_commissie, plan_maken",
                "'geen_commissie' (high, quick win) comes before 'plan_maken' (medium, moderate effort): "
                    + "advice is ordered by priority, then effort (quick wins first), then domain and rule"
            ])
    }

    func testAScoreOffByMoreThanTheToleranceSaysByHowMuch() throws {
        let found = try failures(
            """
              - id: score
                answers: {commissie: nee, plan: ja}
                expect:
                  scores: {visie: 49.9, overall: 50.04}
                  tolerance: 0.05
            """)
        XCTAssertEqual(found.map(\.subject), ["score visie"])
        XCTAssertEqual(found.first?.details.map(\.en), ["50 instead of 49.9: off by 0.1, more than the tolerance of 0.05"])
        XCTAssertEqual(found.first?.details.map(\.nl), ["50 in plaats van 49.9: 0.1 ernaast, meer dan de marge van 0.05"])
    }

    func testAScoreWithInsufficientDataSaysHowManyAnswersItHad() throws {
        let found = try failures(
            """
              - id: te_weinig
                answers: {commissie: nee}
                expect:
                  scores: {visie: 0}
            """)
        XCTAssertEqual(found.first?.actual, "null")
        XCTAssertEqual(
            found.first?.details.map(\.en),
            ["expected 0, but there is no score (insufficient data: 1 of at least 2 questions answered)"])
    }

    func testALevelThatIsCappedSaysByWhichRuleAndWhy() throws {
        let found = try failures(
            """
              - id: begrensd
                answers: {commissie: ja, plan: deels}
                expect:
                  levels: {overall: op_orde}
                  caps: []
            """)
        XCTAssertEqual(found.map(\.subject), ["level overall", "caps"])
        XCTAssertEqual(
            found.first?.details.map(\.en),
            [
                "the score 75 falls in the band 'op_orde'",
                "capped by rule 'plan_half': fired: plan == 'deels' (plan = Partly) is true"
            ])
        XCTAssertEqual(found.last?.details.map(\.en), ["extra: plan_half — fired: plan == 'deels' (plan = Partly) is true"])
    }

    func testStrengthsAndFlagsListWhatIsMissing() throws {
        let found = try failures(
            """
              - id: sterk
                answers: {commissie: ja, plan: deels}
                expect:
                  strengths: [goed_plan]
            """)
        XCTAssertEqual(found.first?.details.map(\.en), ["missing: goed_plan — did not fire: plan == 'ja' (plan = Partly) is false"])
    }

    func testTheReportTextShowsExpectedActualAndWhatDiffers() throws {
        let framework = try Fixtures.validFramework(
            framework(
                tests: """
                      - id: met_plan
                        answers: {commissie: nee, plan: ja}
                        expect:
                          advice: [geen_commissie, plan_maken]
                    """))
        let runner = Fixtures.inlineTestRunner(for: framework)
        let outcome = try XCTUnwrap(runner.run().first)
        XCTAssertEqual(
            TestReportText(language: .nl).outcome(outcome, frameworkID: "demo"),
            """
            FAIL demo/met_plan  (framework.yaml:36:5)
              framework.yaml:39:15: advice
                - verwacht: [geen_commissie, plan_maken]
                + gekregen: [geen_commissie]
                ontbreekt: plan_maken — ging niet af: plan < 'ja' (plan = Ja) is onwaar

            """)
    }

    // MARK: Coverage

    func testCoverageListsTheRulesAdviceAndLevelsNoTestReaches() throws {
        let framework = try Fixtures.validFramework(
            framework(
                tests: """
                      - id: alleen_commissie
                        answers: {commissie: nee, plan: nee}
                        expect:
                          advice: [geen_commissie, plan_maken]
                    """))
        let runner = Fixtures.inlineTestRunner(for: framework)
        let coverage = TestCoverage(framework: framework, outcomes: runner.run())
        XCTAssertEqual(coverage.rules, TestCoverage.Part(total: 4, unreached: ["plan_half", "goed_plan"]))
        XCTAssertEqual(coverage.advice, TestCoverage.Part(total: 2, unreached: []))
        XCTAssertEqual(coverage.levels, TestCoverage.Part(total: 2, unreached: ["op_orde"]))
        XCTAssertFalse(coverage.isComplete)
        XCTAssertEqual(
            TestReportText(language: .en).coverage(coverage),
            """
            demo: coverage by 1 test cases
              rules: 2 of 4 fire; never: plan_half, goed_plan
              advice items: 2 of 2 are given
              levels: 1 of 2 are reached; never: op_orde

            """)
    }
}
