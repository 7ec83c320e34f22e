import Kader
import KaderTestSupport
import XCTest

/// Each mistake a framework author can make is reported like a compiler would: the right code,
/// the exact line and column, a message that says what is wrong, and a fix.
final class FrameworkDiagnosticsTests: XCTestCase, DiagnosticsFixture {
    func testTheSmallFrameworkLoadsCleanly() throws {
        let loaded = Fixtures.framework(head + domain)
        XCTAssertNotNil(loaded.value, LoaderCheck.describe(loaded.diagnostics))
        XCTAssertTrue(loaded.diagnostics.isEmpty, LoaderCheck.describe(loaded.diagnostics))
    }

    // MARK: Unknown keys, with "did you mean"

    func testUnknownTopLevelKeySuggestsTheRightOne() {
        let found = LoaderCheck.expect(
            head.replacingOccurrences(of: "title:", with: "1️⃣titel:") + domain,
            code: "unknown-key", message: "unknown key 'titel' in the framework")
        XCTAssertEqual(found?.fix?.en, "did you mean 'title'?")
    }

    func testUnknownKeyInAQuestion() {
        let found = LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: mate
                        1️⃣txt: {nl: Commissie, en: Committee}
                """, code: "unknown-key", message: "unknown key 'txt' in a question")
        XCTAssertEqual(found?.fix?.en, "did you mean 'text'?")
    }

    func testUnknownKeyInAScaleOption() {
        let found = LoaderCheck.expect(
            """
            id: demo
            version: "1.0.0"
            title: {nl: Demo, en: Demo}
            scales:
              - id: mate
                options:
                  - {id: nee, 1️⃣valeu: 0, label: {nl: Nee, en: No}}
                  - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
            """ + "\n" + domain, code: "unknown-key", message: "unknown key 'valeu' in an option")
        XCTAssertEqual(found?.fix?.en, "did you mean 'value'?")
    }

    func testUnknownKeyInARule() {
        let found = LoaderCheck.expect(
            withLevels + """
                  - id: geen_commissie
                    when: "commissie == 'nee'"
                    1️⃣advise: {nl: Stel een commissie in., en: Set up a committee.}
                """, code: "unknown-key", message: "unknown key 'advise' in a rule")
        XCTAssertEqual(found?.fix?.en, "did you mean 'advice'?")
    }

    // MARK: Missing keys

    func testEachRequiredTopLevelKeyIsReportedMissing() {
        let full = head + domain
        for key in ["id", "version", "title", "scales", "domains"] {
            // Drop the key's line (and, for lists, the lines under it).
            var lines = full.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            guard let start = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else { return XCTFail("no \(key)") }
            var end = start + 1
            while end < lines.count, lines[end].hasPrefix(" ") { end += 1 }
            lines.removeSubrange(start..<end)
            let text = "1️⃣" + lines.joined(separator: "\n")
            LoaderCheck.expect(text, code: "missing-key", message: "the framework is missing the required key '\(key)'")
        }
    }

    func testAQuestionWithoutText() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - 1️⃣id: commissie
                        scale: mate
                """, code: "missing-key", message: "a question is missing the required key 'text'")
    }

    // MARK: Wrong types

    func testAListWhereAMappingIsExpected() {
        LoaderCheck.expect(
            head + domain + """
                scoring: 1️⃣[mean, 1]
                """, code: "wrong-type", message: "the 'scoring' section must be a mapping (keys with values), but this is a list")
    }

    func testTextWhereANumberIsExpected() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: mate
                        weight: 1️⃣zwaar
                        text: {nl: Commissie, en: Committee}
                """, code: "wrong-type", message: "'weight' must be a number, not 'zwaar'", fix: false)
    }

    func testAQuotedNumber() {
        let found = LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: mate
                        weight: 1️⃣"2"
                        text: {nl: Commissie, en: Committee}
                """, code: "wrong-type", message: "'weight' must be a number, but this is quoted text")
        XCTAssertEqual(found?.fix?.en, "remove the quotes")
    }

    func testYesForABoolean() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: mate
                        required: 1️⃣yes
                        text: {nl: Commissie, en: Committee}
                """, code: "wrong-type", message: "'required' must be true or false")
    }

    func testACommaAsDecimalSeparator() {
        let found = LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: mate
                        weight: 1️⃣2,5
                        text: {nl: Commissie, en: Committee}
                """, code: "wrong-type", message: "'2,5' uses a comma as decimal separator")
        XCTAssertEqual(found?.fix?.en, "write 2.5 with a point")
    }

    // MARK: Duplicates

    func testTheSameQuestionIdInTwoDomains() {
        LoaderCheck.expect(
            head + domain + """
                  - id: leskrachten
                    title: {nl: Leskrachten, en: Teachers}
                    questions:
                      - id: 1️⃣commissie
                        scale: mate
                        text: {nl: Nog eens, en: Again}
                """, code: "duplicate-id", message: "id 'commissie' already exists (line 14)")
    }

    func testADuplicateOptionInAScale() {
        LoaderCheck.expect(
            """
            id: demo
            version: "1.0.0"
            title: {nl: Demo, en: Demo}
            scales:
              - id: mate
                options:
                  - {id: nee, value: 0, label: {nl: Nee, en: No}}
                  - {id: 1️⃣nee, value: 1, label: {nl: Ja, en: Yes}}
            """ + "\n" + domain, code: "duplicate-id", message: "option 'nee' appears twice", fix: false)
    }

    func testADuplicateRuleId() {
        LoaderCheck.expect(
            withLevels + """
                  - id: zwak
                    when: "commissie == 'nee'"
                    advice: {nl: Begin., en: Start.}
                  - id: 1️⃣zwak
                    when: "commissie == 'ja'"
                    strength: {nl: Goed., en: Good.}
                """, code: "duplicate-id", message: "rule 'zwak' already exists (line 21)", fix: false)
    }

    func testADuplicateYAMLKeyInAMapping() {
        LoaderCheck.expect(
            head + """
                domains:
                  - id: visie
                    title: {nl: Visie, en: Vision}
                    questions:
                      - id: commissie
                        scale: mate
                        text: {nl: Commissie, en: Committee}
                        1️⃣text: {nl: Nog eens, en: Again}
                """, code: "duplicate-key", message: "key 'text' appears twice in a question (first on line 16)")
    }

    // MARK: Values YAML reads differently than people do

    func testNaNAndInfinityAreNotNumbers() {
        for text in [".nan", ".inf", "-.inf"] {
            LoaderCheck.expect(
                head + """
                    domains:
                      - id: visie
                        title: {nl: Visie, en: Vision}
                        questions:
                          - id: commissie
                            scale: mate
                            weight: 1️⃣\(text)
                            text: {nl: Commissie, en: Committee}
                    """, code: "not-finite", message: "'weight' must be an ordinary number, not '\(text)'")
        }
    }

    func testACustomTag() {
        LoaderCheck.expect(
            head.replacingOccurrences(of: "title: {nl: Demo, en: Demo}", with: "title: 1️⃣!foo Demo") + domain,
            code: "custom-tag", message: "YAML tag '!foo' is not supported")
    }
}
