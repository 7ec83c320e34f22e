import Foundation
import XCTest

/// A test case that works in a fresh directory of its own, removed afterwards: for the stories
/// about files, streams and commands.
open class TemporaryDirectoryTestCase: XCTestCase {
    /// The directory, made before each test.
    public var directory: String!

    override open func setUpWithError() throws {
        try super.setUpWithError()
        directory = NSTemporaryDirectory() + "kader-\(type(of: self))-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override open func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
        try super.tearDownWithError()
    }

    /// The text of a file in the directory, or "" when there is none.
    public func file(_ name: String) -> String {
        (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? ""
    }

    /// Writes `text` to a file in the directory.
    public func write(_ text: String, to name: String) throws {
        try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
    }
}

extension Fixtures {
    /// A small framework, as YAML: one domain of questions answered nee or ja. For stories about
    /// files and commands rather than scoring.
    public static func yesNoFramework(id: String, version: String = "1.0", questions: [String] = ["plan", "team"]) -> String {
        let lines = questions.map { "      - {id: \($0), scale: ja_nee, text: {nl: Er is een \($0)., en: There is a \($0).}}" }
        return """
            id: \(id)
            version: "\(version)"
            title: {nl: \(id), en: \(id)}
            scales:
              - id: ja_nee
                options:
                  - {id: nee, value: 0, label: {nl: Nee, en: No}}
                  - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
            domains:
              - id: basis
                title: {nl: Basis, en: Basics}
                questions:
            """ + "\n" + lines.joined(separator: "\n") + "\n"
    }
}
