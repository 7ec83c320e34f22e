import Foundation
import Kader
import KaderTestSupport
import XCTest

/// Diagnostic codes are one typed list (Kader/Diagnostics/DiagnosticCode*.swift). A user looks a
/// code up in docs/diagnostics.md, so the table there is made from the list and held to it here,
/// as FormatDescriptionTests holds the key tables to the format descriptions.
final class DiagnosticCodeTests: XCTestCase {
    /// The docs with generated tables: the reference, and the lint section of the format.
    static let docs = ["diagnostics.md", "framework-format.md"]

    /// The tables in the docs are what the typed list gives, and every group has one.
    func testTheDocsListEveryCodeWithItsMeaning() throws {
        var documented: [String] = []
        for doc in Self.docs {
            let path = Fixtures.root + "/docs/" + doc
            let (blocks, regenerated) = DiagnosticCodeTable.regenerate(try String(contentsOfFile: path, encoding: .utf8))
            documented += blocks.map(\.name)
            if Golden.recording {
                try regenerated.write(toFile: path, atomically: true, encoding: .utf8)
                continue
            }
            for block in blocks {
                let generated = try XCTUnwrap(block.generated, "docs/\(doc): '\(block.name)' names no group of diagnostic codes")
                XCTAssertEqual(
                    block.current, generated,
                    "docs/\(doc): the table '\(block.name)' is out of date; RECORD_GOLDEN=1 swift test --filter DiagnosticCodeTests "
                        + "writes it:\n" + Golden.diff(block.current, generated))
            }
        }
        for group in DiagnosticCode.Group.allCases {
            XCTAssertTrue(documented.contains(group.rawValue), "docs/diagnostics.md has no table of '\(group.rawValue)'")
        }
    }

    /// Every code declared in Kader/Diagnostics is in the list the docs come from, once, with a
    /// meaning in both languages: a code added as a member but not listed would be undocumented.
    func testEveryDeclaredCodeIsListedOnceWithAMeaning() throws {
        let folder = Fixtures.root + "/Sources/Kader/Diagnostics"
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("DiagnosticCode+") }
        let source = try files.map { try String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }.joined()
        let declared = try NSRegularExpression(pattern: #"static let \w+ = Self\(\s*"([^"]+)""#)
            .matches(in: source, range: NSRange(source.startIndex..., in: source))
            .compactMap { Range($0.range(at: 1), in: source).map { String(source[$0]) } }
        let listed = DiagnosticCode.allCases.map(\.rawValue)
        XCTAssertGreaterThan(declared.count, 90, "the declarations were not found")
        XCTAssertEqual(Set(declared), Set(listed), "declared but not listed, or listed but not declared")
        XCTAssertEqual(listed.count, Set(listed).count, "a code is listed twice")
        for code in DiagnosticCode.allCases {
            let meaning = try XCTUnwrap(code.meaning, "\(code) has no meaning")
            XCTAssertFalse(meaning.nl.isEmpty || meaning.en.isEmpty, "\(code) lacks a language")
            XCTAssertNotEqual(meaning.nl, meaning.en, "\(code) is not translated")
        }
    }

    /// The names never change: JSON, SARIF and golden files carry them, and a plugin's code is
    /// its own name, equal to a built-in one only when the names are equal.
    func testACodeIsItsName() {
        XCTAssertEqual(DiagnosticCode.unknownKey.rawValue, "unknown-key")
        XCTAssertEqual("\(DiagnosticCode.csvDateOrder)", "csv-date-order")
        XCTAssertEqual(DiagnosticCode(rawValue: "dead-rule"), .deadRule)
        XCTAssertEqual(DiagnosticCode(rawValue: "dead-rule").meaning, DiagnosticCode.deadRule.meaning)
        let slider = DiagnosticCode("slider-step", meaning: Message(nl: "een stap buiten de schuif", en: "a step off the slider"))
        XCTAssertNil(DiagnosticCode(rawValue: "slider-step").meaning)
        XCTAssertEqual(DiagnosticCode(rawValue: "slider-step"), slider)
        XCTAssertFalse(DiagnosticCode.allCases.contains(slider))
    }

    /// The one helper for inline texts picks the language it was made with.
    func testSayPicksTheLanguage() {
        XCTAssertEqual(Say(.nl)("Opgeslagen", "Saved"), "Opgeslagen")
        XCTAssertEqual(Say(.en)("Opgeslagen", "Saved"), "Saved")
        XCTAssertEqual(Language.nl.other, .en)
        XCTAssertEqual(Language.en.pick(",", "."), ".")
    }
}
