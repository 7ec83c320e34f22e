import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// A municipality counts in its own units: a percentage and a number of statushouders are shown
/// with their unit wherever the answer is shown, and in the `because` text of the advice.
final class NumberUnitTests: XCTestCase {
    static let yaml = """
        id: huisvesting
        version: "1.0"
        title: {nl: Huisvesting, en: Housing}
        scales: []
        domains:
          - id: taakstelling
            title: {nl: Taakstelling, en: Target}
            questions:
              - {id: gehaald, type: number, min: 0, max: 100, scored: true, unit: "%", \
        text: {nl: Deel van de taakstelling gehaald, en: Share of the target met}}
              - {id: wachtend, type: number, min: 0, unit: {nl: statushouders, en: permit holders}, \
        text: {nl: Wachtend in het azc, en: Waiting in the centre}}
        rules:
          - id: achter
            domain: taakstelling
            when: "gehaald < 80"
            because: {nl: "Gehaald: {gehaald}; wachtend: {wachtend}.", en: "Met: {gehaald}; waiting: {wachtend}."}
            advice: {nl: Zoek extra woningen., en: Find more homes.}
        """

    func result() throws -> (Framework, AssessmentResult) {
        let framework = try Fixtures.validFramework(Self.yaml)
        let response = try Fixtures.answers("gehaald: 70\nwachtend: 12", for: framework)
        return (framework, Engine(framework: framework).evaluate(response))
    }

    func testTheBecauseTextSaysTheUnit() throws {
        let (_, result) = try result()
        XCTAssertEqual(result.advice.first?.because?.nl, "Gehaald: 70 %; wachtend: 12 statushouders.")
        XCTAssertEqual(result.advice.first?.because?.en, "Met: 70 %; waiting: 12 permit holders.")
    }

    func testTheAnswerTextSaysTheUnit() throws {
        let (_, result) = try result()
        let items = result.domains[0].items
        XCTAssertEqual(items.map { $0.display?.nl }, ["70 %", "12 statushouders"])
        XCTAssertEqual(items.map { $0.display?.en }, ["70 %", "12 permit holders"])
    }

    func testEveryReportShowsTheUnit() throws {
        let (framework, result) = try result()
        for format in ["text", "markdown", "html", "json", "csv"] {
            let renderer = try XCTUnwrap(RendererRegistry.builtIn.renderers[format], format).init()
            let options = RenderOptions(language: .nl, rows: format == "csv" ? .items : .domains)
            let output = renderer.render(result, framework: framework, options: options)
            XCTAssertTrue(output.contains("12 statushouders"), "\(format):\n\(output)")
        }
    }
}
