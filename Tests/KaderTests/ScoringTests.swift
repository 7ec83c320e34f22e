import Kader
import KaderTestSupport
import XCTest

/// A small wellbeing questionnaire, written the way a framework author would: reverse-scored
/// items, two subscales that need a minimum of answers and are prorated, a total over the
/// subscales, named bands, a critical item that caps the level, and advice from combinations.
/// Every expected number is worked out by hand in the comments.
final class ScoringTests: XCTestCase {
    static let yaml = """
        id: welzijn
        version: "2.1"
        title: {nl: Welzijn, en: Wellbeing}
        scales:
          - id: vijf
            options:
              - {id: nooit, value: 1, label: {nl: Nooit, en: Never}}
              - {id: soms, value: 2, label: {nl: Soms, en: Sometimes}}
              - {id: vaak, value: 3, label: {nl: Vaak, en: Often}}
              - {id: meestal, value: 4, label: {nl: Meestal, en: Mostly}}
              - {id: altijd, value: 5, label: {nl: Altijd, en: Always}}
              - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
              - {id: nvt, role: not_applicable, label: {nl: N.v.t., en: N/a}}
        domains:
          - id: sfeer
            title: {nl: Sfeer, en: Atmosphere}
            min_answered: 3
            prorate: true
            aggregate: sum
            questions:
              - {id: s1, scale: vijf, text: {nl: Kinderen voelen zich welkom., en: Children feel welcome.}}
              - {id: s2, scale: vijf, reverse: true, text: {nl: Er wordt gepest., en: There is bullying.}}
              - {id: s3, scale: vijf, weight: 2, text: {nl: Leskrachten zijn vriendelijk., en: Teachers are kind.}}
              - {id: s4, scale: vijf, text: {nl: Er is ruimte voor vragen., en: There is room for questions.}}
          - id: veiligheid
            title: {nl: Veiligheid, en: Safety}
            min_answered: 2
            questions:
              - {id: v1, scale: vijf, critical: true, text: {nl: Straf is uitgesloten., en: Punishment is ruled out.}}
              - {id: v2, scale: vijf, text: {nl: Er is een EHBO-doos., en: There is a first-aid kit.}}
              - id: v3
                scale: vijf
                relevant: "v2 >= 'vaak'"
                text: {nl: De EHBO-doos wordt gecontroleerd., en: The first-aid kit is checked.}
        scoring:
          overall:
            aggregate: weighted_mean
            of: [{id: sfeer, weight: 3}, veiligheid]
        levels:
          - {id: zwak, min: 0, max: 50, label: {nl: Zwak, en: Weak}}
          - {id: redelijk, min: 50, max: 75, label: {nl: Redelijk, en: Fair}}
          - id: goed
            min: 75
            max: 100
            label: {nl: Goed, en: Good}
            requires: "item.v1 == 100"
        grades:
          table:
            - {min: 0, max: 50, grade: 4}
            - {min: 50, max: 75, grade: 6.5}
            - {min: 75, max: 100, grade: 8}
        rules:
          - id: straf_niet_uitgesloten
            domain: veiligheid
            when: "v1 < 'altijd'"
            cap: {level: redelijk, scope: overall}
            because: {nl: "Straf uitgesloten: {v1}.", en: "Punishment ruled out: {v1}."}
            advice:
              text: {nl: Leg vast dat straf is uitgesloten., en: Record that punishment is ruled out.}
              priority: critical
              effort: quick_win
          - id: pesten_en_vragen
            domain: sfeer
            when: "s2 >= 'vaak' and s4 <= 'soms'"
            advice:
              text: {nl: Maak een pestprotocol., en: Write an anti-bullying protocol.}
              priority: high
              effort: structural
          - id: sfeer_laag
            domain: sfeer
            when: "score.sfeer < 60"
            advice:
              text: {nl: Bespreek de sfeer met de leskrachten., en: Discuss the atmosphere with the teachers.}
              priority: high
              effort: quick_win
          - id: onbekend_gebleven
            when: "v3 >= 'vaak' or s1 == 'altijd'"
            flag: {severity: info, text: {nl: Controle of welkom., en: Check or welcome.}}
          - id: veilig_sterk
            domain: veiligheid
            when: "level.veiligheid == 'goed'"
            strength: {nl: Veiligheid is goed geregeld., en: Safety is well arranged.}
        """

