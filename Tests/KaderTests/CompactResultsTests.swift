import Foundation
import Kader
import KaderFiles
import KaderReports
import KaderTestSupport
import XCTest

/// The results file of `kader aggregate --results`: the compact line and its header, and the
/// wide table, held to their descriptions (Kader/Formats) for every bundled example.
final class CompactResultsTests: XCTestCase {
    /// Every bundled framework with its examples' results.
    private func bundledResults() throws -> [(framework: Framework, results: [(path: String, result: AssessmentResult)])] {
        try BundledExamples.all().map { bundled in
            let engine = Engine(framework: bundled.framework)
            return (bundled.framework, bundled.responses.map { ($0.path, engine.evaluate($0.response)) })
        }
    }

    func testACompactLineHasTheDescribedKeysInOrderAndIsValidAgainstItsSchema() throws {
        let validator = SchemaValidator(schema: JSONSchemaGenerator().schema(for: ResultsFileFormat.file))
        var checked = 0
        for (framework, results) in try bundledResults() {
            for (path, result) in results {
                let bytes = ResultLine.line(result, file: path)
                var builder = JSONValueBuilder()
                ResultLine.describe(result, file: path, into: &builder)
                let value = try XCTUnwrap(builder.value)
                XCTAssertEqual(String(decoding: bytes, as: UTF8.self), value.serialized(compact: true), "written straight = built, \(path)")
                XCTAssertEqual(validator.errors(in: value), [], path)
                XCTAssertEqual(value.member("domains").map(Self.keys), framework.domains.map(\.id), "domains by id in framework order")
                XCTAssertEqual(Self.keys(value), ResultsFileFormat.line.keyNames, path)
                for member in ["overall"] + framework.domains.map({ "domains.\($0.id)" }) {
                    let figures = try XCTUnwrap(member.split(separator: ".").reduce(Optional(value)) { $0?.member(String($1)) })
                    XCTAssertEqual(Self.keys(figures), ResultsFileFormat.figures.keyNames, "\(path): \(member)")
                }
                XCTAssertEqual(value.member("advice"), .array(result.advice.map { .string($0.ruleID) }), "advice in action order")
                XCTAssertEqual(value.member("caps"), .array(result.firedCaps.map(JSONValue.string)))
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 16)
    }

    func testACompactLineCarriesNoFrameworkTextsAndIsAFractionOfTheFullOne() throws {
        for (framework, results) in try bundledResults() {
            for (path, result) in results {
                let compact = String(decoding: ResultLine.line(result, file: path), as: UTF8.self)
                let full = ResultJSON.line(result, language: .nl)
                XCTAssertLessThan(compact.utf8.count * 8, full.count, "\(path): \(compact.utf8.count) bytes against \(full.count)")
                for domain in framework.domains {
                    let title = domain.title.text(in: .nl)
                    XCTAssertFalse(compact.contains(title), "\(path): the domain title '\(title)'")
                }
                for advice in result.advice { XCTAssertFalse(compact.contains(advice.text.text(in: .nl)), path) }
            }
        }
    }

    func testTheHeaderNamesTheFrameworkAndItsFilesHash() throws {
        let (framework, _) = try XCTUnwrap(try bundledResults().first)
        let header = String(decoding: ResultLine.header(framework: framework, sha256: String(repeating: "ab", count: 32)), as: UTF8.self)
        let value = try XCTUnwrap(YAMLJSON.value(yaml: header))
        XCTAssertEqual(SchemaValidator(schema: JSONSchemaGenerator().schema(for: ResultsFileFormat.headerFile)).errors(in: value), [])
        XCTAssertEqual(
            header,
            #"{"kader_results":1,"form":"compact","framework":{"id":"moskeeonderwijs","#
                + #""version":"\#(framework.version)","sha256":"\#(String(repeating: "ab", count: 32))"}}"#)
    }

    func testSHA256GivesTheStandardsDigests() {
        XCTAssertEqual(SHA256.hex([UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex("abc".utf8), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(
            SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", "two blocks")
        XCTAssertEqual(
            SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", "a million a's")
        XCTAssertEqual(SHA256.hex([UInt8](repeating: 0x61, count: 55)).count, 64, "padding that just fits one block")
        XCTAssertNotEqual(SHA256.hex([UInt8](repeating: 0x61, count: 55)), SHA256.hex([UInt8](repeating: 0x61, count: 56)))
    }

    func testATableRowHasACellPerColumnInTheDescribedOrder() throws {
        for (framework, results) in try bundledResults() {
            for items in [false, true] {
                let table = ResultTable(framework: framework, items: items, delimiter: ";")
                let names = table.header().split(separator: ";", omittingEmptySubsequences: false)
                XCTAssertEqual(names.map(String.init), ResultsTableFormat.names(for: framework, items: items))
                XCTAssertEqual(
                    names.count,
                    6 + framework.context.count + 4 + 3 * framework.domains.count + framework.scoring.derived.count
                        + (items ? framework.questions.count : 0), "\(framework.id), items: \(items)")
                for (path, result) in results {
                    let cells = CSVCells.split(table.row(result, file: path), delimiter: ";")
                    XCTAssertEqual(cells.count, names.count, path)
                    guard let score = result.overall.score, let at = names.firstIndex(of: "overall.score") else { continue }
                    XCTAssertEqual(
                        cells[at], ExpressionFormat.number(score).replacingOccurrences(of: ".", with: ","),
                        "a decimal comma with ';'")
                }
            }
        }
    }

    func testATableCellThatLooksLikeAFormulaIsWrittenAsText() throws {
        let framework = try Fixtures.validFramework(Self.tiny)
        let response = try Fixtures.response(
            "framework: klein\nrespondent: \"=HYPERLINK(\\\"http://x\\\")\"\norganisation: \" @SUM(A1)\"\n"
                + "answers: {plan: ja}\n", for: framework)
        let result = Engine(framework: framework).evaluate(response)
        let row = ResultTable(framework: framework, items: true, delimiter: ",").row(result, file: "-x.yaml")
        let cells = CSVCells.split(row, delimiter: ",")
        XCTAssertEqual(Array(cells.prefix(3)), ["'-x.yaml", "'=HYPERLINK(\"http://x\")", "' @SUM(A1)"], row)
        XCTAssertEqual(cells.last, "1", "the points of the one question: yes is 1")
    }

    /// A framework with one yes/no question.
    static let tiny = """
        id: klein
        version: "1.0"
        title: Klein
        scales: []
        domains:
          - id: basis
            title: Basis
            questions:
              - {id: plan, type: yesno, text: Is er een plan?}
        """

    private static func keys(_ value: JSONValue) -> [String] {
        if case .object(let pairs) = value { return pairs.map(\.0) }
        return []
    }
}
