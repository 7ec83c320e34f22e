import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// Bands of a domain's own, on its own scale, the way a symptom questionnaire states its
/// cut-offs: a lower score is better, two subscales share one set of bands, and a count of
/// days has no level at all. Every number is worked out by hand in the comments.
final class OwnBandTests: XCTestCase {
    static let yaml = """
        id: klachten
        version: "1.0"
        title: {nl: Klachten, en: Complaints}
        scales:
          - id: drie
            options:
              - {id: nooit, value: 0, label: {nl: Nooit, en: Never}}
              - {id: soms, value: 1, label: {nl: Soms, en: Sometimes}}
              - {id: vaak, value: 2, label: {nl: Vaak, en: Often}}
        band_sets:
          - id: ernst
            bands:
              - {id: gering, min: 0, max: 3, label: {nl: Gering, en: Minimal}}
              - {id: mild, min: 3, max: 5, label: {nl: Mild, en: Mild}}
              - {id: ernstig, min: 5, max: 6, label: {nl: Ernstig, en: Severe}}
        domains:
          - id: somber
            title: {nl: Somberheid, en: Low mood}
            scale: points
            direction: lower_is_better
            bands: ernst
            questions:
              - {id: s1, scale: drie, text: {nl: S1, en: S1}}
              - {id: s2, scale: drie, text: {nl: S2, en: S2}}
              - {id: s3, scale: drie, text: {nl: S3, en: S3}}
          - id: angst
            title: {nl: Angst, en: Anxiety}
            scale: points
            direction: lower_is_better
            bands: ernst
            questions:
              - {id: a1, scale: drie, text: {nl: A1, en: A1}}
              - {id: a2, scale: drie, text: {nl: A2, en: A2}}
              - {id: a3, scale: drie, text: {nl: A3, en: A3}}
          - id: slaap
            title: {nl: Slaap, en: Sleep}
            scale: points
            bands:
              - {id: slecht, min: 0, max: 1, label: {nl: Slecht, en: Poor}}
              - {id: goed, min: 1, max: 2, label: {nl: Goed, en: Good}}
            questions:
              - {id: uitgerust, scale: drie, text: {nl: Uitgerust, en: Rested}}
          - id: dagen
            title: {nl: Dagen verzuim, en: Days absent}
            scale: points
            bands: none
            questions:
              - {id: verzuim, type: number, min: 0, max: 30, scored: true, text: {nl: Dagen, en: Days}}
        levels:
          - {id: zorg, min: 0, max: 50, label: {nl: Zorg, en: Concern}}
          - {id: goed, min: 50, max: 100, label: {nl: Goed, en: Good}}
        grades:
          formula: "1 + 9 * score / 100"
        rules:
          - id: somber_ernstig
            domain: somber
            when: "level.somber >= 'ernstig'"
            advice: {nl: Zoek hulp., en: Seek help.}
          - id: angst_mild
            domain: angst
            when: "band.angst == 'mild'"
            advice: {nl: Let op angst., en: Mind the anxiety.}
        tests:
          - id: somber_ernstig_angst_mild
            answers: {s1: vaak, s2: vaak, s3: soms, a1: vaak, a2: soms, a3: nooit, uitgerust: soms, verzuim: 4}
            expect:
              scores: {somber: 5, angst: 3, slaap: 1, dagen: 4}
              levels: {somber: ernstig, angst: mild, slaap: goed}
              advice: [somber_ernstig, angst_mild]
        """

