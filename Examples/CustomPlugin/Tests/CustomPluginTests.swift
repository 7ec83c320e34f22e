import CustomPluginExample
import Kader
import KaderTestSupport
import XCTest

/// A framework that names the custom function and aggregator loads with the custom registry,
/// and is refused, with the known names listed, without it.
final class CustomPluginTests: XCTestCase {
    let yaml = """
        id: tellen
        version: "1.0"
        title: {nl: Tellen, en: Counting}
        context:
          - {id: kinderen, type: number}
        scales:
          - id: drie
            options:
              - {id: laag, value: 0, label: {nl: Laag, en: Low}}
              - {id: midden, value: 1, label: {nl: Midden, en: Middle}}
              - {id: hoog, value: 2, label: {nl: Hoog, en: High}}
        domains:
          - id: bereik
            title: {nl: Bereik, en: Reach}
            aggregate: lowest_two
            questions:
              - {id: gezien, type: number, min: 0, max: 500, \
        text: {nl: Hoeveel kinderen zag het jeugdteam?, en: How many children did the youth team see?}}
              - {id: a, scale: drie, text: {nl: A, en: A}}
              - {id: b, scale: drie, text: {nl: B, en: B}}
              - {id: c, scale: drie, text: {nl: C, en: C}}
        rules:
          - id: weinig_bereik
            domain: bereik
            when: "percentage(gezien, context.kinderen) < 50"
            advice: {nl: Ga vaker langs op de locatie., en: Visit the location more often.}
        """

    func testCustomFunctionAndAggregatorWork() throws {
        let framework = try XCTUnwrap(FrameworkLoader(registry: customRegistry).load(text: yaml, name: "tellen.yaml").value)
        let response = try XCTUnwrap(
            ResponseLoader().load(
                text: """
                    framework: tellen
                    context: {kinderen: 80}
                    answers: {gezien: 30, a: laag, b: hoog, c: midden}
                    """, name: "r.yaml", framework: framework
            ).value)
        let result = Engine(framework: framework).evaluate(response)
        // Items: a 0, b 100, c 50 → the two lowest are 0 and 50 → 25.
        XCTAssertEqual(result.domains.first?.score, 25)
        // 30 of 80 children = 37.5% < 50.
        XCTAssertEqual(result.advice.map(\.ruleID), ["weinig_bereik"])
        XCTAssertEqual(PercentageFunction().call([.number(1), .number(4)], scope: EmptyScope()), .number(25))
    }

    func testWithoutTheRegistryTheNamesAreUnknown() {
        let diagnostics = FrameworkLoader().load(text: yaml, name: "tellen.yaml").diagnostics
        let messages = diagnostics.all.map(\.message.en)
        XCTAssertTrue(messages.contains("unknown aggregator 'lowest_two'"), "\(messages)")
        XCTAssertTrue(messages.contains("unknown function 'percentage'"), "\(messages)")
        let fix = diagnostics.all.first { $0.message.en == "unknown aggregator 'lowest_two'" }?.fix?.en ?? ""
        XCTAssertTrue(fix.contains("'weighted_mean'"), fix)
    }

    /// An editor given the schema of the registry with these plugins accepts the framework; the
    /// schema of the built-ins alone marks the aggregator.
    func testTheSchemaOfTheRegistryAcceptsTheFramework() throws {
        let framework = try XCTUnwrap(YAMLJSON.value(yaml: yaml))
        let custom = JSONSchemaGenerator(registry: customRegistry).schema(for: FrameworkFormat.file)
        XCTAssertEqual(SchemaValidator(schema: custom).errors(in: framework), [])
        let builtIn = SchemaValidator(schema: JSONSchemaGenerator().schema(for: FrameworkFormat.file)).errors(in: framework)
        XCTAssertTrue(builtIn.contains { $0.hasPrefix("$.domains[0].aggregate") }, "\(builtIn)")
        let expressions = custom.member("$defs")?.member("condition")?.serialized() ?? ""
        XCTAssertTrue(expressions.contains("percentage"), "the custom function is listed for expressions")
        // The rating kind describes its own key: the schema checks it as the kind does.
        let rating = { (highest: Int) in
            YAMLJSON.value(
                yaml: self.yaml.replacingOccurrences(
                    of: "      - {id: a, scale: drie,",
                    with: "      - {id: r, type: rating, highest: \(highest), text: R}\n      - {id: a, scale: drie,"))
        }
        XCTAssertEqual(SchemaValidator(schema: custom).errors(in: try XCTUnwrap(rating(5))), [])
        XCTAssertFalse(SchemaValidator(schema: custom).errors(in: try XCTUnwrap(rating(1))).isEmpty, "highest is 2 or more")
    }
}

/// A scope with no answers, for calling a function directly.
struct EmptyScope: EvaluationScope {
    func answer(_ id: String) -> Value { .missing(Missing(.unanswered, questions: [id])) }
    func itemScore(_ id: String) -> Value { .missing(Missing(.unanswered, questions: [id])) }
    func score(_ id: String) -> Value { .missing(Missing(.insufficient)) }
    func level(_ id: String) -> Value { .missing(Missing(.insufficient)) }
    func grade(_ id: String) -> Value { .missing(Missing(.insufficient)) }
    func context(_ key: String) -> Value { .missing(Missing(.unanswered)) }
    func variable(_ name: String) -> Value { .missing(Missing(.undefined)) }
    func domainItems(_ domainID: String) -> [Double] { [] }
}
