import Kader
import KaderTestSupport
import XCTest

/// Mistakes inside expressions point at the exact column inside the YAML string, however it is quoted
/// or folded; conditions and scores that depend on each other in a circle are reported once.
final class ExpressionDiagnosticsTests: XCTestCase, DiagnosticsFixture {
    // MARK: Expressions: the column inside the YAML string

    func testAnUnknownQuestionInWhenSuggestsTheClosest() {
        let found = LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "score.visie < 50 and 1️⃣comissie == 'nee'"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown question 'comissie'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'commissie'?")
        XCTAssertEqual(found?.length, "comissie".count)
    }

    func testAnUnknownFunction() {
        let found = LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "1️⃣meen(items('visie')) < 50"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown function 'meen'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'mean'?")
    }

    func testATypeErrorPointsAtTheWrongOperand() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "1️⃣score.visie and 3"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "'and' expects boolean, but this is number")
    }

    func testAnUnclosedParenthesis() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "(commissie == 'nee' or score.visie < 501️⃣"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "expected ')'")
    }

    func testAConditionThatStopsHalfwaySaysSoInBothLanguages() {
        let found = LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "score.visie <1️⃣"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "expected an expression, found the end")
        XCTAssertEqual(found?.message.nl, "verwacht een expressie, gevonden het einde")
    }

    func testComparingWithAnOptionThatIsNotOnTheScale() {
        let found = LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "commissie == 1️⃣'volledig'"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "'volledig' is not an option of scale 'mate'")
        XCTAssertTrue(found?.fix?.en.contains("'nee', 'ja'") ?? false, found?.fix?.en ?? "no fix")
        XCTAssertFalse(found?.fix?.en.contains("weet_niet") ?? true, "weet_niet is offered as a value to compare with")
    }

    func testComparingWithWeetNiet() {
        let found = LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "commissie == 1️⃣'weet_niet'"
                    advice: {nl: Zoek het uit., en: Find out.}
                """, code: "expression", message: "'weet_niet' is not a value to compare with")
        XCTAssertTrue(found?.fix?.en.contains("unknown(") ?? false)
    }

    func testARuleWithACapMayNotReadLevels() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "1️⃣level.overall == 'startend'"
                    cap: startend
                """, code: "expression", message: "levels cannot be used in a rule with 'cap'")
    }

    func testAWhenThatIsNotACondition() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "1️⃣score.visie + 1"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression-type", message: "this condition must give true or false")
    }

    func testColumnsInsideASingleQuotedStringWithAnEscapedQuote() {
        // In a single-quoted YAML string '' is one quote: the column must count the file's text.
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: 'commissie == ''nee'' and 1️⃣comissie == ''ja'''
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown question 'comissie'")
    }

    func testColumnsInsideADoubleQuotedStringWithAnEscape() {
        LoaderCheck.expect(
            withLevels + #"""
                  - id: zwak
                    when: "commissie == \"nee\" and 1️⃣comissie == 'ja'"
                    advice: {nl: Begin., en: Start.}
                """#, code: "expression", message: "unknown question 'comissie'")
    }

    func testAnErrorOnTheSecondLineOfALiteralBlock() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: |
                      score.visie < 50
                      and 1️⃣comissie == 'nee'
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown question 'comissie'")
    }

    func testAnErrorOnTheSecondLineOfAFoldedBlock() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: >
                      score.visie < 50
                      and 1️⃣comissie == 'nee'
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown question 'comissie'")
    }

    func testAnErrorOnTheSecondLineOfAWrappedQuotedString() {
        // Long conditions are wrapped; YAML folds the line break into a space.
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "score.visie < 50 and
                      1️⃣comissie == 'nee'"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown question 'comissie'")
    }

    func testAnErrorInABecausePlaceholder() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "commissie == 'nee'"
                    because: {nl: "De commissie staat op {1️⃣comissie}.", en: "The committee is at {commissie}."}
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown question 'comissie'")
    }

    // MARK: Cycles

    func testDerivedScoresInACircle() {
        LoaderCheck.expect(
            head + domain + """
                scoring:
                  scores:
                    - 1️⃣id: aa
                      expression: "score.bb + 1"
                    - id: bb
                      expression: "score.aa - 1"
                """, code: "score-cycle", message: "scores depend on each other in a circle: aa → bb → aa")
    }

    func testRelevanceConditionsInACircle() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - 1️⃣id: aa
                        scale: mate
                        relevant: "bb == 'ja'"
                        text: {nl: A, en: A}
                      - id: bb
                        scale: mate
                        relevant: "aa == 'ja'"
                        text: {nl: B, en: B}
                """, code: "relevance-cycle", message: "relevance conditions refer to each other in a circle: aa → bb → aa")
    }

    func testARelevanceThatReadsItsOwnQuestion() {
        let text =
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: mate
                        relevant: 1️⃣"commissie == 'ja'"
                        text: {nl: Commissie, en: Committee}
                """
        LoaderCheck.expect(text, code: "self-reference", message: "the relevance of 'commissie' depends on its own answer")
        // One mistake, one error: not also a "circle" of one question.
        let errors = Fixtures.framework(MarkedText(text).text).diagnostics.errors
        XCTAssertEqual(errors.count, 1, errors.map { "[\($0.code)] \($0.message.en)" }.joined(separator: "\n"))
    }

    func testARelevanceConditionCannotReadItemScores() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - {id: commissie, scale: mate, text: {nl: Commissie, en: Committee}}
                      - id: plan
                        scale: mate
                        relevant: "count(1️⃣items('visie')) > 0"
                        text: {nl: Plan, en: Plan}
                """, code: "expression", message: "item scores cannot be used in a relevance condition")
    }
}
