import Foundation
import Kader
import KaderFiles
import XCTest

/// A bundled framework with every example answer file of it, loaded as `kader` loads them: what
/// tests that hold a format or an option to every bundled example start from.
public struct BundledExamples {
    public let framework: Framework
    /// Each example's path and response, in ``Fixtures/exampleFiles(for:)`` order.
    public let responses: [(path: String, response: Response)]

    /// The three bundled frameworks, each with its examples.
    public static func all() throws -> [BundledExamples] {
        try ["moskeeonderwijs", "jeugdhulp_azc", "interventies_samenleven"].map(load)
    }

    /// Bundled framework `id` with its examples; fails the test when one does not load.
    public static func load(_ id: String) throws -> BundledExamples {
        let framework = try XCTUnwrap(try FrameworkLibrary().load(path: Fixtures.root + "/Frameworks/\(id).yaml").get().value)
        let responses = try Fixtures.exampleFiles(for: id).map { path in
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
            return (path, try XCTUnwrap(ResponseLoader().load(bytes: bytes, name: path, framework: framework).value, path))
        }
        return BundledExamples(framework: framework, responses: responses)
    }
}
