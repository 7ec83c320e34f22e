import Foundation
import KaderTestSupport
import XCTest

/// The JSON Schemas `kader schema` prints: valid JSON, strict, and in agreement with every bundled
/// framework, example response and scan result (checked by `Tests/schema/validate.py` with
/// Python's `jsonschema`).
final class SchemaTests: XCTestCase {
    func testEverySchemaIsJSONOfDraft2020() throws {
        for kind in ["framework", "response", "result", "results-header", "results", "mapping"] {
            let output = try CommandRunner.run(["schema", kind])
            XCTAssertEqual(output.status, 0, "kader schema \(kind): \(output.stderr)")
            let parsed = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
            let schema = try XCTUnwrap(parsed as? [String: Any], "kader schema \(kind) is not a JSON object")
            XCTAssertEqual(schema["$schema"] as? String, "https://json-schema.org/draft/2020-12/schema", kind)
            XCTAssertEqual(schema["additionalProperties"] as? Bool, false, "\(kind) must reject unknown top-level keys")
        }
    }

    func testUnknownSchemaIsAUsageError() throws {
        let output = try CommandRunner.run(["schema", "nonsense"])
        XCTAssertEqual(output.status, 2, output.stderr)
        XCTAssertTrue(output.stdout.isEmpty, "nothing on standard output for a usage error")
    }

    /// Runs `python3 Tests/schema/validate.py <kader>`: every bundled file against its schema, and
    /// broken documents that must fail.
    func testBundledFilesMatchTheSchemas() throws {
        let probe = try Self.python(["-c", "import jsonschema, yaml"])
        if probe.status == 127 {
            throw XCTSkip("python3 is not installed; the schema validation needs python3 with jsonschema and PyYAML")
        }
        if probe.status != 0 {
            throw XCTSkip("python3 lacks jsonschema or PyYAML (pip install jsonschema pyyaml): \(probe.output)")
        }
        let script = Fixtures.root + "/Tests/schema/validate.py"
        let run = try Self.python([script, CommandRunner.executable, Fixtures.root])
        if run.status == 3 { throw XCTSkip("validate.py: \(run.output)") }
        XCTAssertEqual(run.status, 0, "Tests/schema/validate.py failed:\n\(run.output)")
    }

    /// Runs python3 (found on PATH) with `arguments` in the repository root.
    private static func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Fixtures.root)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
