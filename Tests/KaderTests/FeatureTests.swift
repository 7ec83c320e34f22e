import Kader
import KaderTestSupport
import XCTest

/// One feature per test, on a small municipality scan: every question kind's scoring, derived
/// scores by expression and with skipped parts, the median and minimum aggregators,
/// preconditions, flags, `because` texts with braces, relevance chains and grade formulas.
/// Expected numbers are worked out by hand in the comments.
final class FeatureTests: XCTestCase {
    static let yaml = """
        id: gemeente
        version: "1.0"
        title: {nl: Gemeentescan, en: Municipal scan}
        context:
          - {id: kinderen, type: number, label: {nl: Kinderen, en: Children}}
        scales:
          - id: geregeld
            options:
              - {id: niet, value: 0, label: {nl: Niet geregeld, en: Not arranged}}
              - {id: deels, value: 1, label: {nl: Deels geregeld, en: Partly arranged}}
              - {id: volledig, value: 2, label: {nl: Volledig geregeld, en: Fully arranged}}
              - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
        domains:
          - id: regie
            title: {nl: Regie, en: Direction}
            aggregate: median
            questions:
              - {id: wethouder, scale: geregeld, text: {nl: Wethouder, en: Alderman}}
              - {id: afspraken, scale: geregeld, text: {nl: Afspraken, en: Agreements}}
              - {id: crisis, scale: geregeld, text: {nl: Crisis, en: Crisis}}
          - id: partners
            title: {nl: Partners, en: Partners}
            aggregate: minimum
            questions:
              - id: mdo
                type: multi
                text: {nl: Wie zit in het MDO?, en: Who is in the MDO?}
                options:
                  - {id: coa, value: 1, label: {nl: COA, en: COA}}
                  - {id: jeugdteam, value: 2, label: {nl: Jeugdteam, en: Youth team}}
                  - {id: school, value: 1, label: {nl: School, en: School}}
              - id: overleg
                type: choice
                text: {nl: Hoe vaak is er overleg?, en: How often is there a meeting?}
                options:
                  - {id: nooit, value: 0, label: {nl: Nooit, en: Never}}
                  - {id: jaarlijks, value: 1, label: {nl: Jaarlijks, en: Yearly}}
                  - {id: maandelijks, value: 4, label: {nl: Maandelijks, en: Monthly}}
              - {id: wachttijd, type: number, min: 0, max: 20, scored: true, reverse: true, \
        text: {nl: Wachttijd in weken, en: Waiting time in weeks}}
              - {id: tolk, type: yesno, text: {nl: Er is een tolk., en: There is an interpreter.}}
              - id: tolk_betaald
                type: yesno
                relevant: "tolk"
                text: {nl: De tolk wordt betaald., en: The interpreter is paid.}
              - id: tolk_budget
                type: yesno
                relevant: "tolk_betaald"
                text: {nl: Er is een budget., en: There is a budget.}
              - {id: toelichting, type: text, text: {nl: Wat gaat goed?, en: What goes well?}}
        scoring:
          scores:
            - id: verschil
              title: {nl: Verschil, en: Difference}
              expression: "abs(score.regie - score.partners)"
          overall:
            aggregate: mean
            of: [regie, partners]
            skip_invalid: true
            min_valid: 1
        grades:
          formula: "2 + 9 * score / 100"
          pass: 6
        rules:
          - id: veel_kinderen
            when: "context.kinderen > 50 and count(mdo) < 2"
            flag: {severity: warning, text: {nl: "Veel kinderen, weinig partners.", en: "Many children, few partners."}}
          - id: crisis_open
            domain: regie
            when: "crisis != 'volledig'"
            because: {nl: "Crisis: {crisis} {{echt}}.", en: "Crisis: {crisis} {{really}}."}
            flag: {severity: critical, text: {nl: Crisiszorg is niet geregeld., en: Crisis care is not arranged.}}
          - id: jeugdteam_mist
            when: "not ('jeugdteam' in mdo)"
            advice:
              text: {nl: Nodig het jeugdteam uit in het MDO., en: Invite the youth team to the MDO.}
              priority: low
              effort: quick_win
          - id: overleg_zelden
            when: "overleg in ['nooit', 'jaarlijks']"
            advice:
              text: {nl: Plan maandelijks overleg., en: Plan a monthly meeting.}
              priority: low
              effort: structural
        preconditions:
          - id: wethouder_bekend
            text: {nl: Er is een wethouder., en: There is an alderman.}
            when: "wethouder == 'volledig'"
          - id: crisis_bekend
            text: {nl: Crisis is geregeld., en: Crisis is arranged.}
            when: "crisis == 'volledig'"
        """

