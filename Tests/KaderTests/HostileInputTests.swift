import Foundation
import Kader
import KaderTestSupport
import XCTest

/// Framework and response files come from anyone. Broken or hostile bytes give one clear
/// diagnostic at the right place (or are read correctly), never a crash or a hang. Every input is
/// fed to both loaders; large inputs are generated here, never committed.
final class HostileInputTests: XCTestCase, HostileInputCheck {
    var framework: Framework!

    override func setUpWithError() throws {
        framework = try LoaderCheck.loadedFramework()
    }

    let response = """
        framework: demo
        version: "1.2.0"
        answers:
          commissie: ja
          kinderen: 12

        """

    // MARK: YAML syntax

    func testTabIndentation() {
        let found = assertBoth(bytes("id: demo\ntitle:\n\tnl: Demo\n"), give: "yaml-syntax", line: 3, column: 1)
        XCTAssertTrue(
            found.allSatisfy { $0.fix?.en.contains("replace the tab with spaces") ?? false }, "\(found.map { $0.fix?.en ?? "-" })")
    }

    func testAnUnclosedQuoteIsReportedWhereItOpens() {
        assertBoth(bytes("id: demo\ntitle: \"Demo\nversion: x\nscales: []\n"), give: "yaml-syntax", line: 2, column: 8)
    }

    func testBadIndentation() {
        assertBoth(bytes("id: demo\ntitle:\n  nl: Demo\n en: Demo\n"), give: "yaml-syntax", line: 4, column: 2)
    }

    // MARK: Encodings and line ends

    func testInvalidUTF8PointsAtTheBadByte() {
        // "Café" saved as Latin-1: 0xE9 at byte 19 (0-based), line 2, column 11.
        let input = bytes("id: demo\ntitle: Caf") + [0xE9] + bytes("\nversion: x\n")
        assertBoth(input, give: "not-utf8", line: 2, column: 11, message: "invalid UTF-8 at byte 19")
    }

    func testInvalidUTF8InACRLFFilePointsAtTheRightLine() {
        let input = bytes("id: demo\r\ntitle: Caf") + [0xE9] + bytes("\r\nversion: x\r\n")
        assertBoth(input, give: "not-utf8", line: 2, column: 11, message: "invalid UTF-8 at byte 20")
    }

    func testInvalidUTF8AfterAByteOrderMarkCountsTheMarkInTheOffsetButNotInTheColumn() {
        let input: [UInt8] = [0xEF, 0xBB, 0xBF] + bytes("id: demo\ntitle: Caf") + [0xE9] + bytes("\n")
        assertBoth(input, give: "not-utf8", line: 2, column: 11, message: "invalid UTF-8 at byte 22")
    }

