import Kader
import KaderTestSupport
import XCTest

/// A response that does not fit its framework is reported at the answer that is wrong, with
/// what would be right.
final class ResponseDiagnosticsTests: XCTestCase {
    var framework: Framework!

    override func setUpWithError() throws {
        framework = try LoaderCheck.loadedFramework()
    }

    func testAGoodResponseLoadsWithoutProblems() {
        let loaded = ResponseLoader().load(
            text: """
                framework: demo
                version: "1.2.0"
                date: 2026-03-14
                answers:
                  commissie: ja
                  ouders: {value: hoog, note: Bijna altijd.}
                  kinderen: 14
                  protocol: nee
                """, name: "response.yaml", framework: framework)
        XCTAssertNotNil(loaded.value)
        XCTAssertTrue(loaded.diagnostics.isEmpty, LoaderCheck.describe(loaded.diagnostics))
    }

    func testAResponseForAnotherFramework() {
        let found = LoaderCheck.expect(
            """
            framework: 1️⃣moskeeonderwijs
            answers:
              commissie: ja
            """, code: "wrong-framework", message: "this response belongs to framework 'moskeeonderwijs', not 'demo'",
            asResponseTo: framework)
        XCTAssertEqual(found?.severity, .error)
    }

    func testAnotherMajorVersionIsAnError() {
        let found = LoaderCheck.expect(
            """
            framework: demo
            version: 1️⃣"2.0.0"
            answers:
              commissie: ja
            """, code: "version-mismatch", message: "this response answered version 2.0.0; the framework is version 1.2.0",
            asResponseTo: framework)
        XCTAssertEqual(found?.severity, .error)
    }

    func testAnotherMinorVersionIsAWarningAndStillLoads() {
        let text = """
            framework: demo
            version: 1️⃣"1.3.0"
            answers:
              commissie: ja
            """
        let found = LoaderCheck.expect(
            text, code: "version-mismatch", message: "this response answered version 1.3.0",
            asResponseTo: framework)
        XCTAssertEqual(found?.severity, .warning)
        XCTAssertNotNil(ResponseLoader().load(text: MarkedText(text).text, name: "response.yaml", framework: framework).value)
    }

    func testAnUnknownQuestionSuggestsTheClosest() {
        let found = LoaderCheck.expect(
            """
            framework: demo
            answers:
              commissie: ja
              1️⃣kinderenn: 12
            """, code: "unknown-question", message: "framework 'demo' has no question 'kinderenn'", asResponseTo: framework)
        XCTAssertEqual(found?.fix?.en, "did you mean 'kinderen'?")
    }

    func testAValueThatIsNotOnTheScaleListsTheOptions() {
        let found = LoaderCheck.expect(
            """
            framework: demo
            answers:
              commissie: 1️⃣volledig
            """, code: "invalid-answer", message: "'volledig' is not an option of question 'commissie'", asResponseTo: framework)
        XCTAssertEqual(found?.fix?.en, "known options: 'nee', 'deels', 'ja', 'weet_niet'")
    }

    func testAValueInTheLongFormIsReportedAtTheValue() {
        LoaderCheck.expect(
            """
            framework: demo
            answers:
              commissie:
                value: 1️⃣volledig
                note: Bijna.
            """, code: "invalid-answer", message: "'volledig' is not an option of question 'commissie'", asResponseTo: framework)
    }

    func testANumberOutOfBounds() {
        let found = LoaderCheck.expect(
            """
            framework: demo
            answers:
              kinderen: 1️⃣41
            """, code: "out-of-bounds", message: "41 is outside the bounds of 'kinderen' (0 – 40)", asResponseTo: framework)
        XCTAssertEqual(found?.fix?.en, "give a number within 0 – 40")
    }

    func testANumberWithADecimalComma() {
        LoaderCheck.expect(
            """
            framework: demo
            answers:
              kinderen: 1️⃣12,5
            """, code: "wrong-type", message: "'12,5' uses a comma as decimal separator", asResponseTo: framework)
    }

    func testAYesNoAnswerThatIsNotYesOrNo() {
        LoaderCheck.expect(
            """
            framework: demo
            answers:
              protocol: 1️⃣misschien
            """, code: "invalid-answer", message: "question 'protocol' expects yes or no, not 'misschien'", asResponseTo: framework)
    }

    func testABadDate() {
        let found = LoaderCheck.expect(
            """
            framework: demo
            date: 1️⃣14-03-2026
            answers:
              commissie: ja
            """, code: "invalid-date", message: "'14-03-2026' is not a date like 2026-03-14", asResponseTo: framework)
        XCTAssertEqual(found?.fix?.en, "write the date as YYYY-MM-DD")
    }

    func testADateThatDoesNotExist() {
        LoaderCheck.expect(
            """
            framework: demo
            date: 1️⃣2026-02-30
            answers:
              commissie: ja
            """, code: "invalid-date", message: "'2026-02-30' is not a date", asResponseTo: framework)
    }

    func testWeetNietOnAScaleWithoutSuchAnOption() {
        LoaderCheck.expect(
            """
            framework: demo
            answers:
              commissie: weet_niet
              ouders: 1️⃣weet_niet
            """, code: "invalid-answer", message: "question 'ouders' has no 'weet niet'", asResponseTo: framework)
    }

    func testAQuestionAnsweredTwice() {
        let found = LoaderCheck.expect(
            """
            framework: demo
            answers:
              commissie: ja
              kinderen: 12
              1️⃣commissie: nee
            """, code: "duplicate-key", message: "question 'commissie' is answered twice", asResponseTo: framework)
        XCTAssertEqual(found?.fix?.en, "keep one answer")
    }

    func testAQuestionAnsweredTwiceIsReportedEvenWhenTheFirstAnswerIsWrong() {
        LoaderCheck.expect(
            """
            framework: demo
            answers:
              commissie: volledig
              1️⃣commissie: nee
            """, code: "duplicate-key", message: "question 'commissie' is answered twice", asResponseTo: framework)
    }

    func testAllProblemsOfAResponseInOneRun() {
        let text = MarkedText(
            """
            framework: demo
            version: 1️⃣"2.0"
            date: 2️⃣gisteren
            answers:
              commissie: 3️⃣volledig
              kinderen: 4️⃣-1
              5️⃣protocl: ja
            """)
        let diagnostics = ResponseLoader().load(text: text.text, name: "response.yaml", framework: framework).diagnostics
        let expected = [
            ("1️⃣", "version-mismatch"), ("2️⃣", "invalid-date"), ("3️⃣", "invalid-answer"),
            ("4️⃣", "out-of-bounds"), ("5️⃣", "unknown-question")
        ]
        for (marker, code) in expected {
            let at = text.location(marker, file: "response.yaml")
            XCTAssertTrue(
                diagnostics.all.contains { $0.code.rawValue == code && $0.location == at },
                "\(code) at \(at!) missing; got:\n\(LoaderCheck.describe(diagnostics))")
        }
        for diagnostic in diagnostics.all {
            XCTAssertFalse(diagnostic.message.nl.isEmpty || diagnostic.message.en.isEmpty, "[\(diagnostic.code)] lacks a language")
        }
    }
}