    func result(_ answers: String, context: String = "kinderen: 80") throws -> AssessmentResult {
        let framework = try Fixtures.validFramework(Self.yaml)
        let response = try Fixtures.response(
            "framework: gemeente\ncontext: {\(context)}\nanswers:\n"
                + answers.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n"), for: framework)
        return Engine(framework: framework).evaluate(response)
    }

    func testEveryQuestionKindScores() throws {
        let r = try result(
            """
            wethouder: volledig
            afspraken: deels
            crisis: weet_niet
            mdo: [coa, school]
            overleg: jaarlijks
            wachttijd: 5
            tolk: ja
            tolk_betaald: nee
            toelichting: Korte lijnen.
            """)
        let partners = try XCTUnwrap(r.domains.first { $0.id == "partners" })
        let items = Dictionary(uniqueKeysWithValues: partners.items.map { ($0.questionID, $0) })
        // multi: coa 1 + school 1 = 2 of (1 + 2 + 1) = 4 → 50
        XCTAssertEqual(items["mdo"]?.score, 50)
        // choice: jaarlijks 1 on 0-4 → 25
        XCTAssertEqual(items["overleg"]?.score, 25)
        // number, reversed: 5 weeks on 0-20 → 20 + 0 − 5 = 15 → 75
        XCTAssertEqual(items["wachttijd"]?.score, 75)
        // yes/no: ja → 100, nee → 0; tolk_budget not relevant (tolk_betaald is nee); text not scored
        XCTAssertEqual(items["tolk"]?.score, 100)
        XCTAssertEqual(items["tolk_betaald"]?.score, 0)
        XCTAssertEqual(items["tolk_budget"]?.state, .notRelevant)
        XCTAssertNil(items["toelichting"]?.score)
        // minimum of 50, 25, 75, 100, 0 → 0
        XCTAssertEqual(partners.score, 0)
        // regie: median of 100 and 50 (crisis weet niet is left out) → 75
        XCTAssertEqual(r.domains.first { $0.id == "regie" }?.score, 75)
        // verschil = |75 − 0| = 75; overall mean(75, 0) = 37.5; grade 2 + 9 × 0.375 = 5.375 → 5.4, below pass 6
        XCTAssertEqual(r.scores.first { $0.id == "verschil" }?.score, 75)
        XCTAssertEqual(r.overall.score, 37.5)
        XCTAssertEqual(r.overall.grade, 5.4)
        XCTAssertEqual(r.overall.passed, false)
    }

    func testSkippedInvalidPartsAndGradeClamping() throws {
        // partners has no answers: insufficient; skip_invalid keeps the overall from regie alone.
        let r = try result("wethouder: volledig\nafspraken: volledig\ncrisis: volledig")
        XCTAssertNil(r.domains.first { $0.id == "partners" }?.score)
        XCTAssertEqual(r.overall.score, 100)
        // 2 + 9 × 1 = 11 → clamped to 10
        XCTAssertEqual(r.overall.grade, 10)
        // The expression score has a missing part: no score.
        XCTAssertNil(r.scores.first { $0.id == "verschil" }?.score)
    }

    func testFlagsCriticalFirstBecauseWithBracesAndPreconditions() throws {
        let r = try result(
            "wethouder: volledig\ncrisis: deels\nmdo: [coa]\novereleg: nooit".replacingOccurrences(of: "overeleg", with: "overleg"))
        XCTAssertEqual(r.flags.map(\.ruleID), ["crisis_open", "veel_kinderen"])
        XCTAssertEqual(r.flags.first?.because?.nl, "Crisis: Deels geregeld {echt}.")
        XCTAssertEqual(r.flags.first?.because?.en, "Crisis: Partly arranged {really}.")
        // Both pieces of advice are low priority: the quick win comes before the structural one.
        XCTAssertEqual(r.advice.map(\.ruleID), ["jeugdteam_mist", "overleg_zelden"])
        XCTAssertEqual(r.preconditions.map(\.outcome), [.met, .notMet])
    }

    func testUnansweredPreconditionIsUnknownAndNamesTheQuestion() throws {
        let r = try result("afspraken: deels", context: "kinderen: 10")
        XCTAssertEqual(r.preconditions.first?.outcome, .unknown)
        XCTAssertEqual(r.preconditions.first?.undecidedBy, ["wethouder"])
        // Without an MDO answer the 'in' test is unknown, and so is its negation: no advice.
        XCTAssertEqual(r.rules.first { $0.id == "jeugdteam_mist" }?.outcome, .unknown)
        XCTAssertEqual(r.rules.first { $0.id == "veel_kinderen" }?.outcome, .notFired)
    }
}

/// The truth table in docs/expressions.md, checked operator by operator.
final class ThreeValuedLogicTests: XCTestCase {
    let unknown = Value.missing(Missing(.unanswered, questions: ["q"]))

    func testAnd() {
        XCTAssertEqual(Evaluator.and(.bool(false), unknown), .bool(false))
        XCTAssertEqual(Evaluator.and(unknown, .bool(false)), .bool(false))
        XCTAssertEqual(Evaluator.and(.bool(true), unknown), unknown)
        XCTAssertEqual(Evaluator.and(.bool(true), .bool(true)), .bool(true))
    }

    func testOr() {
        XCTAssertEqual(Evaluator.or(.bool(true), unknown), .bool(true))
        XCTAssertEqual(Evaluator.or(unknown, .bool(true)), .bool(true))
        XCTAssertEqual(Evaluator.or(.bool(false), unknown), unknown)
        XCTAssertEqual(Evaluator.or(.bool(false), .bool(false)), .bool(false))
    }

    func testNotAndComparisonsKeepTheDecidingQuestions() {
        XCTAssertEqual(Evaluator.not(unknown), unknown)
        let other = Value.missing(Missing(.unknown, questions: ["p"]))
        XCTAssertEqual(Evaluator.and(unknown, other).missing?.questions, ["p", "q"])
        XCTAssertEqual(Evaluator.compare("<", unknown, .number(2)).missing?.questions, ["q"])
        XCTAssertEqual(Evaluator.arithmetic("+", .number(1), unknown).missing?.questions, ["q"])
        XCTAssertEqual(Evaluator.arithmetic("/", .number(1), .number(0)).missing?.reason, .undefined)
    }
}
