import Foundation
import Kader
import KaderImport
import KaderTestSupport
import XCTest

/// The loaders read their keys from the format descriptions and the schemas are generated from
/// them; here the two are held to each other on real files and on mutations of them. Every
/// mapping gets an unknown key, loses each of its keys in turn, and has each scalar replaced
/// by a mapping and by an unknown word (once per place in the format, not per list item):
///
/// - what the schema rejects, the loader rejects (an editor never marks a file Kader accepts);
/// - an unknown key, a missing key or a wrong type the loader reports, the schema rejects too.
///
/// What the loader alone rejects (unknown ids, expressions, band gaps) a schema cannot know.
/// A test's inline answers are read when the test runs, so for a framework "the loader" is the
/// loader and then the test runner reading those answers.
final class FormatAgreementTests: XCTestCase {
    func testFrameworkLoaderAndSchemaAgree() throws {
        var seen: Set<String> = []
        for (name, text) in try Self.frameworkDocuments() {
            try assertAgreement(name, text, format: FrameworkFormat.file, seen: &seen, load: Self.loadFramework)
        }
    }

    /// The format's example with its test cases, and a fixture with every other key.
    static func frameworkDocuments() throws -> [(String, String)] {
        [
            ("the format's example", FrameworkFormat.file.example + "\n" + TestCaseFormat.example),
            (
                "every_key.yaml",
                try String(
                    contentsOfFile: Fixtures.root + "/Tests/KaderTests/Fixtures/formats/every_key.yaml",
                    encoding: .utf8)
            )
        ]
    }

    /// Together the documents hold every key the framework format describes, so every key is
    /// mutated above.
    func testTheDocumentsHoldEveryDescribedKey() throws {
        var found: Set<String> = []
        for (_, text) in try Self.frameworkDocuments() {
            KeyCollector(registry: .builtIn).collect(try XCTUnwrap(YAMLJSON.value(yaml: text)), .object(FrameworkFormat.top), into: &found)
        }
        var described: Set<String> = []
        for object in FrameworkFormat.file.objectFormats(with: .builtIn) {
            described.formUnion(object.keyNames.map { "\(object.name).\($0)" })
            var pluginKeys: [String] = []
            if case .ruleEffects = object.pluginKeys { pluginKeys = PluginRegistry.builtIn.ruleEffects.keys.sorted() }
            if case .questionKind = object.pluginKeys {
                for kind in PluginRegistry.builtIn.questionKinds.values { pluginKeys += kind.keys }
            }
            described.formUnion(pluginKeys.map { "\(object.name).\($0)" })
        }
        XCTAssertEqual(described.subtracting(found).sorted(), [], "described keys that no document has")
        XCTAssertEqual(found.subtracting(described).sorted(), [], "keys the documents have that are not described")
    }

    /// The framework's problems, and those of its tests' inline answers.
    static func loadFramework(_ text: String) -> DiagnosticList {
        let loaded = FrameworkLoader().load(text: text, name: "framework.yaml")
        var diagnostics = loaded.diagnostics
        guard let framework = loaded.value else { return diagnostics }
        let runner = FrameworkTestRunner(framework: framework) { _, _ in
            Loaded(value: nil, diagnostics: DiagnosticList(), source: loaded.source)
        }
        for test in framework.tests {
            if case .inline = test.input { diagnostics.append(contentsOf: runner.run(test).loadProblems) }
        }
        return diagnostics
    }

    func testResponseLoaderAndSchemaAgree() throws {
        let example = try Fixtures.validFramework(FrameworkFormat.file.example)
        var seen: Set<String> = []
        try assertAgreement("the format's example", ResponseFormat.file.example, format: ResponseFormat.file, seen: &seen) {
            ResponseLoader().load(text: $0, name: "response.yaml", framework: example).diagnostics
        }
        let framework = try bundled("moskeeonderwijs")
        let text = try String(contentsOfFile: Fixtures.root + "/Examples/moskeeonderwijs/as-sabr-begrensd.yaml", encoding: .utf8)
        try assertAgreement("as-sabr-begrensd", text, format: ResponseFormat.file, seen: &seen) {
            ResponseLoader().load(text: $0, name: "response.yaml", framework: framework).diagnostics
        }
    }

    func testImportMappingLoaderAndSchemaAgree() throws {
        let example = try Fixtures.validFramework(FrameworkFormat.file.example)
        var seen: Set<String> = []
        try assertAgreement("the format's example", ImportMappingFormat.file.example, format: ImportMappingFormat.file, seen: &seen) {
            ImportMapping.load(bytes: Array($0.utf8), name: "koppeling.yaml", framework: example).diagnostics
        }
        let framework = try bundled("jeugdhulp_azc")
        let text = try String(contentsOfFile: Fixtures.root + "/Tests/KaderTests/Fixtures/csv/koppeling_jeugdhulp.yaml", encoding: .utf8)
        try assertAgreement("koppeling_jeugdhulp", text, format: ImportMappingFormat.file, seen: &seen) {
            ImportMapping.load(bytes: Array($0.utf8), name: "koppeling.yaml", framework: framework).diagnostics
        }
    }

