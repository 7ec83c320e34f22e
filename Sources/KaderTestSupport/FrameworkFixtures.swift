import Foundation
import Kader
import XCTest

/// Helpers for tests that load frameworks and responses from strings.
public enum Fixtures {
    /// The repository root (found from this source file's path).
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// Every example answer file of bundled framework `id`: `Examples/<id>/` and its subfolders
    /// (masterclass participants, colleagues), in a stable order.
    public static func exampleFiles(for id: String) -> [String] {
        let folder = root + "/Examples/" + id
        let subfolders = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { folder + "/" + $0 }
        return ([folder] + subfolders).flatMap { directory -> [String] in
            let items = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            return items.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { directory + "/" + $0 }
        }
    }

    /// Loads a framework from YAML text.
    public static func framework(_ yaml: String, name: String = "framework.yaml", registry: PluginRegistry = .builtIn) -> Loaded<Framework>
    {
        FrameworkLoader(registry: registry).load(text: yaml, name: name)
    }

    /// Loads a framework that must be valid; fails the test with its diagnostics otherwise.
    public static func validFramework(
        _ yaml: String, registry: PluginRegistry = .builtIn, file: StaticString = #filePath, line: UInt = #line
    ) throws -> Framework {
        let loaded = framework(yaml, registry: registry)
        guard let value = loaded.value else {
            XCTFail(DiagnosticFormatter(language: .en).format(loaded.diagnostics, sources: [loaded.source]), file: file, line: line)
            throw XCTSkip("framework did not load")
        }
        return value
    }

    /// A test runner for a framework whose test cases give their answers inline; a test that
    /// names a response file gets none and fails with the file's problem.
    public static func inlineTestRunner(for framework: Framework) -> FrameworkTestRunner {
        FrameworkTestRunner(framework: framework) { path, _ in
            var problems = DiagnosticList()
            problems.append(.error(.file, Message(nl: "\(path) wordt hier niet gelezen", en: "\(path) is not read here"), at: nil))
            return Loaded(value: nil, diagnostics: problems, source: SourceFile(name: path, text: ""))
        }
    }

    /// Loads a response for `framework` that must be valid.
    public static func response(_ yaml: String, for framework: Framework, file: StaticString = #filePath, line: UInt = #line) throws
        -> Response
    {
        let loaded = ResponseLoader().load(text: yaml, name: "response.yaml", framework: framework)
        guard let value = loaded.value else {
            XCTFail(DiagnosticFormatter(language: .en).format(loaded.diagnostics, sources: [loaded.source]), file: file, line: line)
            throw XCTSkip("response did not load")
        }
        return value
    }

    /// A response from answers only.
    public static func answers(_ yaml: String, for framework: Framework, file: StaticString = #filePath, line: UInt = #line) throws
        -> Response
    {
        let indented = yaml.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        return try response("framework: \(framework.id)\nanswers:\n" + indented, for: framework, file: file, line: line)
    }

    /// Asserts that loading `marked` YAML reports a diagnostic with `code` at marker `marker`,
    /// whose English message contains `message`.
    public static func assertDiagnostic(
        _ marked: String, code: String, at marker: String = "1️⃣", message: String,
        asResponseTo framework: Framework? = nil, file: StaticString = #filePath, line: UInt = #line
    ) {
        let text = MarkedText(marked)
        let name = framework == nil ? "framework.yaml" : "response.yaml"
        let diagnostics =
            framework.map { ResponseLoader().load(text: text.text, name: name, framework: $0).diagnostics }
            ?? FrameworkLoader().load(text: text.text, name: name).diagnostics
        guard let expected = text.location(marker, file: name) else {
            XCTFail("no marker \(marker) in the test text", file: file, line: line)
            return
        }
        let matching = diagnostics.all.filter { $0.code.rawValue == code }
        guard let found = matching.first(where: { $0.location == expected }) else {
            let all = diagnostics.all.map { "\($0.location?.description ?? "-") [\($0.code)] \($0.message.en)" }.joined(separator: "\n")
            XCTFail("expected [\(code)] at \(expected); got:\n\(all)", file: file, line: line)
            return
        }
        XCTAssertTrue(
            found.message.en.contains(message), "message '\(found.message.en)' does not contain '\(message)'", file: file, line: line)
        XCTAssertFalse(found.message.nl.isEmpty, "no Dutch message", file: file, line: line)
    }
}
