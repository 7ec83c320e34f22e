import Kader
import KaderTestSupport
import XCTest

/// The check every YAML syntax test makes: one `yaml-syntax` error at the marker 1️⃣, read as a
/// framework and as a response.
protocol YAMLSyntaxExpectation {}

extension YAMLSyntaxExpectation {
    /// Asserts a `yaml-syntax` error at 1️⃣ with exactly this English message and fix, and a
    /// Dutch message (`nl`, when given, exactly); read as a framework and as a response.
    @discardableResult
    func expect(
        _ marked: String, _ message: String, fix: String, nl: String? = nil, nlFix: String? = nil, length: Int? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) -> Diagnostic? {
        let text = MarkedText(marked)
        let framework = try? LoaderCheck.loadedFramework()
        var found: Diagnostic?
        let asResponse = framework.map { ResponseLoader().load(text: text.text, name: "response.yaml", framework: $0).diagnostics }
        for (name, diagnostics) in [
            ("framework.yaml", FrameworkLoader().load(text: text.text, name: "framework.yaml").diagnostics),
            ("response.yaml", asResponse)
        ] {
            guard let diagnostics else { continue }
            let errors = diagnostics.errors.filter { $0.code.rawValue == "yaml-syntax" }
            XCTAssertEqual(errors.count, 1, "\(name): \(LoaderCheck.describe(diagnostics))", file: file, line: line)
            guard let error = errors.first else { continue }
            XCTAssertEqual(error.location, text.location("1️⃣", file: name), "\(name): \(error.message.en)", file: file, line: line)
            XCTAssertEqual(error.message.en, message, file: file, line: line)
            XCTAssertEqual(error.fix?.en, fix, file: file, line: line)
            if let nl { XCTAssertEqual(error.message.nl, nl, file: file, line: line) }
            if let nlFix { XCTAssertEqual(error.fix?.nl, nlFix, file: file, line: line) }
            XCTAssertNotEqual(error.message.nl, error.message.en, "untranslated", file: file, line: line)
            if let length { XCTAssertEqual(error.length, length, file: file, line: line) }
            found = error
        }
        return found
    }
}
