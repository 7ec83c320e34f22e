import Foundation
import Kader
import KaderImport
import KaderTestSupport
import XCTest

/// Each format is described once (Kader/Formats); the docs' key tables, the JSON Schemas and the
/// result writer are held to that description here, in the way swift-format's
/// GeneratedFilesValidityTests holds its generated files: make them again and compare.
/// FormatAgreementTests holds the loaders to the schemas.
final class FormatDescriptionTests: XCTestCase {
    static let formats = [
        FrameworkFormat.file, ResponseFormat.file, ResultFormat.file, ResultsFileFormat.headerFile,
        ResultsFileFormat.file, ResultsTableFormat.file, ImportMappingFormat.file
    ]
    static let docs = ["framework-format.md", "response-format.md", "result.md", "import.md"]

    /// Every key table in docs/ is what the description gives (`RECORD_GOLDEN=1` writes them).
    func testDocTablesAreGeneratedFromTheDescriptions() throws {
        let blocks = FormatDocBlocks(formats: Self.formats)
        var seen = 0
        for doc in Self.docs {
            let path = Fixtures.root + "/docs/" + doc
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let (found, regenerated) = blocks.regenerate(text)
            seen += found.count
            for block in found where block.generated == nil {
                XCTFail("docs/\(doc): '\(block.id)' names no table of a format (FORMAT.NAME, as in framework.domain)")
            }
            if Golden.recording {
                try regenerated.write(toFile: path, atomically: true, encoding: .utf8)
                continue
            }
            for block in found where block.generated != nil && block.generated != block.current {
                XCTFail(
                    "docs/\(doc): the table '\(block.id)' is out of date; RECORD_GOLDEN=1 swift test --filter FormatDescriptionTests "
                        + "writes it:\n" + Golden.diff(block.current, block.generated ?? ""))
            }
        }
        XCTAssertGreaterThan(seen, 30, "the docs lost their generated tables")
    }

    /// Every mapping of every format, and every built-in question kind and rule effect, has a
    /// table in the docs.
    func testEveryMappingIsDocumented() throws {
        let text = try Self.docs.map { try String(contentsOfFile: Fixtures.root + "/docs/" + $0, encoding: .utf8) }.joined()
        let blocks = FormatDocBlocks(formats: Self.formats).regenerate(text).blocks
        let documented = Set(blocks.map { $0.id.split(separator: ".").last.map(String.init) ?? "" })
        for format in Self.formats {
            for object in format.objectFormats(with: .builtIn) where !documented.contains(object.name) {
                XCTFail(
                    "\(format.name): the mapping '\(object.name)' has no table in docs/ "
                        + "(<!-- kader-format: \(format.name).\(object.name) -->)")
            }
        }
        XCTAssertTrue(documented.isSuperset(of: ["questionKinds", "ruleEffects"]))
    }

    /// The description's example of each format loads without a problem, its test cases pass,
    /// and it is valid against the generated schema.
    func testEachFormatsExampleLoadsAndMatchesItsSchema() throws {
        let frameworkText = FrameworkFormat.file.example + "\n" + TestCaseFormat.example
        let framework = try Fixtures.validFramework(frameworkText)
        XCTAssertEqual(Fixtures.framework(frameworkText).diagnostics.all.map(\.message.en), [], "the example loads without even a warning")
        let outcomes = FrameworkTestRunner(framework: framework) { path, framework in
            XCTAssertEqual(path, "antwoord.yaml")
            return ResponseLoader().load(text: ResponseFormat.file.example, name: path, framework: framework)
        }.run()
        XCTAssertEqual(outcomes.count, 3)
        for outcome in outcomes {
            let failures = outcome.failures.map { "\($0.subject): \($0.expected) ≠ \($0.actual)" }
            XCTAssertTrue(outcome.passed, "example test \(outcome.testID): \(failures)")
        }

        let response = try Fixtures.response(ResponseFormat.file.example, for: framework)
        let mapping = ImportMapping.load(bytes: Array(ImportMappingFormat.file.example.utf8), name: "koppeling.yaml", framework: framework)
        XCTAssertFalse(
            mapping.diagnostics.hasErrors,
            DiagnosticFormatter(language: .en).format(mapping.diagnostics, sources: [mapping.source]))

        let generator = JSONSchemaGenerator()
        for (format, text) in [
            (FrameworkFormat.file, frameworkText), (ResponseFormat.file, ResponseFormat.file.example),
            (ImportMappingFormat.file, ImportMappingFormat.file.example)
        ] {
            let document = try XCTUnwrap(YAMLJSON.value(yaml: text))
            XCTAssertEqual(SchemaValidator(schema: generator.schema(for: format)).errors(in: document), [], "\(format.name) example")
        }
        let result = ResultJSON.encode(Engine(framework: framework).evaluate(response), language: .en)
        XCTAssertEqual(Self.resultProblems(result), [])
    }

