import Foundation
import Kader
import KaderTestSupport
import XCTest

/// Inputs the fuzzers (Fuzz/run.sh) found to crash, hang or blow up memory, kept as tests after
/// the cause was fixed. Each file in Fixtures/fuzz/<target>/ goes through what its fuzz target
/// does: framework/ as a framework file (loaded, evaluated, encoded, linted, its tests run), response/ as answers to
/// `moskeeonderwijs` (loaded, evaluated with full traces, encoded), expression/ as an expression
/// (compiled, evaluated, traced). Passing means: no crash, and a result or a diagnostic.
final class FuzzRegressionTests: XCTestCase {
    let directory = Fixtures.root + "/Tests/KaderTests/Fixtures/fuzz/"

    func inputs(_ target: String) -> [(name: String, bytes: [UInt8])] {
        FileManager.default.fileExists(atPath: directory + target)
            ? ((try? FileManager.default.contentsOfDirectory(atPath: directory + target)) ?? []).sorted().compactMap { name in
                FileManager.default.contents(atPath: directory + target + "/" + name).map { (name, [UInt8]($0)) }
            }
            : []
    }

    func testFrameworkFindings() {
        for (name, bytes) in inputs("framework") {
            let loaded = FrameworkLoader().load(bytes: bytes, name: name)
            _ = DiagnosticFormatter(language: .en).format(loaded.diagnostics, sources: [loaded.source])
            if let framework = loaded.value {
                let result = Engine(framework: framework).evaluate(Response(frameworkID: framework.id))
                XCTAssertFalse(ResultJSON.encode(result, language: .nl).serialized().isEmpty, name)
                _ = Linter(framework: framework).run()
                let outcomes = Fixtures.inlineTestRunner(for: framework).run()
                _ = TestReportText(language: .nl).coverage(TestCoverage(framework: framework, outcomes: outcomes))
            } else {
                XCTAssertTrue(loaded.diagnostics.hasErrors, "\(name): no framework and no error")
            }
        }
    }

    func testResponseFindings() throws {
        let path = Fixtures.root + "/Frameworks/moskeeonderwijs.yaml"
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: path))
        let framework = try XCTUnwrap(FrameworkLoader().load(bytes: [UInt8](bytes), name: path).value)
        for (name, bytes) in inputs("response") {
            let loaded = ResponseLoader().load(bytes: bytes, name: name, framework: framework)
            _ = DiagnosticFormatter(language: .nl).format(loaded.diagnostics, sources: [loaded.source])
            if let response = loaded.value {
                let (result, _) = Engine(framework: framework).evaluateTracing(response, depth: .full)
                XCTAssertFalse(ResultJSON.encode(result, language: .en).serialized().isEmpty, name)
            } else {
                XCTAssertTrue(loaded.diagnostics.hasErrors, "\(name): no response and no error")
            }
        }
    }

    func testExpressionFindings() throws {
        let (engine, response) = try XCTUnwrap(ExampleContext.make())
        let environment = ExpressionEnvironment(framework: engine.framework)
        let origin = ExpressionOrigin(location: SourceLocation(file: "fuzz", line: 1, column: 1), style: .plain)
        let found = inputs("expression")
        XCTAssertFalse(found.isEmpty, "the expression findings are missing from \(directory)")
        for (name, bytes) in found {
            let text = String(decoding: bytes, as: UTF8.self)
            switch ExpressionCompiler.compile(text, origin: origin, environment: environment) {
            case .failure(let problem):
                XCTAssertFalse(problem.message.en.isEmpty, name)
            case .success:
                if case .success(let value) = engine.evaluate(expression: text, for: response) { _ = value.display }
            }
        }
    }

    /// The first finding: a number too large for an Int in an expression's error message
    /// trapped while it was formatted ("Double value cannot be converted to Int").
    func testHugeNumbersAreFormattedWithoutTrapping() {
        XCTAssertEqual(ExpressionFormat.number(2e46), "2e+46")
        XCTAssertEqual(ExpressionFormat.number(-2e46), "-2e+46")
        XCTAssertEqual(ExpressionFormat.number(1e20 + 0.5), "1e+20")
        XCTAssertEqual(ExpressionFormat.number(0.125), "0.13")
        XCTAssertEqual(ExpressionFormat.number(1e-7), "0.0")
    }
}
