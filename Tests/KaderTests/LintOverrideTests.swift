import Kader
import KaderTestSupport
import XCTest

/// A cap that never decides the level because a lower cap always applies too, and advice that
/// always appears twice because another rule gives the same text whenever it does.
final class LintOverrideTests: XCTestCase {
    func framework(rules: String) -> String {
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
          - id: leskrachten
            title: {nl: Leskrachten, en: Teachers}
            questions:
              - {id: gedragscode, scale: mate, critical: true, text: {nl: Gedragscode, en: Code of conduct}}
              - {id: vog, scale: mate, text: {nl: VOG, en: Certificate of conduct}}
        levels:
          - {id: startend, min: 0, max: 40, label: {nl: Startend, en: Starting}}
          - {id: in_ontwikkeling, min: 40, max: 70, label: {nl: In ontwikkeling, en: Developing}}
          - {id: op_orde, min: 70, max: 100, label: {nl: Op orde, en: On track}}
        rules:
          - id: leskrachten_laag
            domain: leskrachten
            when: "score.leskrachten < 50"
            advice: {nl: Begin bij de leskrachten., en: Start with the teachers.}
        \(rules)
        """
    }

    func warnings(_ rules: String, code: String, file: StaticString = #filePath, line: UInt = #line) throws -> [Diagnostic] {
        Linter(framework: try Fixtures.validFramework(framework(rules: rules), file: file, line: line)).run().filter {
            $0.code.rawValue == code
        }
    }

    func testACapThatALowerCapWithAWeakerConditionAlwaysOverrides() throws {
        let found = try warnings(
            """
              - id: code_niet_getekend
                when: "gedragscode == 'nee'"
                cap: in_ontwikkeling
              - id: code_niet_volledig
                when: "gedragscode != 'ja'"
                cap: startend
            """, code: "overridden-cap")
        XCTAssertEqual(found.map(\.message.en), ["the cap of rule 'code_niet_getekend' to 'in_ontwikkeling' never decides the level"])
        XCTAssertEqual(
            found.first?.fix?.en,
            "rule 'code_niet_volledig' always fires too when 'code_niet_getekend' fires, and caps to 'startend'; "
                + "remove one of the caps or narrow the condition of 'code_niet_volledig'")
        XCTAssertEqual(found.first?.location?.line, 25)
    }

    func testTwoEqualCapsWithTheSameConditionReportOnlyTheLaterOne() throws {
        let found = try warnings(
            """
              - {id: eerste, when: "gedragscode == 'nee'", cap: startend}
              - {id: tweede, when: "gedragscode < 'deels'", cap: startend}
            """, code: "overridden-cap")
        XCTAssertEqual(found.map(\.message.en), ["the cap of rule 'tweede' to 'startend' never decides the level"])
    }

    func testCapsThatEachDecideSometimesAreNotFlagged() throws {
        let found = try warnings(
            """
              - {id: lager_maar_strenger, when: "gedragscode == 'nee' and vog == 'nee'", cap: startend}
              - {id: hoger, when: "gedragscode == 'nee'", cap: in_ontwikkeling}
              - {id: ander_domein, domain: leskrachten, when: "vog != 'ja'", cap: {level: startend, scope: domain}}
              - {id: totaal, when: "vog == 'nee'", cap: {level: in_ontwikkeling, scope: overall}}
              - {id: onbekend_telt_niet, when: "score.leskrachten < 30", cap: startend}
              - {id: altijd_erbij, when: "score.leskrachten < 30 and vog == 'deels'", cap: in_ontwikkeling}
            """, code: "overridden-cap")
        // 'altijd_erbij' is the one real case: 'onbekend_telt_niet' always caps lower when it fires.
        XCTAssertEqual(found.map(\.message.en), ["the cap of rule 'altijd_erbij' to 'in_ontwikkeling' never decides the level"])
    }

    func testAdviceThatAnotherRuleAlwaysGivesToo() throws {
        let found = try warnings(
            """
              - id: geen_vog
                when: "vog == 'nee'"
                advice: {nl: Vraag voor elke leskracht een VOG aan., en: Apply for a certificate of conduct for every teacher.}
              - id: vog_niet_volledig
                when: "vog != 'ja'"
                advice: {nl: Vraag voor elke leskracht een VOG aan., en: Apply for a certificate of conduct for every teacher.}
              - id: ander_advies
                when: "vog == 'nee'"
                advice: {nl: Bespreek de VOG met het bestuur., en: Discuss the certificate with the board.}
            """, code: "duplicate-outcome")
        XCTAssertEqual(
            found.map(\.message.en),
            ["rule 'geen_vog' always repeats its 'advice': rule 'vog_niet_volledig' then gives the same text"])
        XCTAssertEqual(
            found.first?.fix?.nl,
            "'vog_niet_volledig' gaat altijd ook af als 'geen_vog' afgaat; "
                + "verwijder een van beide, of geef ze elk een eigen tekst")
    }

    func testTheSameTextUnderConditionsThatDoNotImplyEachOtherIsNotFlagged() throws {
        let found = try warnings(
            """
              - {id: a, when: "vog == 'nee'", strength: {nl: Goed., en: Good.}}
              - {id: b, when: "gedragscode == 'ja'", strength: {nl: Goed., en: Good.}}
            """, code: "duplicate-outcome")
        XCTAssertEqual(found.map(\.message.en), [])
    }
}
