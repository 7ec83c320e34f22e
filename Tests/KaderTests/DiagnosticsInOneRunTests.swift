import Kader
import KaderTestSupport
import XCTest

/// One run reports every problem at once, each with a message and a fix in Dutch and in English.
final class DiagnosticsInOneRunTests: XCTestCase, DiagnosticsFixture {
    // MARK: One run, all problems, both languages

    func testThreeMistakesAreAllReportedInOneRun() {
        let text = MarkedText(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: 1️⃣maat
                        2️⃣txt: {nl: Commissie, en: Committee}
                      - id: ouders
                        scale: mate
                        weight: 3️⃣0
                        text: {nl: Ouders, en: Parents}
                """)
        let diagnostics = Fixtures.framework(text.text).diagnostics
        let found = Set(diagnostics.errors.map { "\($0.code)@\($0.location?.line ?? 0):\($0.location?.column ?? 0)" })
        for (marker, code) in [("1️⃣", "unknown-reference"), ("2️⃣", "unknown-key"), ("3️⃣", "invalid-weight")] {
            let at = text.markers[marker]!
            XCTAssertTrue(found.contains("\(code)@\(at.line):\(at.column)"), "\(code) missing; got:\n\(LoaderCheck.describe(diagnostics))")
        }
    }

    func testEveryMistakeInOneQuestionIsReported() {
        // An unknown scale must not hide the question's other mistakes until the next run.
        let text =
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: 1️⃣mat
                        weight: 2️⃣"2"
                        required: 3️⃣yes
                        text: {nl: Commissie, en: Committee}
                """
        LoaderCheck.expect(text, code: "unknown-reference", message: "unknown scale 'mat'")
        LoaderCheck.expect(text, code: "wrong-type", at: "2️⃣", message: "'weight' must be a number")
        LoaderCheck.expect(text, code: "wrong-type", at: "3️⃣", message: "'required' must be true or false")
    }

    func testEveryMessageAndFixExistsInDutchAndEnglish() {
        let diagnostics = Fixtures.framework(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    onbekend: 1
                    questions:
                      - id: a
                        scale: maat
                        weight: "2"
                        required: yes
                        text: {nl: Commissie, en: Committee}
                      - id: b
                        type: nummer
                        text: {nl: B, en: B}
                levels:
                  - {id: a, min: 5, max: 50, label: {nl: A, en: A}}
                  - {id: a-b, min: 50, max: 60, label: {nl: A, en: A}}
                  - {id: b, min: 40, max: 90, label: {nl: B, en: B}}
                rules:
                  - id: r
                    when: "score.visie and 3"
                    advice: Begin.
                """
        ).diagnostics
        XCTAssertGreaterThanOrEqual(diagnostics.all.count, 8, LoaderCheck.describe(diagnostics))
        for diagnostic in diagnostics.all {
            XCTAssertFalse(diagnostic.message.nl.isEmpty, "[\(diagnostic.code)] has no Dutch message")
            XCTAssertFalse(diagnostic.message.en.isEmpty, "[\(diagnostic.code)] has no English message")
            XCTAssertNotEqual(
                diagnostic.message.nl, diagnostic.message.en, "[\(diagnostic.code)] is not translated: \(diagnostic.message.en)")
            if let fix = diagnostic.fix {
                XCTAssertFalse(fix.nl.isEmpty || fix.en.isEmpty, "[\(diagnostic.code)] fix is missing a language")
            }
            XCTAssertNotNil(diagnostic.location, "[\(diagnostic.code)] has no place")
        }
    }
}
