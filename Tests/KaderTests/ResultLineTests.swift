import Foundation
import Kader
import KaderFiles
import KaderTestSupport
import XCTest

/// Batch JSON lines are written straight to bytes; they must be the very bytes of the built
/// JSON value, compacted.
final class ResultLineTests: XCTestCase {
    func testAWrittenLineEqualsTheCompactedValueForEveryBundledExample() throws {
        var compared = 0
        for file in FileReader.yamlFiles(in: Fixtures.root + "/Frameworks") {
            let framework = try XCTUnwrap(try FrameworkLibrary().load(path: file).get().value, file)
            let engine = Engine(framework: framework)
            for path in Fixtures.exampleFiles(for: framework.id) {
                guard
                    let response = ResponseLoader().load(
                        bytes: Array(try Data(contentsOf: URL(fileURLWithPath: path))), name: path, framework: framework
                    ).value
                else { continue }
                let result = engine.evaluate(response)
                for language in [Language.nl, .en] {
                    XCTAssertEqual(
                        String(decoding: ResultJSON.line(result, language: language), as: UTF8.self),
                        ResultJSON.encode(result, language: language).serialized(compact: true), path)
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 20)
    }
}