    func testEachDomainGetsItsOwnBandOnItsOwnScale() throws {
        let framework = try Fixtures.validFramework(Self.yaml)
        let response = try Fixtures.answers(
            "s1: vaak\ns2: vaak\ns3: soms\na1: vaak\na2: soms\na3: nooit\nuitgerust: soms\nverzuim: 4",
            for: framework)
        let result = Engine(framework: framework).evaluate(response)
        func domain(_ id: String) throws -> DomainResult { try XCTUnwrap(result.domains.first { $0.id == id }) }
        // somber 2 + 2 + 1 = 5: 5 <= 5 < 6 (top band includes 6) → ernstig.
        XCTAssertEqual(try domain("somber").score, 5)
        XCTAssertEqual(try domain("somber").level, "ernstig")
        // angst 2 + 1 + 0 = 3: 3 <= 3 < 5 → mild.
        XCTAssertEqual(try domain("angst").level, "mild")
        XCTAssertEqual(try domain("angst").bandLevel, "mild")
        // slaap 1 of 0-2: 1 <= 1 <= 2 → goed.
        XCTAssertEqual(try domain("slaap").level, "goed")
        // dagen: a score (4 of 0-30) and no level at all.
        XCTAssertEqual(try domain("dagen").score, 4)
        XCTAssertNil(try domain("dagen").level)
        // Lower is better: somber 5 of 0-6 is 83.3%, turned around 16.7% → grade 1 + 9 × 0.1667 = 2.5.
        XCTAssertEqual(try domain("somber").grade, 2.5)
        // The rules read the bands in score order.
        XCTAssertEqual(result.advice.map(\.ruleID), ["somber_ernstig", "angst_mild"])
    }

    func testTheFrameworksOwnTestExpectsBands() throws {
        let framework = try Fixtures.validFramework(Self.yaml)
        let outcomes = Fixtures.inlineTestRunner(for: framework).run()
        XCTAssertEqual(outcomes.count, 1)
        XCTAssertEqual(outcomes.flatMap(\.failures).map { "\($0.subject): \($0.expected) ≠ \($0.actual)" }, [])
        XCTAssertTrue(outcomes.allSatisfy(\.passed))
    }

    func testTheReportNamesTheBandAndShowsNoLevelWhereThereIsNone() throws {
        let framework = try Fixtures.validFramework(Self.yaml)
        let response = try Fixtures.answers(
            "s1: vaak\ns2: vaak\ns3: soms\na1: nooit\na2: nooit\na3: nooit\nuitgerust: vaak\nverzuim: 0",
            for: framework)
        let result = Engine(framework: framework).evaluate(response)
        let renderer = try XCTUnwrap(RendererRegistry.builtIn.renderers["markdown"]).init()
        let text = renderer.render(result, framework: framework, options: RenderOptions(language: .nl))
        // somber 5 of 6: Ernstig; angst 0 of 6: Gering; dagen 0 of 30, no level.
        XCTAssertTrue(text.contains("5 van 6"), text)
        XCTAssertTrue(text.contains("Ernstig"), text)
        XCTAssertTrue(text.contains("Gering"), text)
        XCTAssertTrue(text.contains("0 van 30"), text)
    }

    func testLintAsksForAdviceAtTheBadEndOfTheScale() throws {
        let framework = try Fixtures.validFramework(Self.yaml)
        let warnings = Linter(framework: framework).run().filter { $0.code.rawValue == "no-advice" }
        // slaap (higher is better, 0-2) and dagen have no advice; the lower-is-better domains have.
        let slaap = try XCTUnwrap(warnings.first { $0.message.en.contains("'slaap'") })
        XCTAssertEqual(slaap.message.en, "domain 'slaap' has no advice for a low score")
        XCTAssertTrue(slaap.fix?.en.contains("score.slaap < 1") ?? false, slaap.fix?.en ?? "no fix")
    }

    func testLintFollowsLowerIsBetter() throws {
        let yaml = Self.yaml.replacingOccurrences(
            of: "advice: {nl: Zoek hulp., en: Seek help.}", with: "flag: {severity: info, text: {nl: Somber, en: Low mood}}"
        )
        .replacingOccurrences(of: "advice: [somber_ernstig, angst_mild]", with: "advice: [angst_mild]")
        let framework = try Fixtures.validFramework(yaml)
        let warning = try XCTUnwrap(
            Linter(framework: framework).run().first { $0.code.rawValue == "no-advice" && $0.message.en.contains("'somber'") })
        // Lower is better: the bad end is a high score, the middle of 0-6 is 3.
        XCTAssertEqual(warning.message.en, "domain 'somber' has no advice for a high score")
        XCTAssertTrue(warning.fix?.en.contains("score.somber > 3") ?? false, warning.fix?.en ?? "no fix")
    }
}