    func testReverseScoringWeightsProrationAndSumAggregator() throws {
        let framework = try Fixtures.validFramework(Self.yaml)
        let response = try Fixtures.answers(
            """
            s1: meestal
            s2: vaak
            s3: altijd
            s4: weet_niet
            v1: altijd
            v2: soms
            """, for: framework)
        let result = Engine(framework: framework).evaluate(response)
        let sfeer = try XCTUnwrap(result.domains.first { $0.id == "sfeer" })
        // s1 meestal = 4; s2 vaak = 3 reversed = 5 + 1 - 3 = 3; s3 altijd = 5 × weight 2 = 10; s4 weet niet: left out.
        // sum: points above the minimum (1): (3 + 2 + 4×2) / (4 + 4 + 4×2) = 13 / 16 = 81.25 → 81.3
        XCTAssertEqual(sfeer.score, 81.3)
        XCTAssertEqual(sfeer.points, 4 + 3 + 10)
        XCTAssertEqual(sfeer.maxPoints, 5 + 5 + 10)
        // Prorated to s4 too (max 5): 17 / 20 × 25 = 21.25 → 21.3 of 25.
        XCTAssertEqual(sfeer.proratedPoints, 21.3)
        XCTAssertEqual(sfeer.proratedMaxPoints, 25)
        XCTAssertEqual(sfeer.completeness.unknown, 1)
        XCTAssertEqual(sfeer.completeness.answered, 3)
        // veiligheid: v1 altijd = 100, v2 soms = (2-1)/4 = 25; v3 is not relevant (v2 < vaak). mean = 62.5
        let veiligheid = try XCTUnwrap(result.domains.first { $0.id == "veiligheid" })
        XCTAssertEqual(veiligheid.score, 62.5)
        XCTAssertEqual(veiligheid.completeness.notRelevant, 1)
        XCTAssertEqual(veiligheid.items.first { $0.questionID == "v3" }?.state, .notRelevant)
        // Overall: weighted mean (81.3 × 3 + 62.5) / 4 = 306.4 / 4 = 76.6
        XCTAssertEqual(result.overall.score, 76.6)
        XCTAssertEqual(result.overall.level, "goed")
        XCTAssertEqual(result.overall.grade, 8)
        XCTAssertEqual(veiligheid.level, "redelijk")
        XCTAssertEqual(veiligheid.grade, 6.5)
    }

    func testMinimumAnsweredGivesInsufficientDataAndInvalidatesTheTotal() throws {
        let framework = try Fixtures.validFramework(Self.yaml)
        let response = try Fixtures.answers(
            """
            s1: meestal
            s2: nvt
            v1: altijd
            v2: altijd
            v3: altijd
            """, for: framework)
        let result = Engine(framework: framework).evaluate(response)
        let sfeer = try XCTUnwrap(result.domains.first { $0.id == "sfeer" })
        // Only s1 counts (s2 n.v.t., s3 and s4 unanswered): 1 < min_answered 3.
        XCTAssertNil(sfeer.score)
        XCTAssertEqual(sfeer.status, .insufficient)
        XCTAssertNil(sfeer.level)
        XCTAssertNil(sfeer.grade)
        XCTAssertEqual(sfeer.completeness.notApplicable, 1)
        XCTAssertEqual(sfeer.completeness.unanswered, 2)
        // The total needs every part (no skip_invalid): insufficient too.
        XCTAssertNil(result.overall.score)
        XCTAssertNil(result.overall.level)
        // veiligheid is complete: 100.
        XCTAssertEqual(result.domains.first { $0.id == "veiligheid" }?.score, 100)
    }

    func testCriticalItemCapsTheOverallLevelAndComesFirst() throws {
        let framework = try Fixtures.validFramework(Self.yaml)
        let response = try Fixtures.answers(
            """
            s1: altijd
            s2: vaak
            s3: altijd
            s4: soms
            v1: meestal
            v2: altijd
            v3: altijd
            """, for: framework)
        let result = Engine(framework: framework).evaluate(response)
        // sfeer, points above the minimum of 1: s1 altijd 4, s2 vaak reversed 3 → 2, s3 altijd 4 × 2 = 8,
        // s4 soms 1: 15 of (4 + 4 + 8 + 4) = 20 → 75
        XCTAssertEqual(result.domains.first { $0.id == "sfeer" }?.score, 75)
        // veiligheid: v1 meestal (3/4 = 75), v2 100, v3 100 → 91.67 → 91.7
        XCTAssertEqual(result.domains.first { $0.id == "veiligheid" }?.score, 91.7)
        // overall: (75 × 3 + 91.7) / 4 = 316.7 / 4 = 79.175 → 79.2, band goed,
        // but `requires: item.v1 == 100` fails (75) → redelijk.
        XCTAssertEqual(result.overall.score, 79.2)
        XCTAssertEqual(result.overall.bandLevel, "goed")
        XCTAssertEqual(result.overall.unmetRequirements, ["goed"])
        XCTAssertEqual(result.overall.level, "redelijk")
        // The cap (redelijk) would not lower it further, so it is not reported as capping.
        XCTAssertEqual(result.overall.cappedBy, [])
        // Advice: the critical quick win before the high structural one.
        XCTAssertEqual(result.advice.map(\.ruleID), ["straf_niet_uitgesloten", "pesten_en_vragen"])
        XCTAssertEqual(result.advice.first?.because?.nl, "Straf uitgesloten: Meestal.")
        XCTAssertEqual(result.advice.first?.because?.en, "Punishment ruled out: Mostly.")
        // The domain level is not capped (scope overall), so the strength fires.
        XCTAssertEqual(result.domains.first { $0.id == "veiligheid" }?.level, "goed")
        XCTAssertEqual(result.strengths.map(\.ruleID), ["veilig_sterk"])
    }