    func testAByteOrderMarkIsReadCorrectly() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let asFramework = FrameworkLoader().load(bytes: bom + bytes(LoaderCheck.framework), name: "framework.yaml")
        XCTAssertNotNil(asFramework.value, LoaderCheck.describe(asFramework.diagnostics))
        let asResponse = ResponseLoader().load(bytes: bom + bytes(response), name: "response.yaml", framework: framework)
        XCTAssertNotNil(asResponse.value, LoaderCheck.describe(asResponse.diagnostics))
        XCTAssertEqual(asResponse.value?.frameworkID, "demo")
    }

    func testAByteOrderMarkDoesNotShiftColumnsOnLineOne() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        // Line 1 starts with an unknown key: it must be at column 1, not 2.
        let asFramework = FrameworkLoader().load(bytes: bom + bytes("titel: x\n" + LoaderCheck.framework), name: "framework.yaml")
        LoaderCheck.assert(asFramework.diagnostics, has: "unknown-key", line: 1, column: 1, message: "unknown key 'titel'")
        let asResponse = ResponseLoader().load(
            bytes: bom + bytes("framework: demo\nanswers: {commissie: ja, kinderenn: 3}\n"),
            name: "response.yaml", framework: framework)
        LoaderCheck.assert(asResponse.diagnostics, has: "unknown-question", line: 2, column: 26)
        let text = FrameworkLoader().load(text: "\u{FEFF}titel: x\n" + LoaderCheck.framework, name: "framework.yaml")
        LoaderCheck.assert(text.diagnostics, has: "unknown-key", line: 1, column: 1, label: "from text: ")
    }

    func testCRLFLineEndsAreReadCorrectly() {
        let asFramework = FrameworkLoader().load(bytes: bytes(crlf(LoaderCheck.framework)), name: "framework.yaml")
        XCTAssertNotNil(asFramework.value, LoaderCheck.describe(asFramework.diagnostics))
        XCTAssertEqual(asFramework.value?.title.en, "Demo")
        let asResponse = ResponseLoader().load(bytes: bytes(crlf(response)), name: "response.yaml", framework: framework)
        XCTAssertNotNil(asResponse.value, LoaderCheck.describe(asResponse.diagnostics))
        XCTAssertEqual(asResponse.value?.answers.count, 2)
    }

    func testALaterErrorInACRLFFileHasTheRightLineAndColumn() {
        let marked = MarkedText(LoaderCheck.framework.replacingOccurrences(of: "max: 40", with: "1️⃣maxx: 40"))
        let at = marked.markers["1️⃣"]!
        let asFramework = FrameworkLoader().load(bytes: bytes(crlf(marked.text)), name: "framework.yaml")
        LoaderCheck.assert(asFramework.diagnostics, has: "unknown-key", line: at.line, column: at.column)
        let asResponse = ResponseLoader().load(
            bytes: bytes(crlf(response + "  protocol: misschien\n")), name: "response.yaml", framework: framework)
        LoaderCheck.assert(asResponse.diagnostics, has: "invalid-answer", line: 6, column: 13)
    }

    func testUTF16IsRefusedWithAFix() {
        let text = "id: demo\n"
        let littleEndian: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for input in [littleEndian, bigEndian] {
            let found = assertBoth(input, give: "not-utf8", line: 1, column: 1, message: "UTF-16")
            XCTAssertTrue(found.allSatisfy { $0.fix?.en.contains("UTF-8") ?? false })
        }
    }

    func testCharactersBeyondASCIIAreCountedAsOneColumnEach() {
        // é is two bytes, the emoji four: columns count characters as an editor shows them.
        let marked = MarkedText(
            LoaderCheck.framework.replacingOccurrences(
                of: "text: {nl: Er is een commissie., en: There is a committee.}",
                with: "text: {nl: Café 🕌 commissie., en: Café 🕌 committee., 1️⃣fr: Café}"))
        let at = marked.markers["1️⃣"]!
        let loaded = FrameworkLoader().load(bytes: bytes(marked.text), name: "framework.yaml")
        LoaderCheck.assert(loaded.diagnostics, has: "unknown-key", line: at.line, column: at.column)
    }

    // MARK: Empty and several documents

    func testAnEmptyFile() {
        assertBoth([], give: "empty-file", line: 1, column: 1, message: "the file is empty")
    }

    func testAWhitespaceOnlyFile() {
        assertBoth(bytes("  \n\t\n   \r\n"), give: "empty-file", line: 1, column: 1)
    }

    func testACommentOnlyFile() {
        assertBoth(bytes("# nog niets ingevuld\n"), give: "empty-file", line: 1, column: 1)
    }

    func testSeveralDocumentsPointAtTheSecond() {
        assertBoth(bytes("---\nid: a\n---\nid: b\n"), give: "several-documents", line: 3, column: 1)
        assertBoth(bytes("id: a\n---\nid: b\n"), give: "several-documents", line: 2, column: 1)
    }

    // MARK: Tags, special numbers and control characters

    func testACustomTag() {
        let asFramework = FrameworkLoader().load(
            text: LoaderCheck.framework.replacingOccurrences(
                of: "title: {nl: Demo, en: Demo}", with: "title: !foo {nl: Demo, en: Demo}"), name: "framework.yaml")
        LoaderCheck.assert(asFramework.diagnostics, has: "custom-tag", line: 3, column: 8, message: "YAML tag '!foo' is not supported")
        let asResponse = ResponseLoader().load(
            text: response.replacingOccurrences(of: "commissie: ja", with: "commissie: !foo ja"),
            name: "response.yaml", framework: framework)
        LoaderCheck.assert(asResponse.diagnostics, has: "custom-tag", line: 4, column: 14)
    }

    func testAPythonObjectTagIsRefused() {
        // The classic attack on YAML loaders: '!!python/...' expands to 'tag:yaml.org,2002:python/...'.
        let asFramework = FrameworkLoader().load(
            text: LoaderCheck.framework.replacingOccurrences(
                of: "title: {nl: Demo, en: Demo}", with: "title: !!python/object/apply:os.system Demo"), name: "framework.yaml")
        XCTAssertNil(asFramework.value)
        LoaderCheck.assert(asFramework.diagnostics, has: "custom-tag", line: 3, column: 8, message: "python/object/apply:os.system")
        let asResponse = ResponseLoader().load(
            text: response.replacingOccurrences(of: "commissie: ja", with: "commissie: !!python/name:os.system ja"),
            name: "response.yaml", framework: framework)
        XCTAssertNil(asResponse.value)
        LoaderCheck.assert(asResponse.diagnostics, has: "custom-tag", line: 4, column: 14)
    }

    func testNaNAndInfinityWhereANumberIsExpected() {
        for word in [".nan", ".NaN", ".inf", "-.Inf", "+.inf"] {
            let asFramework = FrameworkLoader().load(
                text: LoaderCheck.framework.replacingOccurrences(of: "max: 40", with: "max: \(word)"),
                name: "framework.yaml")
            LoaderCheck.assert(asFramework.diagnostics, has: "not-finite", line: 28, column: 14, message: "'\(word)'")
            let asResponse = ResponseLoader().load(
                text: response.replacingOccurrences(of: "kinderen: 12", with: "kinderen: \(word)"),
                name: "response.yaml", framework: framework)
            LoaderCheck.assert(asResponse.diagnostics, has: "not-finite", line: 5, column: 13, message: "'\(word)'")
        }
    }

    func testANulByte() {
        assertBoth(bytes("id: demo\ntitle: a\u{0}b\n"), give: "yaml-syntax", line: 2, column: 9, message: "control character (U+0000)")
    }

    func testAControlCharacter() {
        let found = assertBoth(bytes("id: demo\ntitle: a\u{1}b\n"), give: "yaml-syntax", line: 2, column: 9)
        XCTAssertTrue(
            found.allSatisfy { $0.message.en.contains("control character (U+0001)") && $0.fix?.en.contains("remove the character") == true }
        )
    }

    func testAControlCharacterInACRLFFileHasTheRightLine() {
        assertBoth(bytes("id: demo\r\nversion: x\r\ntitle: a\u{1}b\r\n"), give: "yaml-syntax", line: 3, column: 9)
    }
}
