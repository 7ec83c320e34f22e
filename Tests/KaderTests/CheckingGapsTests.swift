import Foundation
import Kader
import KaderTestSupport
import XCTest

/// Mistakes a framework's author makes, or a hostile file plants, that loaded without a word: two
/// context fields or two tests with one id, a negative length or count, a scale on which every
/// answer scores the same, and ids that look like another id (a Cyrillic `о` in `commissie`).
final class CheckingGapsTests: XCTestCase {
    let framework = LoaderCheck.framework

    func testTwoContextFieldsWithOneId() {
        LoaderCheck.expect(
            framework + """

                context:
                  - {id: gemeente, type: text}
                  - {id: 1️⃣gemeente, type: number}
                """, code: "duplicate-id", message: "context field 'gemeente' already exists (line 34)")
    }

    func testTwoTestsWithOneId() {
        LoaderCheck.expect(
            framework + """

                tests:
                  - {id: leeg, answers: {}, expect: {scores: {}}}
                  - {id: 1️⃣leeg, answers: {commissie: ja}, expect: {scores: {}}}
                """, code: "duplicate-id", message: "test 'leeg' already exists (line 34)")
    }

    func testNegativeLengthsAndCounts() {
        let cases: [(String, String)] = [
            ("type: number\n        min: 0\n        max: 40", "type: text\n        max_length: 1️⃣-5"),
            (
                "scale: kort\n",
                "scale: kort\n        type: multi\n        min_choices: 1️⃣-1\n"
                    + "        options: [{id: a, value: 1}, {id: b, value: 2}]\n"
            ),
            ("title: {nl: Visie, en: Vision}", "title: {nl: Visie, en: Vision}\n    min_answered: 1️⃣-3")
        ]
        for (original, replacement) in cases {
            let key =
                replacement.components(separatedBy: "\n").first { $0.contains("1️⃣") }?.trimmingCharacters(in: .whitespaces).components(
                    separatedBy: ":")[0] ?? ""
            let yaml = framework.replacingOccurrences(of: original, with: replacement).replacingOccurrences(
                of: "scale: kort\n        type: multi", with: "type: multi")
            LoaderCheck.expect(yaml, code: "negative-count", message: "'\(key)' must be 0 or more, not -")
        }
    }

    func testAScaleWhoseOptionsAllHaveOneValue() {
        LoaderCheck.expect(
            framework.replacingOccurrences(
                of: """
                      - id: kort
                        options:
                          - {id: laag, value: 0, label: {nl: Laag, en: Low}}
                          - {id: hoog, value: 1, label: {nl: Hoog, en: High}}
                    """,
                with: """
                      - id: kort
                        options:
                          1️⃣- {id: laag, value: 1, label: {nl: Laag, en: Low}}
                          - {id: hoog, value: 1, label: {nl: Hoog, en: High}}
                    """), code: "flat-scale", message: "every option of scale 'kort' has the same value: every answer would score 0")
    }

    func testAnIdWithACyrillicLetterIsWarnedAbout() {
        // 'cоmmissie' with U+043E: to the eye the same as the question 'commissie' above it.
        let yaml = framework.replacingOccurrences(of: "      - id: ouders\n", with: "      - id: 1️⃣c\u{043E}mmissie\n")
        let found = LoaderCheck.expect(
            yaml, code: "mixed-script-id", message: "id 'c\u{043E}mmissie' mixes letters of different scripts (Latin + Cyrillic)")
        XCTAssertEqual(found?.fix?.en, "'\u{043E}' (U+043E) looks like Latin 'o' but is another letter; type the id again in one script")
        LoaderCheck.expect(
            yaml, code: "confusable-id", message: "id 'c\u{043E}mmissie' looks like id 'commissie' (line 19) but is another id")
    }

    func testAnIdAllInGreekLettersThatLooksLikeALatinOne() {
        // 'ΚΟΡ' in Greek capitals mixes no scripts, but reads as the domain 'KOP'.
        let yaml = framework.replacingOccurrences(
            of: "  - id: visie\n",
            with: "  - id: KOP\n    title: {nl: K, en: K}\n    questions:\n"
                + "      - {id: k1, scale: kort, text: {nl: K, en: K}}\n  - id: 1️⃣\u{039A}\u{039F}\u{03A1}\n")
        LoaderCheck.expect(yaml, code: "confusable-id", message: "looks like id 'KOP'")
    }

    func testIdsInOtherScriptsAloneAreFine() {
        // An id in Arabic or Cyrillic letters only is an id like any other.
        let loaded = FrameworkLoader().load(
            text: framework.replacingOccurrences(of: "      - id: ouders\n", with: "      - id: \u{0434}\u{0435}\u{0442}\u{0438}\n"),
            name: "f.yaml")
        XCTAssertNotNil(loaded.value)
        XCTAssertFalse(loaded.diagnostics.all.contains { $0.code.rawValue == "mixed-script-id" || $0.code.rawValue == "confusable-id" })
    }
}