    /// The result writer writes exactly the described keys, in the described order, for every
    /// bundled example; and each result is valid against the generated result schema.
    func testResultWriterFollowsTheDescription() throws {
        var checked = 0
        for id in ["moskeeonderwijs", "jeugdhulp_azc", "interventies_samenleven"] {
            let text = try String(contentsOfFile: Fixtures.root + "/Frameworks/\(id).yaml", encoding: .utf8)
            let framework = try XCTUnwrap(FrameworkLoader().load(text: text, name: "\(id).yaml").value)
            for path in Fixtures.exampleFiles(for: id) {
                let responseText = try String(contentsOfFile: path, encoding: .utf8)
                let loaded = ResponseLoader().load(text: responseText, name: path, framework: framework)
                let response = try XCTUnwrap(loaded.value, path)
                for language in Language.allCases {
                    let result = ResultJSON.encode(Engine(framework: framework).evaluate(response), language: language)
                    let problems = Self.resultProblems(result)
                    XCTAssertEqual(problems, [], "\(path) (\(language))")
                }
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 16)
    }

    /// Problems of a result against the description: keys and their order (every key always
    /// present), and the generated schema.
    static func resultProblems(_ result: JSONValue) -> [String] {
        var problems = SchemaValidator(schema: JSONSchemaGenerator().schema(for: ResultFormat.file)).errors(in: result)
        func visit(_ value: JSONValue, _ shape: ValueShape, at path: String) {
            switch (value, shape) {
            case (.object(let pairs), .object(let format)):
                // Every key in the described order; one that is not always there (`scale` of a score
                // on its own scale) may be left out.
                let present = Set(pairs.map(\.0))
                let expected = format.keys.filter { $0.isRequired || present.contains($0.name) }.map(\.name)
                if pairs.map(\.0) != expected { problems.append("\(path): keys \(pairs.map(\.0)), described \(expected)") }
                for (key, member) in pairs { if let spec = format[key] { visit(member, spec.shape, at: "\(path).\(key)") } }
            case (.array(let items), .list(let element, _, _)):
                for (index, item) in items.enumerated() { visit(item, element, at: "\(path)[\(index)]") }
            case (_, .named(_, _, let inner)), (_, .nullable(let inner)):
                visit(value, inner, at: path)
            default: break
            }
        }
        visit(result, .object(ResultFormat.top), at: "$")
        return problems
    }

    /// A registry with a plugin gives a schema that names it: an aggregator, a function, a
    /// question kind with its own keys, a rule effect.
    func testTheSchemaNamesTheRegisteredPlugins() throws {
        var registry = PluginRegistry.builtIn
        registry.register(aggregator: TopTwoAggregator.self)
        registry.register(questionKind: DateQuestion.self)
        registry.register(ruleEffect: NoteEffect.self)
        let schema = JSONSchemaGenerator(registry: registry).schema(for: FrameworkFormat.file)
        let framework = try XCTUnwrap(
            YAMLJSON.value(
                yaml: """
                    id: eigen
                    version: "1.0"
                    title: Eigen
                    scales: []
                    domains:
                      - id: basis
                        title: Basis
                        aggregate: top_two
                        questions:
                          - {id: wanneer, type: date, text: Wanneer?, earliest: 2020-01-01}
                    rules:
                      - {id: let_op, when: "true", notitie: {wie: bestuur}}
                    """))
        XCTAssertEqual(SchemaValidator(schema: schema).errors(in: framework), [], "the schema of a registry with the plugins")
        let builtIn = SchemaValidator(schema: JSONSchemaGenerator().schema(for: FrameworkFormat.file)).errors(in: framework)
        XCTAssertGreaterThanOrEqual(builtIn.count, 3, "the built-in schema knows none of the three: \(builtIn)")
        XCTAssertEqual(
            Fixtures.framework(YAMLJSON.yaml(framework), registry: registry).value?.id, "eigen",
            "and the loader with the plugins agrees")
        let conditions = try XCTUnwrap(schema.member("$defs")?.member("condition")?.member("description"))
        XCTAssertTrue(conditions.serialized().contains("answered_count"), "expressions list the registered functions")
    }
}

/// `top_two`: the mean of the two best scores.
private struct TopTwoAggregator: Aggregator {
    static let name = "top_two"
    static let summary = Message(nl: "het gemiddelde van de twee beste", en: "the mean of the two best")
    static let examples = [AggregatorExample(scores: [10, 50, 90], expected: 70)]
    func aggregate(_ parts: [ScorePart]) -> Double? {
        let best = parts.map(\.score).sorted().suffix(2)
        return best.reduce(0, +) / Double(best.count)
    }
}

/// `type: date`, with an `earliest:` key of its own that it does not describe.
private struct DateQuestion: QuestionKind {
    static let name = "date"
    static let summary = Message(nl: "een datum", en: "a date")
    static let keys = ["earliest"]
    static func make(_ reader: ConfigReader, context: QuestionKindContext) -> DateQuestion? { DateQuestion() }
    var answerType: ExprType { .text }
    var options: [AnswerOption] { [] }
    var pointsRange: ClosedRange<Double>? { nil }
    func read(_ node: YAMLNode, questionID: String, sink: DiagnosticSink) -> AnswerValue? { node.scalar.map(AnswerValue.text) }
    func points(for value: AnswerValue) -> ItemPoints? { nil }
}

/// `notitie:`, a rule effect that keeps a note for the board.
private struct NoteEffect: RuleEffect {
    static let name = "notitie"
    static let summary = Message(nl: "een notitie voor het bestuur", en: "a note for the board")
    static func make(_ node: YAMLNode, context: RuleEffectContext) -> NoteEffect? { NoteEffect() }
    var stage: RuleStage { .advice }
    func apply(_ firing: RuleFiring, to outcomes: inout RuleOutcomes) {}
}
