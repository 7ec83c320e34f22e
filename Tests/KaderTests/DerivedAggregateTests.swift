import Kader
import KaderTestSupport
import XCTest

/// A derived score over two domains, the way the issue found it: parts of 2 and 1. A `sum` is
/// their sum, a `mean` their mean, and `explain` prints the number the result holds.
final class DerivedAggregateTests: XCTestCase {
    static let yaml = """
        id: optellen
        version: "1.0"
        title: {nl: Optellen, en: Adding up}
        scales:
          - id: tien
            options:
              - {id: laag, value: 0, label: {nl: Laag, en: Low}}
              - {id: hoog, value: 10, label: {nl: Hoog, en: High}}
        domains:
          - id: a
            title: {nl: A, en: A}
            questions:
              - {id: qa, type: number, min: 0, max: 100, scored: true, text: {nl: A, en: A}}
          - id: b
            title: {nl: B, en: B}
            questions:
              - {id: qb, type: number, min: 0, max: 100, scored: true, text: {nl: B, en: B}}
        scoring:
          scores:
            - {id: totaal, title: {nl: Totaal, en: Total}, aggregate: sum, of: [a, b]}
            - {id: gemiddeld, title: {nl: Gemiddeld, en: Mean}, aggregate: mean, of: [a, b]}
            - {id: gewogen_totaal, title: {nl: Gewogen, en: Weighted}, aggregate: sum, of: [a, {id: b, weight: 3}]}
        """

    func result() throws -> (Framework, Response, AssessmentResult) {
        let framework = try Fixtures.validFramework(Self.yaml)
        // A number question from 0 to 100 scores its answer as a percentage: a = 2, b = 1.
        let response = try Fixtures.answers("qa: 2\nqb: 1", for: framework)
        return (framework, response, Engine(framework: framework).evaluate(response))
    }

    func testSumAddsThePartsAndMeanAveragesThem() throws {
        let (_, _, result) = try result()
        XCTAssertEqual(result.domains.map(\.score), [2, 1])
        // sum: 2 + 1 = 3 (it was 1.5, the mean, before)
        XCTAssertEqual(result.scores.first { $0.id == "totaal" }?.score, 3)
        // mean: (2 + 1) / 2 = 1.5
        XCTAssertEqual(result.scores.first { $0.id == "gemiddeld" }?.score, 1.5)
        // weights count a part that many times: 2 + 3 × 1 = 5
        XCTAssertEqual(result.scores.first { $0.id == "gewogen_totaal" }?.score, 5)
    }

    func testExplainPrintsTheSumItComputed() throws {
        let (framework, response, _) = try result()
        let lines = try Explainer(framework: framework).explain(response, target: .score("totaal")).get()
        XCTAssertEqual(lines.first?.text.en, "Total = sum of: a 2, b 1 → 3")
        let mean = try Explainer(framework: framework).explain(response, target: .score("gemiddeld")).get()
        XCTAssertEqual(mean.first?.text.nl, "Gemiddeld = mean van: a 2, b 1 → 1,5")
    }
}
