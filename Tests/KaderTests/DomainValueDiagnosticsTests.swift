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
        let found = LoaderCheck.expect(
            framework + """
                  - id: weinig
                    when: "points.1️⃣visi < 1"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown domain 'visi'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'visie'?")
        XCTAssertEqual(found?.length, "visi".count)
    }

    func testPointsWithoutADomain() {
        let found = LoaderCheck.expect(
            framework + """
                  - id: weinig
                    when: "1️⃣points < 1"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "'points' needs a domain after it")
        XCTAssertEqual(found?.fix?.en, "write for example 'points.visie'")
    }

    func testABandIsALevelAndComparesWithLevelIds() {
        let found = LoaderCheck.expect(
            framework + """
                  - id: laag
                    when: "band.visie == 1️⃣'op_ord'"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "'op_ord' is not a level")
        XCTAssertEqual(found?.fix?.en, "did you mean 'op_orde'?")
    }

    func testARuleWithACapMayNotReadBands() {
        LoaderCheck.expect(
            framework + """
                  - id: laag
                    when: "1️⃣band.visie == 'startend'"
                    cap: startend
                """, code: "expression", message: "levels cannot be used in a rule with 'cap'")
    }

    func testComparingWithMissingIsAnError() {
        let found = LoaderCheck.expect(
            framework + """
                  - id: leeg
                    when: "points.visie == 1️⃣missing"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "a comparison with 'missing' is never true or false")
        XCTAssertTrue(found?.fix?.en.contains("answered(") ?? false, found?.fix?.en ?? "no fix")
    }

    func testAnUnknownKindOfReferenceListsTheDomainValues() {
        let found = LoaderCheck.expect(
            framework + """
                  - id: leeg
                    when: "1️⃣point.visie < 1"
                    advice: {nl: Begin., en: Start.}
                """, code: "expression", message: "unknown kind of reference 'point.'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'points'?")
    }

    func testBandWithoutLevels() {
        LoaderCheck.expect(
            framework.replacingOccurrences(
                of: """
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
        let found = LoaderCheck.expect(
            framework.replacingOccurrences(of: "SCALE", with: "scale: 1️⃣point"),
            code: "invalid-value", message: "'point' is not a valid value for 'scale'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'points'?")
    }

    func testAnAggregatorBesideAScaleOfPoints() {
        LoaderCheck.expect(
            framework.replacingOccurrences(of: "SCALE", with: "scale: points\n    1️⃣aggregate: median"),
            code: "conflicting-keys", message: "'aggregate' applies to scale: percent only")
    }

    func testAnUnknownScaleOfTheOverallScore() {
        LoaderCheck.expect(
            framework.replacingOccurrences(of: "SCALE", with: "") + """
                scoring:
                  overall: {aggregate: sum, scale: 1️⃣som}
                """, code: "invalid-value", message: "'som' is not a valid value for 'scale'")
    }
}

/// A domain's own bands written wrong: each is an error at the band or key at fault.
final class OwnBandDiagnosticsTests: XCTestCase {
    /// One domain of three 0-2 items on `scale: points` (0-6), with BANDS to fill in.
    let framework = """
        id: demo
        version: "1.0.0"
        title: {nl: Demo, en: Demo}
        scales:
          - id: drie
            options:
              - {id: nooit, value: 0, label: {nl: Nooit, en: Never}}
              - {id: soms, value: 1, label: {nl: Soms, en: Sometimes}}
              - {id: vaak, value: 2, label: {nl: Vaak, en: Often}}
        band_sets:
          - id: ernst
            bands:
              - {id: laag, min: 0, max: 5, label: Laag}
              - {id: hoog, min: 5, max: 10, label: Hoog}
        domains:
          - id: somber
            title: {nl: Somber, en: Low mood}
            scale: points
            BANDS
            questions:
              - {id: s1, scale: drie, text: {nl: S1, en: S1}}
              - {id: s2, scale: drie, text: {nl: S2, en: S2}}
              - {id: s3, scale: drie, text: {nl: S3, en: S3}}
        levels:
          - {id: zorg, min: 0, max: 50, label: Zorg}
          - {id: goed, min: 50, max: 100, label: Goed}
        rules:

        """

    func with(_ bands: String) -> String { framework.replacingOccurrences(of: "BANDS", with: bands) }

    func testBandsThatDoNotStartAtTheLowestScore() {
        LoaderCheck.expect(
            with(
                """
                bands:
                      - 1️⃣{id: laag, min: 1, max: 3, label: Laag}
                      - {id: hoog, min: 3, max: 6, label: Hoog}
                """), code: "band-gap", message: "the bands start at 1, not at 0")
    }

    func testBandsBeyondTheHighestScore() {
        LoaderCheck.expect(
            with(
                """
                bands:
                      - {id: laag, min: 0, max: 3, label: Laag}
                      - 1️⃣{id: hoog, min: 3, max: 10, label: Hoog}
                """), code: "band-gap", message: "the bands end at 10, not at 6")
    }

    func testOverlappingBands() {
        LoaderCheck.expect(
            with(
                """
                bands:
                      - {id: laag, min: 0, max: 4, label: Laag}
                      - 1️⃣{id: hoog, min: 3, max: 6, label: Hoog}
                """), code: "band-overlap", message: "overlap: 3–4 falls in two bands")
    }

    func testAnUnknownBandSet() {
        let found = LoaderCheck.expect(with("bands: 1️⃣erst"), code: "unknown-reference", message: "unknown band set 'erst'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'ernst'?")
    }

    func testABandSetThatDoesNotFitTheDomainsRange() {
        LoaderCheck.expect(
            with("bands: 1️⃣ernst"), code: "band-gap",
            message: "band set 'ernst' runs from 0 to 10, but domain 'somber' scores from 0 to 6")
    }

    func testAnUnknownDirection() {
        let found = LoaderCheck.expect(
            with("direction: 1️⃣lower_better"), code: "invalid-value",
            message: "'lower_better' is not a valid value for 'direction'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'lower_is_better'?")
    }

    func testTheLevelOfADomainWithoutLevels() {
        LoaderCheck.expect(
            with("bands: none") + """
                  - id: somber_hoog
                    when: "level.1️⃣somber == 'zorg'"
                    advice: {nl: Let op., en: Take care.}
                """, code: "expression", message: "domain 'somber' has no level (bands: none)")
    }

    func testABandOfTheDomainsOwnIsCheckedInComparisons() {
        let found = LoaderCheck.expect(
            with(
                """
                bands:
                      - {id: laag, min: 0, max: 3, label: Laag}
                      - {id: hoog, min: 3, max: 6, label: Hoog}
                """) + """
                      - id: somber_hoog
                        when: "band.somber == 1️⃣'zorg'"
                        advice: {nl: Let op., en: Take care.}
                    """, code: "expression", message: "'zorg' is not an option of bands of 'somber'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'hoog'?")
    }

    func testACapOnADomainWithItsOwnBands() {
        LoaderCheck.expect(
            with("bands: none") + """
                  - id: somber_cap
                    domain: somber
                    when: "s1 == 'vaak'"
                    1️⃣cap: {level: zorg, scope: domain}
                """, code: "invalid-value",
            message: "domain 'somber' has no level (bands: none): a cap with scope: domain has nothing to lower")
    }

    func testBandsOfADerivedScoreBeyondItsRange() {
        let scoring = """
            scoring:
              scores:
                - id: totaal
                  aggregate: sum
                  scale: points
                  of: [somber]
                  bands:
                    - {id: laag, min: 0, max: 3, label: Laag}
                    - 1️⃣{id: hoog, min: 3, max: 10, label: Hoog}
            levels:
            """
        LoaderCheck.expect(
            with("").replacingOccurrences(of: "levels:\n", with: scoring + "\n"), code: "band-gap",
            message: "the bands end at 10, not at 6")
    }
}
