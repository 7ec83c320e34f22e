import Kader
import KaderTestSupport
import XCTest

/// `kader lint` finds conditions that can never be true, and outcomes another rule always makes
/// useless, and says which part is impossible. It never flags what can happen.
final class LintConditionTests: XCTestCase {
    /// A mosque framework in miniature: a scale, a number question with bounds, a yes/no
    /// question, a question asked only without a plan, a grade table; `rules` is appended.
    func framework(rules: String, extra: String = "") -> String {
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
              - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
        domains:
          - id: visie
            title: {nl: Visie, en: Vision}
            questions:
              - {id: plan, scale: mate, text: {nl: Plan, en: Plan}}
              - id: waarom_geen_plan
                scale: mate
                relevant: "plan == 'nee'"
                text: {nl: Weet het bestuur waarom er geen plan is?, en: Does the board know why there is no plan?}
              - {id: kinderen, type: number, min: 0, max: 40, integer: true, text: {nl: Kinderen, en: Children}}
              - {id: protocol, type: yesno, text: {nl: Protocol, en: Protocol}}
        \(extra)
        levels:
          - {id: startend, min: 0, max: 40, label: {nl: Startend, en: Starting}}
          - {id: in_ontwikkeling, min: 40, max: 70, label: {nl: In ontwikkeling, en: Developing}}
          - {id: op_orde, min: 70, max: 100, label: {nl: Op orde, en: On track}}
        grades:
          table:
            - {min: 0, max: 50, grade: 4}
            - {min: 50, max: 100, grade: 7}
        rules:
          - id: visie_laag
            domain: visie
            when: "score.visie < 50"
            advice: {nl: Schrijf een visie., en: Write a vision.}
        \(rules)
        """
    }

    func warnings(_ yaml: String, code: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws -> [Diagnostic] {
        let all = Linter(framework: try Fixtures.validFramework(yaml, file: file, line: line)).run()
        return code.map { code in all.filter { $0.code.rawValue == code } } ?? all
    }

    /// Asserts exactly one dead rule, `id`, whose fix starts with `fix`, at 1️⃣ in the marked YAML.
    func assertDead(_ rule: String, fix: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let marked = MarkedText(framework(rules: rule))
        let dead = try warnings(marked.text, code: "dead-rule", file: file, line: line)
        XCTAssertEqual(dead.count, 1, dead.map(\.message.en).joined(separator: "\n"), file: file, line: line)
        XCTAssertEqual(dead.first?.fix?.en, fix + "; change the condition or remove the rule", file: file, line: line)
        XCTAssertEqual(dead.first?.location, marked.location("1️⃣", file: "framework.yaml"), file: file, line: line)
        XCTAssertNotEqual(dead.first?.fix?.nl, dead.first?.fix?.en, file: file, line: line)
    }

    // MARK: Beyond a range

    func testANumberComparedBeyondTheQuestionsBounds() throws {
        try assertDead(
            "  - {id: groot, when: \"1️⃣kinderen > 40\", advice: Groot.}",
            fix: "'kinderen > 40' cannot hold: 'kinderen' lies between 0 and 40 (the question's min and max)")
    }

    func testAScoreBeyondZeroToHundred() throws {
        try assertDead(
            "  - {id: negatief, when: \"1️⃣score.visie < 0\", advice: Nooit.}",
            fix: "'score.visie < 0' cannot hold: a score lies between 0 and 100")
        try assertDead(
            "  - {id: item, when: \"1️⃣item.plan > 100\", advice: Nooit.}",
            fix: "'item.plan > 100' cannot hold: an item score lies between 0 and 100")
    }

    func testAGradeBeyondItsTable() throws {
        try assertDead(
            "  - {id: cijfer, when: \"1️⃣grade.overall >= 8\", advice: Nooit.}",
            fix: "'grade.overall >= 8' cannot hold: a grade lies between 4 and 7")
    }

    func testAnOptionBelowTheLowest() throws {
        try assertDead(
            "  - {id: laagst, when: \"1️⃣plan < 'nee'\", advice: Nooit.}",
            fix: "'plan < 'nee'' cannot hold: 'plan' is nee (0), deels (1) or ja (2)")
    }

    func testALevelAboveTheHighest() throws {
        try assertDead(
            "  - {id: boven, when: \"1️⃣level.overall > 'op_orde'\", advice: Nooit.}",
            fix: "'level.overall > 'op_orde'' cannot hold: "
                + "'level.overall' is startend, in_ontwikkeling or op_orde (from low to high)")
    }

    // MARK: Contradictions

    func testAnAnswerThatMustBeTwoOptions() throws {
        try assertDead(
            "  - {id: beide, when: \"plan == 'ja' and 1️⃣plan == 'nee'\", advice: Nooit.}",
            fix: "'plan == 'nee'' cannot hold together with 'plan == 'ja''")
    }

    func testAScoreAboveEightyAndBelowTwenty() throws {
        try assertDead(
            "  - {id: hoog_en_laag, when: \"score.visie > 80 and 1️⃣score.visie < 20\", advice: Nooit.}",
            fix: "'score.visie < 20' cannot hold together with 'score.visie > 80'")
    }

    func testAWholeNumberBetweenThreeAndFour() throws {
        try assertDead(
            "  - {id: tussen, when: \"kinderen > 3 and 1️⃣kinderen < 4\", advice: Nooit.}",
            fix: "'kinderen < 4' cannot hold together with 'kinderen > 3'")
    }

    func testAConditionAndItsNegation() throws {
        try assertDead(
            "  - {id: niet, when: \"not (protocol) and 1️⃣protocol\", advice: Nooit.}",
            fix: "'protocol' cannot hold together with 'not (protocol)'")
    }

    func testEveryAlternativeOfAnOrImpossible() throws {
        try assertDead(
            "  - {id: of, when: \"(plan == 'ja' and 1️⃣plan == 'deels') or score.visie > 100\", advice: Nooit.}",
            fix: "'plan == 'deels'' cannot hold together with 'plan == 'ja''")
    }

    func testADifferenceBeyondWhatScoresAllow() throws {
        try assertDead(
            "  - {id: verschil, when: \"1️⃣score.visie - score.overall > 100\", advice: Nooit.}",
            fix: "'score.visie - score.overall > 100' cannot hold: the values on its two sides can never compare like that")
    }

    func testTheConstantFalse() throws {
        try assertDead("  - {id: uit, when: \"1️⃣false\", advice: Nooit.}", fix: "'false' is always false")
    }

    // MARK: Relevance

    func testARuleOnAQuestionOnlyAskedInTheOppositeCase() throws {
        try assertDead(
            "  - {id: tegenstrijdig, when: \"plan == 'ja' and 1️⃣waarom_geen_plan == 'ja'\", advice: Nooit.}",
            fix: "'waarom_geen_plan' is only asked when plan == 'nee', which cannot hold here ('waarom_geen_plan == 'ja''): "
                + "'plan == 'nee'' cannot hold together with 'plan == 'ja''")
    }

    func testTheSameContradictionTheOtherWayRound() throws {
        try assertDead(
            "  - {id: tegenstrijdig, when: \"waarom_geen_plan == 'ja' and 1️⃣plan == 'deels'\", advice: Nooit.}",
            fix: "'plan == 'deels'' cannot hold together with 'plan == 'nee'' "
                + "(the condition under which 'waarom_geen_plan' is asked)")
    }

    func testAQuestionNeverAskedAPreconditionNeverMetAndALevelNeverReached() throws {
        let found = try warnings(
            framework(
                rules: """
                      - {id: zinnig, when: "plan == 'nee'", advice: Begin.}
                    preconditions:
                      - {id: altijd_nee, text: Nooit., when: "kinderen > 41"}
                    """,
                extra: """
                          - {id: nooit, scale: mate, relevant: "plan < 'nee'", text: {nl: Nooit, en: Never}}
                    """
            ).replacingOccurrences(of: "    min: 70\n", with: "    min: 70\n").replacingOccurrences(
                of: "  - {id: op_orde, min: 70, max: 100, label: {nl: Op orde, en: On track}}",
                with: "  - {id: op_orde, min: 70, max: 100, requires: \"score.visie > 100\", label: {nl: Op orde, en: On track}}"))
        XCTAssertEqual(
            found.filter { ["dead-relevance", "dead-precondition", "dead-level"].contains($0.code.rawValue) }.map(\.message.en),
            [
                "question 'nooit' is never asked",
                "precondition 'altijd_nee' is never met",
                "level 'op_orde' is never reached as the overall level: 'requires' never holds"
            ])
    }

    // MARK: What can happen is never flagged

    func testConditionsThatCanHoldAreNotFlagged() throws {
        let found = try warnings(
            framework(
                rules: """
                      - {id: a, when: "plan <= 'nee'", advice: A.}
                      - {id: b, when: "plan == 'ja' or plan == 'nee'", advice: B.}
                      - {id: c, when: "score.visie >= 100 and kinderen == 40", advice: C.}
                      - {id: d, when: "plan == 'nee' and waarom_geen_plan == 'ja'", advice: D.}
                      - {id: e, when: "not (plan == 'ja') and plan != 'nee'", advice: E.}
                      - {id: f, when: "score.visie + score.overall > 150", advice: F.}
                      - {id: g, when: "count(items('visie')) > 100 or kinderen * 2 > 79", advice: G.}
                      - {id: h, when: "protocol == false and kinderen >= 3 and kinderen <= 3", advice: H.}
                      - {id: i, when: "grade.overall >= 7", advice: I.}
                    """))
        XCTAssertEqual(found.filter { $0.code.rawValue.hasPrefix("dead") }.map(\.message.en), [])
    }

    func testTheBundledFrameworksHaveNoImpossibleConditions() throws {
        for id in ["moskeeonderwijs", "jeugdhulp_azc", "interventies_samenleven"] {
            let text = try String(contentsOfFile: Fixtures.root + "/Frameworks/\(id).yaml", encoding: .utf8)
            XCTAssertEqual(try warnings(text).map(\.message.en), [], id)
        }
    }
}
