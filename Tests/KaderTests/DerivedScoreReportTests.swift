import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// A questionnaire with two raw subscales and a total over them: every report shows the total
/// with its title, on its own scale ("15 van 25"), with its own decimals (a whole number without
/// a decimal, while the subscales keep one), and the band it falls in.
final class DerivedScoreReportTests: XCTestCase {
    static let yaml = """
        id: totaal_lijst
        version: "1.0"
        title: {nl: Vragenlijst, en: Questionnaire}
        scales:
          - id: vijf
            options:
              - {id: nul, value: 0, label: {nl: Nul, en: Zero}}
              - {id: drie, value: 3, label: {nl: Drie, en: Three}}
              - {id: vijf, value: 5, label: {nl: Vijf, en: Five}}
        domains:
          - id: a
            title: {nl: Deel A, en: Part A}
            scale: points
            questions:
              - {id: a1, scale: vijf, text: {nl: A1, en: A1}}
              - {id: a2, scale: vijf, text: {nl: A2, en: A2}}
          - id: b
            title: {nl: Deel B, en: Part B}
            scale: points
            prorate: true
            questions:
              - {id: b1, scale: vijf, text: {nl: B1, en: B1}}
              - {id: b2, scale: vijf, text: {nl: B2, en: B2}}
              - {id: b3, scale: vijf, text: {nl: B3, en: B3}}
        scoring:
          rounding: 1
          scores:
            - id: totaal
              title: {nl: Totaalscore, en: Total score}
              aggregate: sum
              scale: points
              decimals: 0
              of: [a, b]
              bands:
                - {id: laag, min: 0, max: 15, label: {nl: Laag, en: Low}}
                - {id: hoog, min: 15, max: 25, label: {nl: Hoog, en: High}}
        """

    func render(_ format: String, language: Language = .nl) throws -> String {
        let framework = try Fixtures.validFramework(Self.yaml)
        // a: 5 + 3 = 8 of 10. b: 3 + 3 = 6 of 10 over two answered items, prorated to three: 6 / 10 × 15 = 9 of 15.
        // totaal: 8 + 9 = 17 of 25, a whole number.
        let response = try Fixtures.answers("a1: vijf\na2: drie\nb1: drie\nb2: drie", for: framework)
        let result = Engine(framework: framework).evaluate(response)
        XCTAssertEqual(result.scores.first { $0.id == "totaal" }?.score, 17)
        XCTAssertEqual(result.scores.first { $0.id == "totaal" }?.range, ScoreRange(min: 0, max: 25))
        // 17 lies in 15-25: 'hoog'.
        XCTAssertEqual(result.scores.first { $0.id == "totaal" }?.band, "hoog")
        let renderer = try XCTUnwrap(RendererRegistry.builtIn.renderers[format], format).init()
        return renderer.render(result, framework: framework, options: RenderOptions(language: language))
    }

    func testTextMarkdownAndHTMLShowTheTotalOnItsOwnScaleWithoutADecimal() throws {
        for format in ["text", "markdown", "html"] {
            let output = try render(format)
            XCTAssertTrue(output.contains("Afgeleide scores"), "\(format):\n\(output)")
            XCTAssertTrue(output.contains("Totaalscore"), "\(format):\n\(output)")
            XCTAssertTrue(output.contains("17 van 25"), "\(format):\n\(output)")
            XCTAssertFalse(output.contains("17,0 van 25"), "\(format):\n\(output)")
            XCTAssertTrue(output.contains("som: Deel A, Deel B"), "\(format):\n\(output)")
            XCTAssertTrue(output.contains("Hoog"), "\(format):\n\(output)")
        }
        XCTAssertTrue(try render("markdown", language: .en).contains("17 of 25"))
    }

    func testCSVHasARowForTheTotalAndJSONItsScaleAndRange() throws {
        let csv = try render("csv")
        XCTAssertTrue(csv.contains(",totaal,Totaalscore,score,17,Hoog,"), csv)
        let json = try render("json")
        XCTAssertTrue(json.contains("\"id\": \"totaal\""), json)
        XCTAssertTrue(json.contains("\"scale\": \"points\""), json)
        XCTAssertTrue(json.contains("\"band\": \"hoog\""), json)
    }
}