    func testThreeValuedLogicKeepsUnknownRulesFromFiring() throws {
        let framework = try Fixtures.validFramework(Self.yaml)
        let response = try Fixtures.answers(
            """
            s1: soms
            s2: vaak
            s3: soms
            v2: soms
            """, for: framework)
        let result = Engine(framework: framework).evaluate(response)
        let outcomes = Dictionary(uniqueKeysWithValues: result.rules.map { ($0.id, $0) })
        // v1 is unanswered: the cap rule's condition is unknown, so it does not fire and names v1.
        XCTAssertEqual(outcomes["straf_niet_uitgesloten"]?.outcome, .unknown)
        XCTAssertEqual(outcomes["straf_niet_uitgesloten"]?.undecidedBy, ["v1"])
        // s4 unanswered, s2 vaak: `true and unknown` stays unknown.
        XCTAssertEqual(outcomes["pesten_en_vragen"]?.outcome, .unknown)
        XCTAssertEqual(outcomes["pesten_en_vragen"]?.undecidedBy, ["s4"])
        // v3 not relevant (unknown), s1 soms (false): `unknown or false` stays unknown.
        XCTAssertEqual(outcomes["onbekend_gebleven"]?.outcome, .unknown)
        // sfeer: s1 2→1, s2 vaak→3→2, s3 soms 2→1 ×2: (1 + 2 + 2) / 16 = 31.25 → 31.3 < 60: fires.
        XCTAssertEqual(outcomes["sfeer_laag"]?.outcome, .fired)
        XCTAssertEqual(result.domains.first { $0.id == "sfeer" }?.score, 31.3)
        // veiligheid has one counted item (v2) of the 2 needed: insufficient.
        XCTAssertNil(result.domains.first { $0.id == "veiligheid" }?.score)
    }

    func testExplainSaysWhyARuleDidNotFire() throws {
        let framework = try Fixtures.validFramework(Self.yaml)
        let response = try Fixtures.answers(
            """
            s1: soms
            s2: nooit
            s3: soms
            s4: vaak
            v1: altijd
            v2: soms
            """, for: framework)
        let lines = try Explainer(framework: framework).explain(response, target: .rule("pesten_en_vragen")).get()
        let text = lines.map(\.text.en).joined(separator: "\n")
        XCTAssertTrue(text.contains("Did not fire, because:"), text)
        // s2 nooit (1) is not >= vaak (3): this is the deciding condition, with the value it saw.
        XCTAssertTrue(text.contains("[false] s2 >= 'vaak' (s2 = Never)"), text)
        let item = try Explainer(framework: framework).explain(response, target: .item("s2")).get().map(\.text.en).joined(separator: "\n")
        // Reverse scoring: nooit = 1 → 5 + 1 − 1 = 5 of 5 → 100.
        XCTAssertTrue(item.contains("Never → 5 / 5, reverse scored = 100"), item)
    }

    func testUnknownAnswersCanCountAsLowest() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "scoring:\n", with: "scoring:\n  unknown: lowest\n")
        let framework = try Fixtures.validFramework(yaml)
        let response = try Fixtures.answers(
            """
            v1: altijd
            v2: weet_niet
            """, for: framework)
        let veiligheid = try XCTUnwrap(Engine(framework: framework).evaluate(response).domains.first { $0.id == "veiligheid" })
        // weet niet counts as nooit (0): mean(100, 0) = 50; v3 not relevant (v2 unknown).
        XCTAssertEqual(veiligheid.score, 50)
        XCTAssertEqual(veiligheid.completeness.unknown, 1)
    }

    func testNotApplicableLeavesTheMaximumButALowAnswerDoesNot() throws {
        let framework = try Fixtures.validFramework(Self.yaml)
        let engine = Engine(framework: framework)
        let base = "s1: altijd\ns2: nooit\ns3: altijd\n"
        let withNA = try XCTUnwrap(engine.evaluate(try Fixtures.answers(base + "s4: nvt", for: framework)).domains.first?.score)
        let withLow = try XCTUnwrap(engine.evaluate(try Fixtures.answers(base + "s4: nooit", for: framework)).domains.first?.score)
        // n.v.t.: 16/16 = 100; nooit: 16/20 (points above minimum) = 80.
        XCTAssertEqual(withNA, 100)
        XCTAssertEqual(withLow, 80)
    }
}
