import Foundation
import Kader
import KaderTestSupport
import XCTest

/// Inputs made to exhaust Kader (alias bombs, deep nesting, huge files, values and mappings, deep or
/// long expressions) stop quickly with a diagnostic; inputs within the documented limits still load.
final class HostileInputLimitsTests: XCTestCase, HostileInputCheck {
    var framework: Framework!

    override func setUpWithError() throws {
        framework = try LoaderCheck.loadedFramework()
    }

    // MARK: Limits

    func testABillionLaughsAliasBombStopsQuickly() {
        var lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
        let names = Array("abcdefghij").map(String.init)
        for level in 1..<names.count {
            let alias = "*" + names[level - 1]
            lines.append("\(names[level]): &\(names[level]) [" + Array(repeating: alias, count: 9).joined(separator: ", ") + "]")
        }
        // 9^10 nodes when expanded; the limit is crossed among the aliases of line 6 ('f').
        let found = assertBoth(bytes(lines.joined(separator: "\n") + "\n"), give: "too-many-nodes", line: 6, column: nil, within: 1)
        XCTAssertTrue(found.allSatisfy { $0.fix != nil })
    }

    func testFlowNestingHundredThousandDeep() {
        let input = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        assertBoth(bytes(input), give: "too-deep", line: 1, column: 65, message: "more than 64 levels", within: 2)
    }

    func testBlockNestingHundredThousandDeep() {
        let input = String(repeating: "- ", count: 100_000) + "x\n"
        assertBoth(bytes(input), give: "too-deep", line: 1, column: 129, message: "more than 64 levels", within: 2)
    }

    func testATwentyMegabyteFileIsRefusedBeforeParsing() {
        let input = bytes("title: ") + [UInt8](repeating: UInt8(ascii: "a"), count: 20_000_000)
        assertBoth(input, give: "file-too-large", line: 1, column: 1, message: "the file is too large (20000007 bytes", within: 1)
        let text = FrameworkLoader().load(text: String(decoding: input, as: UTF8.self), name: "framework.yaml")
        LoaderCheck.assert(text.diagnostics, has: "file-too-large", line: 1, column: 1, label: "from text: ")
    }

    func testAThreeHundredKilobyteValueInASmallFile() {
        let input = "id: demo\ntitle: " + String(repeating: "a", count: 300_000) + "\n"
        assertBoth(bytes(input), give: "value-too-long", line: 2, column: 8, message: "a value is too long (300000 bytes")
    }

    func testTwoHundredThousandKeysInOneMapping() {
        var input = ""
        input.reserveCapacity(3_000_000)
        for index in 0..<200_000 { input += "k\(index): \(index)\n" }
        // 300,000 nodes are passed at the key of the 150,001st pair.
        assertBoth(bytes(input), give: "too-many-nodes", line: 150_001, column: 1, within: 10)
    }

    func testADocumentUnderTheNodeLimitIsNotRefused() {
        // 160,003 nodes (a mapping, a key, a list and 160,000 numbers) is far under the 300,000 limit.
        let input = "id: [" + Array(repeating: "0", count: 160_000).joined(separator: ",") + "]\n"
        for (label, diagnostics, _) in loadBoth(bytes(input)) {
            XCTAssertFalse(
                diagnostics.all.contains { $0.code.rawValue == "too-many-nodes" }, "\(label)\(LoaderCheck.describe(diagnostics))")
            XCTAssertTrue(diagnostics.hasErrors, "\(label)this is not a valid file either")
        }
    }

    /// A framework whose only rule has condition `when`.
    func withRule(_ when: String) -> String {
        LoaderCheck.framework + "\nrules:\n  - id: regel\n    when: \"\(when)\"\n    advice: {nl: Doe iets., en: Do something.}\n"
    }

    func testAnExpressionNestedTooDeeply() {
        let when = String(repeating: "(", count: 1_000) + "commissie == 'ja'" + String(repeating: ")", count: 1_000)
        let start = Date()
        let loaded = FrameworkLoader().load(text: withRule(when), name: "framework.yaml")
        XCTAssertLessThan(Date().timeIntervalSince(start), 1)
        LoaderCheck.assert(loaded.diagnostics, has: "expression", line: 35, column: nil, message: "nested deeper than 48 levels")
    }

    func testAnExpressionLongerThanTheLimit() {
        let when = Array(repeating: "commissie == 'ja'", count: 300).joined(separator: " or ")
        let loaded = FrameworkLoader().load(text: withRule(when), name: "framework.yaml")
        LoaderCheck.assert(loaded.diagnostics, has: "expression", line: 35, column: 12, message: "longer than 4000 characters")
    }

    func testSixNestedParenthesesAreWellWithinTheDocumentedNesting() {
        // docs/limits.md: expressions may nest 48 levels.
        let when = String(repeating: "(", count: 6) + "commissie == 'ja'" + String(repeating: ")", count: 6)
        let loaded = FrameworkLoader().load(text: withRule(when), name: "framework.yaml")
        XCTAssertNotNil(loaded.value, LoaderCheck.describe(loaded.diagnostics))
    }

    func testACallWithTwoHundredArgumentsIsWellWithinTheDocumentedSize() {
        // docs/limits.md: expressions may have 1,000 parts; this one has about 200.
        let when = "sum(" + (1...200).map(String.init).joined(separator: ", ") + ") > 0"
        let loaded = FrameworkLoader().load(text: withRule(when), name: "framework.yaml")
        XCTAssertNotNil(loaded.value, LoaderCheck.describe(loaded.diagnostics))
    }
}
