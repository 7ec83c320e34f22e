import Foundation
import Kader
import KaderTestSupport
import XCTest

/// The shared corpus of expression cases (Tests/ExpressionCases/): every case gives the value
/// and traces it promises, and the examples table of docs/expressions.md is made of its cases.
final class ExpressionCaseTests: XCTestCase {
    private func corpus() throws -> ExpressionCorpus {
        let corpus = try XCTUnwrap(
            ExpressionCorpus(directory: ExampleContext.corpusDirectory),
            "the corpus's framework or answers do not load")
        XCTAssertEqual(corpus.problems, [])
        return corpus
    }

    func testEveryCaseGivesItsValueAndTrace() throws {
        let corpus = try corpus()
        XCTAssertGreaterThan(corpus.cases.count, 80)
        for item in corpus.cases {
            for problem in corpus.check(item) { XCTFail(problem) }
        }
    }

    /// The table "Examples, as the test suite runs them" in docs/expressions.md is the corpus's
    /// cases marked `docs: true`, in corpus order.
    func testTheDocumentationExamplesAreTheCorpusCasesMarkedForIt() throws {
        let corpus = try corpus()
        let text = try String(contentsOfFile: Fixtures.root + "/docs/expressions.md", encoding: .utf8)
        let section = try XCTUnwrap(text.components(separatedBy: "Examples, as the test suite runs them").last)
        let documented = section.split(separator: "\n").prefix { !$0.hasPrefix("## ") }.filter { $0.hasPrefix("| `") }.map(String.init)
        let expected = corpus.cases.filter(\.inDocumentation).map { "| `\($0.source)` | \($0.value) |" }
        XCTAssertFalse(expected.isEmpty)
        XCTAssertEqual(documented, expected, "the table in docs/expressions.md should read:\n" + expected.joined(separator: "\n"))
    }
}
