import CustomPluginExample
import Foundation
import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// A municipality's scan puts points on the agenda of the colleagues' next meeting with the
/// plugin effect `bespreekpunt`. A point goes where built-in outcomes go: the result, its JSON
/// and every report, with the rule's `because`.
final class DiscussionPointTests: XCTestCase {
    let yaml = """
        id: bereik
        version: "1.0"
        title: {nl: Bereik van het jeugdteam, en: Reach of the youth team}
        context:
          - {id: kinderen, type: number}
        scales: []
        domains:
          - id: jeugdteam
            title: {nl: Jeugdteam, en: Youth team}
            questions:
              - id: gezien
                type: number
                min: 0
                max: 500
                text: {nl: Hoeveel kinderen zag het jeugdteam?, en: How many children did the youth team see?}
              - id: spreekuur
                type: yesno
                text: {nl: Houdt het jeugdteam spreekuur op de locatie?, en: Does the youth team hold office hours at the location?}
        rules:
          - id: weinig_gezien
            domain: jeugdteam
            when: "percentage(gezien, context.kinderen) < 50"
            because:
              nl: "Het jeugdteam zag {gezien} van de {context.kinderen} kinderen."
              en: "The youth team saw {gezien} of the {context.kinderen} children."
            bespreekpunt:
              text: {nl: Hoe bereiken we meer kinderen op de locatie?, en: How do we reach more children at the location?}
              with: {nl: het jeugdteam, en: the youth team}
          - id: geen_spreekuur
            domain: jeugdteam
            when: "spreekuur == false"
            bespreekpunt: {nl: Kan er een spreekuur op de locatie komen?, en: Can there be office hours at the location?}
        """

    private func scan(_ answers: String) throws -> (Framework, AssessmentResult) {
        let framework = try Fixtures.validFramework(yaml, registry: customRegistry)
        let response = try Fixtures.response("framework: bereik\ncontext: {kinderen: 80}\nanswers:\n" + answers, for: framework)
        return (framework, Engine(framework: framework).evaluate(response))
    }

    private func render(_ format: String, _ result: AssessmentResult, _ framework: Framework, _ language: Language) throws -> String {
        let renderer = try XCTUnwrap(RendererRegistry.builtIn.renderers[format], format)
        return renderer.init().render(result, framework: framework, options: RenderOptions(language: language))
    }

    func testPointsForTheMeetingAreInTheResult() throws {
        let (_, result) = try scan("  gezien: 30\n  spreekuur: nee\n")
        XCTAssertEqual(result.otherOutcomes.map(\.ruleID), ["weinig_gezien", "geen_spreekuur"])
        XCTAssertEqual(result.otherOutcomes.map(\.effect), ["bespreekpunt", "bespreekpunt"])
        XCTAssertEqual(result.otherOutcomes.first?.text.nl, "Hoe bereiken we meer kinderen op de locatie? (met het jeugdteam)")
        XCTAssertEqual(result.otherOutcomes.first?.because?.en, "The youth team saw 30 of the 80 children.")
        XCTAssertEqual(result.otherOutcomes.first?.conditions.first?.text, "percentage(gezien, context.kinderen) < 50")
        XCTAssertEqual(result.rules.first { $0.id == "weinig_gezien" }?.effects, ["bespreekpunt"])
        // 60 of 80 children and office hours: nothing to discuss.
        XCTAssertEqual(try scan("  gezien: 60\n  spreekuur: ja\n").1.otherOutcomes.count, 0)
    }

    func testTheJSONListsThePoints() throws {
        let (framework, result) = try scan("  gezien: 30\n  spreekuur: ja\n")
        let json = try render("json", result, framework, .nl)
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let points = try XCTUnwrap(object["other_outcomes"] as? [[String: Any]])
        XCTAssertEqual(points.count, 1)
        XCTAssertEqual(points[0]["effect"] as? String, "bespreekpunt")
        XCTAssertEqual(points[0]["heading"] as? String, "Bespreekpunten voor het volgende overleg")
        XCTAssertEqual(points[0]["rule"] as? String, "weinig_gezien")
        XCTAssertEqual(points[0]["domain"] as? String, "jeugdteam")
        XCTAssertEqual(points[0]["text"] as? String, "Hoe bereiken we meer kinderen op de locatie? (met het jeugdteam)")
        XCTAssertEqual(points[0]["because"] as? String, "Het jeugdteam zag 30 van de 80 kinderen.")
        XCTAssertEqual((points[0]["conditions"] as? [[String: Any]])?.first?["value"] as? String, "true")
        // The keys come in the documented order, after the flags.
        let keys = ["\"flags\"", "\"other_outcomes\"", "\"rules\""].compactMap { json.range(of: $0)?.lowerBound }
        XCTAssertEqual(keys, keys.sorted())
        XCTAssertEqual(keys.count, 3)
    }

    func testEveryReportShowsThePointsUnderTheirHeading() throws {
        let (framework, result) = try scan("  gezien: 30\n  spreekuur: nee\n")
        let text = try render("text", result, framework, .nl)
        XCTAssertTrue(
            text.contains(
                """
                Bespreekpunten voor het volgende overleg
                  - Hoe bereiken we meer kinderen op de locatie? (met het jeugdteam)
                    Waarom: Het jeugdteam zag 30 van de 80 kinderen.
                  - Kan er een spreekuur op de locatie komen?

                """), text)
        let markdown = try render("markdown", result, framework, .en)
        XCTAssertTrue(
            markdown.contains(
                """
                ## Points for the next meeting

                - How do we reach more children at the location? (with the youth team)
                  - Why: The youth team saw 30 of the 80 children.
                - Can there be office hours at the location?

                """), markdown)
        let html = try render("html", result, framework, .nl)
        XCTAssertTrue(html.contains(">Bespreekpunten voor het volgende overleg</h2>"), html)
        XCTAssertTrue(html.contains("<li>Kan er een spreekuur op de locatie komen?</li>"), html)
    }

    func testWithoutThePluginTheKeyIsUnknown() {
        let messages = Fixtures.framework(yaml).diagnostics.all.map(\.message.en)
        XCTAssertTrue(messages.contains { $0.contains("bespreekpunt") }, "\(messages)")
    }

    func testTheSchemaOfTheRegistryChecksThePoint() throws {
        let framework = try XCTUnwrap(YAMLJSON.value(yaml: yaml))
        let schema = JSONSchemaGenerator(registry: customRegistry).schema(for: FrameworkFormat.file)
        XCTAssertEqual(SchemaValidator(schema: schema).errors(in: framework), [])
        let list = try XCTUnwrap(
            YAMLJSON.value(
                yaml: yaml.replacingOccurrences(
                    of: "bespreekpunt: {nl: Kan er een spreekuur op de locatie komen?, en: Can there be office hours at the location?}",
                    with: "bespreekpunt: [spreekuur, locatie]")))
        XCTAssertFalse(SchemaValidator(schema: schema).errors(in: list).isEmpty, "a point is a text or {text, with}")
    }
}
