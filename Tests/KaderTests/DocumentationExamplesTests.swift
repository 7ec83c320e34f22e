import Foundation
import Kader
import KaderTestSupport
import XCTest

/// The examples table in docs/expressions.md is executable documentation: each row is
/// evaluated here in the documented example context.
final class DocumentationExamplesTests: XCTestCase {
    func testExpressionsDocumentationExamples() throws {
        let path = Fixtures.root + "/docs/expressions.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let section = try XCTUnwrap(text.components(separatedBy: "Examples, as the test suite runs them").last)
        let rows = section.split(separator: "\n").prefix { !$0.hasPrefix("## ") }
            .filter { $0.hasPrefix("| `") }
            .map { $0.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } }
        XCTAssertGreaterThanOrEqual(rows.count, 10, "the examples table was not found")
        let (engine, response) = try XCTUnwrap(ExampleContext.make())
        for row in rows {
            let expression = row[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let expected = row[1]
            switch engine.evaluate(expression: expression, for: response) {
            case .success(let value): XCTAssertEqual(value.display, expected, expression)
            case .failure(let problem): XCTFail("\(expression): \(problem.message.en)")
            }
        }
    }
}