    /// The checks above see a disagreement: a schema made from a description that requires a
    /// key the loader does not, or that lacks a key the loader reads, fails them.
    func testADisagreementIsFound() throws {
        let text = try XCTUnwrap(YAMLJSON.value(yaml: FrameworkFormat.file.example))
        let load = Self.loadFramework
        let stricter = FileFormat(
            name: "framework", title: "", summary: "",
            root: ObjectFormat(
                "framework", what: FrameworkFormat.top.what, summary: "",
                keys: FrameworkFormat.top.keys.map { KeySpec($0.name, $0.shape, required: $0.isRequired || $0.name == "guidance") }),
            example: "")
        var seen: Set<String> = []
        let stricterSchema = JSONSchemaGenerator().schema(for: stricter)
        XCTAssertFalse(
            disagreements(text, format: stricter, schema: stricterSchema, seen: &seen, firstOnly: true, load: load).isEmpty,
            "a schema that requires 'guidance' must disagree with the loader")
        let laxer = FileFormat(
            name: "framework", title: "", summary: "",
            root: ObjectFormat(
                "framework", what: FrameworkFormat.top.what, summary: "", keys: FrameworkFormat.top.keys.filter { $0.name != "date" }),
            example: "")
        seen = []
        let laxerSchema = JSONSchemaGenerator().schema(for: laxer)
        XCTAssertFalse(
            disagreements(text, format: laxer, schema: laxerSchema, seen: &seen, firstOnly: true, load: load).isEmpty,
            "a schema without 'date' must disagree with the loader")
    }

    private func bundled(_ id: String) throws -> Framework {
        try XCTUnwrap(
            FrameworkLoader().load(
                text: try String(contentsOfFile: Fixtures.root + "/Frameworks/\(id).yaml", encoding: .utf8),
                name: "\(id).yaml"
            ).value)
    }

    /// Checks `text` as it is and every mutation at a place not in `seen` (a place met in an
    /// earlier document is not tried again).
    private func assertAgreement(
        _ name: String, _ text: String, format: FileFormat, seen: inout Set<String>,
        file: StaticString = #filePath, line: UInt = #line, load: (String) -> DiagnosticList
    ) throws {
        let document = try XCTUnwrap(YAMLJSON.value(yaml: text), name, file: file, line: line)
        let schema = JSONSchemaGenerator().schema(for: format)
        XCTAssertEqual(SchemaValidator(schema: schema).errors(in: document), [], "\(name) as it is", file: file, line: line)
        XCTAssertFalse(load(YAMLJSON.yaml(document)).hasErrors, "\(name) as it is, read back", file: file, line: line)
        for problem in disagreements(document, format: format, schema: schema, seen: &seen, load: load) {
            XCTFail("\(name): \(problem)", file: file, line: line)
        }
    }

    /// Every mutation on which loader and schema disagree, in words.
    private func disagreements(
        _ document: JSONValue, format: FileFormat, schema: JSONValue, seen: inout Set<String>,
        firstOnly: Bool = false, load: (String) -> DiagnosticList
    ) -> [String] {
        let validator = SchemaValidator(schema: schema)
        let maps = Self.mapKeys(of: format)
        var problems: [String] = []
        for mutation in DocumentMutation.all(of: document) where seen.insert(mutation.place(maps: maps)).inserted {
            let mutated = mutation.apply(to: document)
            let schemaErrors = validator.errors(in: mutated)
            let diagnostics = load(YAMLJSON.yaml(mutated))
            if !schemaErrors.isEmpty, !diagnostics.hasErrors {
                let errors = schemaErrors.prefix(2).joined(separator: "; ")
                problems.append("\(mutation): the schema rejects it (\(errors)), the loader accepts it")
            }
            if schemaErrors.isEmpty, let reported = diagnostics.errors.first(where: mutation.isShapeProblem) {
                problems.append("\(mutation): the loader reports \(reported.code) '\(reported.message.en)', the schema accepts it")
            }
            if firstOnly, !problems.isEmpty { break }
        }
        return problems
    }

    /// The keys whose values map ids or headings to values (`answers`, `expect.scores`,
    /// `columns`): their entries are one place each, however many there are.
    static func mapKeys(of format: FileFormat) -> Set<String> {
        func isMap(_ shape: ValueShape) -> Bool {
            switch shape {
            case .map: true
            case .named(_, _, let inner), .nullable(let inner): isMap(inner)
            default: false
            }
        }
        return Set(format.objectFormats(with: .builtIn).flatMap(\.keys).filter { isMap($0.shape) }.map(\.name))
    }
}

/// The keys a document has, as `mapping.key`, walked along the description.
private struct KeyCollector {
    let registry: PluginRegistry

    func collect(_ value: JSONValue, _ shape: ValueShape, into found: inout Set<String>) {
        switch (value, shape) {
        case (.object(let pairs), .object(let format)):
            var kindKeys: [KeySpec] = []
            if case .questionKind(let kinds) = format.pluginKeys, let name = Self.kindName(pairs, kinds),
                let kind = registry.questionKinds[name]
            {
                kindKeys = kind.keySpecs
            }
            for (key, member) in pairs {
                found.insert("\(format.name).\(key)")
                if let spec = format[key] ?? kindKeys.first(where: { $0.name == key }) {
                    collect(member, spec.shape, into: &found)
                } else if let effect = registry.ruleEffects[key] {
                    collect(member, effect.valueShape, into: &found)
                }
            }
        case (.object(let pairs), .map(let values, _)):
            for (_, member) in pairs { collect(member, values, into: &found) }
        case (.array(let items), .list(let element, _, _)):
            for item in items { collect(item, element, into: &found) }
        case (_, .named(_, _, let inner)), (_, .nullable(let inner)):
            collect(value, inner, into: &found)
        case (_, .either(let shapes)):
            for inner in shapes { collect(value, inner, into: &found) }
        default: break
        }
    }

    /// The kind a question names under `type`, or implies.
    static func kindName(_ pairs: [(String, JSONValue)], _ kinds: QuestionKindKeys) -> String? {
        for (key, value) in pairs where key == kinds.kindKey {
            if case .string(let name) = value { return name }
        }
        return pairs.contains { $0.0 == kinds.impliedBy.key } ? kinds.impliedBy.kind : nil
    }
}
