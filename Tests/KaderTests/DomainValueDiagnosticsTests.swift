import Kader
import KaderTestSupport
import XCTest

/// Reading a domain's raw values (`points.d`, `answered.d`, `max.d`, `band.d`) and the word
/// `missing`, written wrong: each mistake is an error at the exact place, with a fix.
final class DomainValueDiagnosticsTests: XCTestCase {
    /// A framework with one domain, a growth model, and a rule section to append rules to.
    let framework = """
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

        """

    func testPointsOfAnUnknownDomainSuggestsTheClosest() {
        let found = LoaderCheck.expect(framework + """
              - id: weinig
                when: "points.1️⃣visi < 1"
                advice: {nl: Begin., en: Start.}
            """, code: "expression", message: "unknown domain 'visi'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'visie'?")
        XCTAssertEqual(found?.length, "visi".count)
    }

    func testPointsWithoutADomain() {
        let found = LoaderCheck.expect(framework + """
              - id: weinig
                when: "1️⃣points < 1"
                advice: {nl: Begin., en: Start.}
            """, code: "expression", message: "'points' needs a domain after it")
        XCTAssertEqual(found?.fix?.en, "write for example 'points.visie'")
    }

    func testABandIsALevelAndComparesWithLevelIds() {
        let found = LoaderCheck.expect(framework + """
              - id: laag
                when: "band.visie == 1️⃣'op_ord'"
                advice: {nl: Begin., en: Start.}
            """, code: "expression", message: "'op_ord' is not a level")
        XCTAssertEqual(found?.fix?.en, "did you mean 'op_orde'?")
    }

    func testARuleWithACapMayNotReadBands() {
        LoaderCheck.expect(framework + """
              - id: laag
                when: "1️⃣band.visie == 'startend'"
                cap: startend
            """, code: "expression", message: "levels cannot be used in a rule with 'cap'")
    }

    func testComparingWithMissingIsAnError() {
        let found = LoaderCheck.expect(framework + """
              - id: leeg
                when: "points.visie == 1️⃣missing"
                advice: {nl: Begin., en: Start.}
            """, code: "expression", message: "a comparison with 'missing' is never true or false")
        XCTAssertTrue(found?.fix?.en.contains("answered(") ?? false, found?.fix?.en ?? "no fix")
    }

    func testAnUnknownKindOfReferenceListsTheDomainValues() {
        let found = LoaderCheck.expect(framework + """
              - id: leeg
                when: "1️⃣point.visie < 1"
                advice: {nl: Begin., en: Start.}
            """, code: "expression", message: "unknown kind of reference 'point.'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'points'?")
    }

    func testBandWithoutLevels() {
        LoaderCheck.expect(framework.replacingOccurrences(of: """
            levels:
              - {id: startend, min: 0, max: 50, label: {nl: Startend, en: Starting}}
              - {id: op_orde, min: 50, max: 100, label: {nl: Op orde, en: In order}}

            """, with: "") + """
              - id: laag
                when: "1️⃣band.visie == 'startend'"
                advice: {nl: Begin., en: Start.}
            """, code: "expression", message: "this framework has no levels")
    }
}

/// A score's `scale:` written wrong.
final class ScoreScaleDiagnosticsTests: XCTestCase {
    let framework = """
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
            SCALE
            questions:
              - {id: commissie, scale: mate, text: {nl: Commissie, en: Committee}}

        """

    func testAnUnknownScaleSuggestsTheClosest() {
        let found = LoaderCheck.expect(framework.replacingOccurrences(of: "SCALE", with: "scale: 1️⃣point"),
                                       code: "invalid-value", message: "'point' is not a valid value for 'scale'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'points'?")
    }

    func testAnAggregatorBesideAScaleOfPoints() {
        LoaderCheck.expect(framework.replacingOccurrences(of: "SCALE", with: "scale: points\n    1️⃣aggregate: median"),
                           code: "conflicting-keys", message: "'aggregate' applies to scale: percent only")
    }

    func testAnUnknownScaleOfTheOverallScore() {
        LoaderCheck.expect(framework.replacingOccurrences(of: "SCALE", with: "") + """
            scoring:
              overall: {aggregate: sum, scale: 1️⃣som}
            """, code: "invalid-value", message: "'som' is not a valid value for 'scale'")
    }
}
