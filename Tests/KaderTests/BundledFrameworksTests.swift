import Foundation
import Kader
import KaderFiles
import KaderTestSupport
import XCTest

/// Every framework in Frameworks/ loads without errors or untranslated texts, and its own test
/// cases pass, as `kader test` runs them, and reach every rule, advice item and level.
final class BundledFrameworksTests: XCTestCase {
    var files: [String] { FileReader.yamlFiles(in: Fixtures.root + "/Frameworks") }

    func testThereAreBundledFrameworks() {
        XCTAssertGreaterThanOrEqual(files.count, 3, "Frameworks/ should hold the three bundled frameworks")
    }

    func testEveryBundledFrameworkLoadsCleanly() throws {
        for file in files {
            let loaded = try FrameworkLibrary(explicit: Fixtures.root + "/Frameworks").load(path: file).get()
            XCTAssertNotNil(loaded.value, DiagnosticFormatter(language: .en).format(loaded.diagnostics, sources: [loaded.source]))
            XCTAssertTrue(
                loaded.diagnostics.isEmpty,
                "\(file) has warnings:\n" + DiagnosticFormatter(language: .en).format(loaded.diagnostics, sources: [loaded.source]))
        }
    }

    func testEveryBundledFrameworkPassesItsOwnTests() throws {
        for file in files {
            let framework = try XCTUnwrap(try FrameworkLibrary().load(path: file).get().value, file)
            XCTAssertGreaterThanOrEqual(framework.tests.count, 3, "\(framework.id) should carry at least three test cases")
            let runner = FrameworkTestRunner(frameworkFile: framework)
            let outcomes = runner.run()
            for outcome in outcomes {
                let details =
                    outcome.failures.map { "\($0.location) \($0.subject): expected \($0.expected), got \($0.actual)" }
                    + outcome.failures.flatMap(\.details).map(\.en)
                    + outcome.loadProblems.all.map { "\($0.location?.description ?? "") \($0.message.en)" }
                XCTAssertTrue(outcome.passed, "\(framework.id)/\(outcome.testID):\n" + details.joined(separator: "\n"))
            }
            // Every rule fires, every advice is given and every level is reached in some test case.
            let coverage = TestCoverage(framework: framework, outcomes: outcomes)
            XCTAssertTrue(coverage.isComplete, TestReportText(language: .en).coverage(coverage))
        }
    }
}
