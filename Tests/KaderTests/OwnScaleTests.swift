import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// A questionnaire scored the way its manual says: a subscale as a raw sum of item points
/// (0-10), one as a mean of item points (0-2), a total that sums the raw subscales, levels and
/// grades that meet each score as a share of its own range, and reports that say "7 van 10".
/// Every number is worked out by hand in the comments.
final class OwnScaleTests: XCTestCase {
    static let yaml = """
        id: lijst
        version: "1.0"
        title: {nl: Vragenlijst, en: Questionnaire}
        scales:
          - id: drie
            options:
              - {id: nooit, value: 0, label: {nl: Nooit, en: Never}}
              - {id: soms, value: 1, label: {nl: Soms, en: Sometimes}}
              - {id: vaak, value: 2, label: {nl: Vaak, en: Often}}
              - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
        domains:
          - id: zorgen
            title: {nl: Zorgen, en: Worries}
            scale: points
            prorate: true
            min_answered: 4
            questions:
              - {id: z1, scale: drie, text: {nl: Z1, en: Z1}}
              - {id: z2, scale: drie, text: {nl: Z2, en: Z2}}
              - {id: z3, scale: drie, text: {nl: Z3, en: Z3}}
              - {id: z4, scale: drie, text: {nl: Z4, en: Z4}}
              - {id: z5, scale: drie, text: {nl: Z5, en: Z5}}
          - id: steun
            title: {nl: Steun, en: Support}
            scale: mean
            questions:
              - {id: s1, scale: drie, text: {nl: S1, en: S1}}
              - {id: s2, scale: drie, text: {nl: S2, en: S2}}
        scoring:
          overall: {title: {nl: Totaal, en: Total}, aggregate: sum, scale: points, of: [zorgen, steun]}
        levels:
          - {id: laag, min: 0, max: 50, label: {nl: Laag, en: Low}}
          - {id: hoog, min: 50, max: 100, label: {nl: Hoog, en: High}}
        grades:
          formula: "1 + 9 * score / 100"
        rules:
          - id: veel_zorgen
            domain: zorgen
            when: "score.zorgen >= 7"
            advice: {nl: Praat erover., en: Talk about it.}
        """

    func evaluate(_ answers: String) throws -> AssessmentResult {
        let framework = try Fixtures.validFramework(Self.yaml)
        return Engine(framework: framework).evaluate(try Fixtures.answers(answers, for: framework))
    }

    func testARawSumProratedAMeanAndATotalOfRawSums() throws {
        let result = try evaluate("z1: vaak\nz2: vaak\nz3: soms\nz4: weet_niet\nz5: vaak\ns1: soms\ns2: vaak")
        let zorgen = try XCTUnwrap(result.domains.first { $0.id == "zorgen" })
        // 2 + 2 + 1 + 2 = 7 points over 4 answered items (max 8); prorated to 5 items: 7 / 8 × 10 = 8.75 → 8.8 of 10.
        XCTAssertEqual(zorgen.score, 8.8)
        XCTAssertEqual(zorgen.scale, .points)
        XCTAssertEqual(zorgen.range, ScoreRange(min: 0, max: 10))
        // Levels and grades meet 8.8 of 10 as 88%: 'hoog', grade 1 + 9 × 0.88 = 8.92 → 8.9.
        XCTAssertEqual(zorgen.level, "hoog")
        XCTAssertEqual(zorgen.grade, 8.9)
        // steun: mean of 1 and 2 = 1.5 on 0-2 (75%): 'hoog'.
        let steun = try XCTUnwrap(result.domains.first { $0.id == "steun" })
        XCTAssertEqual(steun.score, 1.5)
        XCTAssertEqual(steun.range, ScoreRange(min: 0, max: 2))
        XCTAssertEqual(steun.level, "hoog")
        // The total sums the raw values: 8.8 + 1.5 = 10.3 on 0-12 (85.8%).
        XCTAssertEqual(result.overall.score, 10.3)
        XCTAssertEqual(result.overall.range, ScoreRange(min: 0, max: 12))
        XCTAssertEqual(result.overall.level, "hoog")
        // The rule reads score.zorgen on its own scale: 8.8 >= 7.
        XCTAssertEqual(result.advice.map(\.ruleID), ["veel_zorgen"])
    }

    func testBelowTheMinimumOfAnsweredItemsThereIsNoScore() throws {
        let result = try evaluate("z1: vaak\nz2: vaak\nz3: soms\ns1: nooit\ns2: nooit")
        // Three of five answered, four needed: insufficient data, and so is the total.
        XCTAssertNil(result.domains.first { $0.id == "zorgen" }?.score)
        XCTAssertNil(result.overall.score)
        // steun: mean 0 of 0-2: 'laag', grade 1.
        XCTAssertEqual(result.domains.first { $0.id == "steun" }?.score, 0)
        XCTAssertEqual(result.domains.first { $0.id == "steun" }?.level, "laag")
        XCTAssertEqual(result.domains.first { $0.id == "steun" }?.grade, 1)
    }

    func testJSONSaysTheScaleAndRange() throws {
        let result = try evaluate("z1: vaak\nz2: soms\nz3: soms\nz4: nooit\nz5: vaak\ns1: vaak\ns2: vaak")
        // 2 + 1 + 1 + 0 + 2 = 6 of 10, no proration needed.
        let value = ResultJSON.encode(result, language: .en)
        XCTAssertEqual(value["domains"]?[0]?["score"], .number(6))
        XCTAssertEqual(value["domains"]?[0]?["scale"], .string("points"))
        XCTAssertEqual(value["domains"]?[0]?["range"], .object([("min", .number(0)), ("max", .number(10))]))
        XCTAssertEqual(value["domains"]?[1]?["scale"], .string("mean"))
        XCTAssertEqual(value["domains"]?[1]?["range"], .object([("min", .number(0)), ("max", .number(2))]))
        // 6 + 2 = 8 of 12.
        XCTAssertEqual(value["overall"]?["score"], .number(8))
        XCTAssertEqual(value["overall"]?["range"], .object([("min", .number(0)), ("max", .number(12))]))
    }

    func testReportsShowTheScoreOnItsOwnScale() throws {
        let framework = try Fixtures.validFramework(Self.yaml)
        let response = try Fixtures.answers("z1: vaak\nz2: soms\nz3: soms\nz4: nooit\nz5: vaak\ns1: soms\ns2: vaak", for: framework)
        let result = Engine(framework: framework).evaluate(response)
        let renderer = try XCTUnwrap(RendererRegistry.builtIn.renderers["markdown"]).init()
        let text = renderer.render(result, framework: framework, options: RenderOptions(language: .nl))
        // zorgen 6 of 10; steun 1.5 of 2; total 7.5 of 12.
        XCTAssertTrue(text.contains("6 van 10"), text)
        XCTAssertTrue(text.contains("1,5 van 2"), text)
        XCTAssertTrue(text.contains("7,5 van 12"), text)
    }
}

extension JSONValue {
    fileprivate subscript(key: String) -> JSONValue? {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }
    fileprivate subscript(index: Int) -> JSONValue? {
        if case .array(let items) = self, items.indices.contains(index) { return items[index] }
        return nil
    }
}
