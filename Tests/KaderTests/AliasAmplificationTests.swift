import Foundation
import Kader
import KaderTestSupport
import XCTest

/// An alias of a long text is one node, but every command that prints the framework prints the
/// whole text for each alias: a 0.27 MB framework whose 400 question texts alias one 250 KB
/// string passed `validate`, then `template` printed 200 MB. Aliases are counted by the text
/// they stand for, so such a file is refused when it is read, by every command alike.
final class AliasAmplificationTests: XCTestCase {
    /// A framework whose `count` questions all take their text from one anchored text of `size` bytes.
    func framework(questions count: Int, textBytes size: Int) -> String {
        let long = String(repeating: "Lange tekst. ", count: size / 13)
        var yaml = """
            id: groot
            version: "1"
            title: {nl: Groot, en: Large}
            long: &tekst "\(long)"
            scales:
              - id: ja_nee
                options:
                  - {id: nee, value: 0}
                  - {id: ja, value: 1}
            domains:
              - id: d
                title: {nl: D, en: D}
                questions:

            """
        for index in 0..<count { yaml += "      - {id: v\(index), scale: ja_nee, text: *tekst}\n" }
        return yaml
    }

    func testFourHundredAliasesOfALongTextAreRefusedAtTheAliasThatCrossesTheLimit() {
        let yaml = framework(questions: 400, textBytes: 250_000)
        XCTAssertLessThan(yaml.utf8.count, 300_000, "the file itself is small")
        let start = Date()
        let loaded = FrameworkLoader().load(text: yaml, name: "groot.yaml")
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
        XCTAssertNil(loaded.value)
        // 8 MiB holds the anchor and 32 copies; the 33rd alias (question v32, line 46) is one too many.
        let found = LoaderCheck.assert(loaded.diagnostics, has: "too-much-text", line: 46, column: 40, message: "more than 8 MiB")
        XCTAssertEqual(found?.fix?.en, "do not refer to the same long text again and again ('*name'); write each text once")
    }

    func testAFewAliasesOfAShortTextAreFine() {
        // The ordinary use: one help text shared by a handful of questions.
        let loaded = FrameworkLoader().load(text: framework(questions: 20, textBytes: 2_000), name: "klein.yaml")
        XCTAssertFalse(
            loaded.diagnostics.all.contains { $0.code.rawValue == "too-much-text" }, "\(loaded.diagnostics.all.map(\.message.en))")
    }

    func testTheLimitIsTheFileSizeLimit() {
        XCTAssertEqual(YAMLLimits.standard.maxExpandedBytes, YAMLLimits.standard.maxBytes)
    }
}
