import Kader
import KaderTestSupport
import XCTest

/// A framework that names what does not exist, leaves something empty, or sets weights, bands and
/// bounds that cannot work: each reported at its place, with the closest valid name where there is one.
final class ReferenceDiagnosticsTests: XCTestCase, DiagnosticsFixture {
    // MARK: References to things that do not exist

    func testAnUnknownScaleSuggestsTheClosest() {
        let found = LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: 1️⃣mat
                        text: {nl: Commissie, en: Committee}
                """, code: "unknown-reference", message: "unknown scale 'mat'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'mate'?")
    }

    func testARuleNamesAnUnknownDomain() {
        let found = LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    domain: 1️⃣vsie
                    when: "commissie == 'nee'"
                    advice: {nl: Begin., en: Start.}
                """, code: "unknown-reference", message: "unknown domain 'vsie'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'visie'?")
    }

    func testAnUnknownSourceId() {
        let found = LoaderCheck.expect(
            head.replacingOccurrences(
                of: "scales:",
                with: """
                    sources:
                      - {id: kis2022, title: KIS 2022}
                    scales:
                    """) + """
                    domains:
                      - id: visie
                        title: {nl: Visie, en: Vision}
                        sources: [1️⃣kis2023]
                        questions:
                          - id: commissie
                            scale: mate
                            text: {nl: Commissie, en: Committee}
                    """, code: "unknown-reference", message: "unknown source 'kis2023'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'kis2022'?")
    }

    func testAnUnknownLevelInACap() {
        let found = LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "commissie == 'nee'"
                    cap: 1️⃣op_ord
                """, code: "unknown-reference", message: "unknown level 'op_ord'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'op_orde'?")
    }

    func testAnUnknownAggregatorListsTheKnownOnes() {
        let found = LoaderCheck.expect(
            head + domain + """
                scoring:
                  aggregate: 1️⃣gewogen_gemiddelde
                """, code: "unknown-plugin", message: "unknown aggregator 'gewogen_gemiddelde'")
        XCTAssertTrue(found?.fix?.en.hasPrefix("known aggregators:") ?? false, found?.fix?.en ?? "no fix")
        for name in ["'mean'", "'weighted_mean'", "'median'"] {
            XCTAssertTrue(found?.fix?.en.contains(name) ?? false, "\(name) missing from: \(found?.fix?.en ?? "")")
        }
    }

    func testAnUnknownQuestionType() {
        let found = LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: kinderen
                        type: 1️⃣nummer
                        text: {nl: Hoeveel kinderen?, en: How many children?}
                """, code: "unknown-plugin", message: "unknown question type 'nummer'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'number'?")
    }

    // MARK: Empty things

    func testAScaleWithoutOptions() {
        LoaderCheck.expect(
            """
            id: demo
            version: "1.0.0"
            title: {nl: Demo, en: Demo}
            scales:
              - id: mate
                options: 1️⃣[]
            """ + "\n" + domain, code: "empty-list", message: "the options of scale 'mate' is empty")
    }

    func testAFrameworkWithoutDomains() {
        LoaderCheck.expect(
            head + """
                domains: 1️⃣[]
                """, code: "empty-list", message: "the framework has no domains")
    }

    func testADomainWithoutQuestions() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions: 1️⃣[]
                """, code: "empty-list", message: "domain 'visie' has no questions")
    }

    func testAScaleWithoutScoredOptions() {
        LoaderCheck.expect(
            """
            id: demo
            version: "1.0.0"
            title: {nl: Demo, en: Demo}
            scales:
              - id: mate
                options:
                  1️⃣- {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
                  - {id: nvt, role: not_applicable, label: {nl: N.v.t., en: N/A}}
            """ + "\n" + domain, code: "empty-scale", message: "scale 'mate' has no options with a value")
    }

    // MARK: Weights, bands and bounds

    func testAWeightOfZeroOrBelow() {
        for weight in ["0", "-1"] {
            LoaderCheck.expect(
                head + """
                    domains:
                      - id: visie
                        title: {nl: Visie, en: Vision}
                        questions:
                          - id: commissie
                            scale: mate
                            weight: 1️⃣\(weight)
                            text: {nl: Commissie, en: Committee}
                    """, code: "invalid-weight", message: "the weight must be greater than 0 (now \(weight))")
        }
    }

    func testLevelsThatOverlap() {
        LoaderCheck.expect(
            head + domain + """
                levels:
                  - {id: startend, min: 0, max: 60, label: {nl: Startend, en: Starting}}
                  - 1️⃣{id: op_orde, min: 50, max: 100, label: {nl: Op orde, en: In order}}
                """, code: "band-overlap", message: "overlap: 50–60 falls in two bands")
    }

    func testLevelsThatLeaveAGap() {
        LoaderCheck.expect(
            head + domain + """
                levels:
                  - {id: startend, min: 0, max: 40, label: {nl: Startend, en: Starting}}
                  - 1️⃣{id: op_orde, min: 50, max: 100, label: {nl: Op orde, en: In order}}
                """, code: "band-gap", message: "gap between 40 and 50")
    }

    func testLevelsThatDoNotStartAtZeroOrEndAtHundred() {
        let text =
            head + domain + """
                levels:
                  - 1️⃣{id: startend, min: 10, max: 50, label: {nl: Startend, en: Starting}}
                  - 2️⃣{id: op_orde, min: 50, max: 90, label: {nl: Op orde, en: In order}}
                """
        LoaderCheck.expect(text, code: "band-gap", message: "the levels start at 10, not at 0")
        LoaderCheck.expect(text, code: "band-gap", at: "2️⃣", message: "the levels end at 90, not at 100")
    }

    func testAGradeTableWithAGap() {
        LoaderCheck.expect(
            head + domain + """
                grades:
                  table:
                    - {min: 0, max: 50, grade: 4}
                    - 1️⃣{min: 55, max: 100, grade: 7}
                """, code: "band-gap", message: "gap between 50 and 55")
    }

    func testANumberQuestionWithMinNotBelowMax() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: kinderen
                        type: number
                        min: 10
                        max: 1️⃣10
                        text: {nl: Hoeveel kinderen?, en: How many children?}
                """, code: "invalid-bounds", message: "max (10) must be greater than min (10)", fix: false)
    }

    func testAnIdWithAHyphen() {
        let found = LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: 1️⃣visie-schriftelijk
                        scale: mate
                        text: {nl: Commissie, en: Committee}
                """, code: "invalid-id", message: "'visie-schriftelijk' is not a valid id")
        XCTAssertTrue(found?.fix?.en.contains("'visie_schriftelijk'") ?? false, found?.fix?.en ?? "no fix")
    }
}
