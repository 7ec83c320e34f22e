import Foundation
import Kader
import KaderTestSupport
import XCTest

/// What every hostile-input test does: feed the same bytes to the framework loader and to the
/// response loader, and expect one clear diagnostic at the right place from each, in time.
protocol HostileInputCheck {
    /// The framework a response is read against.
    var framework: Framework! { get }
}

extension HostileInputCheck {
    /// Loads `bytes` as a framework and as a response; returns each loader's diagnostics and how long it took.
    func loadBoth(_ bytes: [UInt8]) -> [(label: String, diagnostics: DiagnosticList, seconds: Double)] {
        var results: [(String, DiagnosticList, Double)] = []
        var start = Date()
        let asFramework = FrameworkLoader().load(bytes: bytes, name: "framework.yaml")
        results.append(("as framework: ", asFramework.diagnostics, Date().timeIntervalSince(start)))
        start = Date()
        let asResponse = ResponseLoader().load(bytes: bytes, name: "response.yaml", framework: framework)
        results.append(("as response: ", asResponse.diagnostics, Date().timeIntervalSince(start)))
        return results
    }

    /// Asserts that both loaders report `code` at `line`:`column`, within `seconds`.
    @discardableResult
    func assertBoth(
        _ bytes: [UInt8], give code: String, line expectedLine: Int, column: Int?, message: String? = nil,
        within seconds: Double = 5, file: StaticString = #filePath, line: UInt = #line
    ) -> [Diagnostic] {
        loadBoth(bytes).compactMap { label, diagnostics, took in
            XCTAssertLessThan(took, seconds, "\(label)took \(took) s", file: file, line: line)
            return LoaderCheck.assert(
                diagnostics, has: code, line: expectedLine, column: column, message: message,
                label: label, file: file, line: line)
        }
    }

    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
    func crlf(_ text: String) -> String { text.replacingOccurrences(of: "\n", with: "\r\n") }
}
