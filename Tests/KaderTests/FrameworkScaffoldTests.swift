import Kader
import KaderTestSupport
import XCTest

/// The framework `kader new` writes loads without a single warning, lints cleanly and passes its
/// own test, in both languages of its comments.
final class FrameworkScaffoldTests: XCTestCase {
    func testTheScaffoldIsCleanAndPassesItsTest() throws {
        for language in Language.allCases {
            let scaffold = FrameworkScaffold(id: "buurthuis", date: "2026-12-02", language: language)
            let loaded = FrameworkLoader().load(text: scaffold.framework(), name: scaffold.frameworkFile)
            XCTAssertTrue(loaded.diagnostics.isEmpty, LoaderCheck.describe(loaded.diagnostics))
            let framework = try XCTUnwrap(loaded.value)
            XCTAssertEqual(Linter(framework: framework).run().map(\.message.en), [], "\(language)")
            let response = ResponseLoader().load(text: scaffold.response(), name: scaffold.responseFile, framework: framework)
            XCTAssertTrue(response.diagnostics.isEmpty, LoaderCheck.describe(response.diagnostics))
            let outcomes = FrameworkTestRunner(framework: framework) { path, framework in
                XCTAssertEqual(path, scaffold.responseFile)
                return ResponseLoader().load(text: scaffold.response(), name: path, framework: framework)
            }.run()
            XCTAssertEqual(
                outcomes.map(\.passed), [true],
                outcomes.flatMap(\.failures).flatMap(\.details).map(\.en).joined(separator: "\n"))
            XCTAssertEqual(framework.domains.first?.questions.count, 2)
            XCTAssertEqual(framework.scales.first?.options.filter { $0.role != .scored }.map(\.id), ["weet_niet", "nvt"])
        }
    }

    func testAnIdMustBeAValidId() {
        XCTAssertNil(FrameworkScaffold.problem(with: "buurthuis"))
        XCTAssertEqual(FrameworkScaffold.problem(with: "Buurt huis")?.fix.en, "for example: kader new buurt_huis")
        XCTAssertEqual(FrameworkScaffold.problem(with: "2026")?.fix.en, "for example: kader new mijn_kader")
    }
}
