import Foundation
import Kader
import KaderTestSupport
import XCTest

/// Small helpers shared by the loader diagnostic tests (FrameworkDiagnosticsTests,
/// ResponseDiagnosticsTests, HostileInputTests).
enum LoaderCheck {
    /// A small framework that loads without problems: one scale with "weet niet", one without,
    /// and a question of each kind the response tests need.
    static let framework = """
        id: demo
        version: "1.2.0"
        title: {nl: Demo, en: Demo}
        scales:
          - id: mate
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: deels, value: 1, label: {nl: Deels, en: Partly}}
              - {id: ja, value: 2, label: {nl: Ja, en: Yes}}
              - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
          - id: kort
            options:
              - {id: laag, value: 0, label: {nl: Laag, en: Low}}
              - {id: hoog, value: 1, label: {nl: Hoog, en: High}}
        domains:
          - id: visie
            title: {nl: Visie, en: Vision}
            questions:
              - id: commissie
                scale: mate
                text: {nl: Er is een commissie., en: There is a committee.}
              - id: ouders
                scale: kort
                text: {nl: Ouders doen mee., en: Parents take part.}
              - id: kinderen
                type: number
                min: 0
                max: 40
                text: {nl: Hoeveel kinderen?, en: How many children?}
              - id: protocol
                type: yesno
                text: {nl: Er is een protocol., en: There is a protocol.}
        """

    /// The framework above, loaded (fails the test when it does not load).
    static func loadedFramework(file: StaticString = #filePath, line: UInt = #line) throws -> Framework {
        try Fixtures.validFramework(framework, file: file, line: line)
    }

    /// Asserts the diagnostic like `Fixtures.assertDiagnostic` and returns it, so a test can check
    /// its fix and severity too. `fix: true` also asserts that a fix is given.
    @discardableResult
    static func expect(
        _ marked: String, code: String, at marker: String = "1️⃣", message: String,
        fix: Bool = true, asResponseTo framework: Framework? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) -> Diagnostic? {
        Fixtures.assertDiagnostic(marked, code: code, at: marker, message: message, asResponseTo: framework, file: file, line: line)
        let text = MarkedText(marked)
        let name = framework == nil ? "framework.yaml" : "response.yaml"
        let diagnostics =
            framework.map { ResponseLoader().load(text: text.text, name: name, framework: $0).diagnostics }
            ?? FrameworkLoader().load(text: text.text, name: name).diagnostics
        guard let expected = text.location(marker, file: name),
            let found = diagnostics.all.first(where: { $0.code.rawValue == code && $0.location == expected })
        else { return nil }
        if fix {
            XCTAssertNotNil(found.fix, "[\(code)] '\(found.message.en)' gives no fix", file: file, line: line)
            if let text = found.fix {
                XCTAssertFalse(text.en.isEmpty || text.nl.isEmpty, "[\(code)] fix is empty in a language", file: file, line: line)
            }
        }
        return found
    }

    /// Every diagnostic as one line, for failure messages.
    static func describe(_ list: DiagnosticList) -> String {
        list.all.map { "\($0.location?.description ?? "-") [\($0.code)] \($0.message.en)" }.joined(separator: "\n")
    }

    /// Asserts that `list` holds a diagnostic with `code` at `line`:`column` (column nil: any).
    @discardableResult
    static func assert(
        _ list: DiagnosticList, has code: String, line expectedLine: Int, column: Int?, message: String? = nil,
        label: String = "", file: StaticString = #filePath, line: UInt = #line
    ) -> Diagnostic? {
        let found = list.all.first {
            $0.code.rawValue == code && $0.location?.line == expectedLine && (column == nil || $0.location?.column == column)
        }
        guard let found else {
            XCTFail(
                "\(label)expected [\(code)] at \(expectedLine):\(column.map(String.init) ?? "*"); got:\n\(describe(list))", file: file,
                line: line)
            return nil
        }
        if let message {
            XCTAssertTrue(
                found.message.en.contains(message), "\(label)message '\(found.message.en)' does not contain '\(message)'", file: file,
                line: line)
        }
        XCTAssertFalse(found.message.nl.isEmpty, "no Dutch message", file: file, line: line)
        XCTAssertFalse(found.message.en.isEmpty, "no English message", file: file, line: line)
        return found
    }
}
