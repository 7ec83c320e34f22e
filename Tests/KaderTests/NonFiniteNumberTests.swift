import Foundation
import KaderImport
import KaderReports
import KaderTestSupport
import XCTest

@testable import Kader

/// A hostile file writes `.nan`, `inf` or `1e999` where a number belongs, or a number so large
/// that scoring overflows (a weight of `1e308` made the overall score NaN, the HTML report trap
/// and the JSON say nothing). Every such number is refused where it is written, in every place a
/// number is read, and no JSON Kader writes can hold NaN or Infinity whatever it is given.
final class NonFiniteNumberTests: XCTestCase {
    /// Every spelling that is not a finite number, and the code it is refused with.
    let spellings: [(text: String, code: String)] = [
        (".nan", "not-finite"), (".NaN", "not-finite"), (".NAN", "not-finite"), (".inf", "not-finite"), (".Inf", "not-finite"),
        ("-.inf", "not-finite"), ("+.INF", "not-finite"), ("nan", "not-finite"), ("inf", "not-finite"), ("-Infinity", "not-finite"),
        ("1e999", "number-too-large"), ("-1e999", "number-too-large"), ("1e308", "number-too-large"), ("2e15", "number-too-large")
    ]

    /// The place in the framework of `LoaderCheck` where a number stands, with its text replaced.
    func framework(replacing original: String, with text: String) -> String {
        LoaderCheck.framework.replacingOccurrences(of: original, with: text)
    }

    func testEveryNumberOfAFrameworkRefusesThemWhereTheyAreWritten() {
        // A scale value, a bound of a number question, a weight, a level edge and a grade table.
        let places: [(original: String, line: Int, column: Int)] = [
            ("{id: deels, value: 1,", 8, 28), ("max: 40", 28, 14),
            ("scale: kort\n", 24, 17), ("  - {id: laag, min: 0, max: 50", 34, 29), ("    - {min: 0, max: 50, grade: 4}", 38, 32)
        ]
        let withLevelsAndGrades =
            LoaderCheck.framework + """

                levels:
                  - {id: laag, min: 0, max: 50, label: {nl: Laag, en: Low}}
                  - {id: hoog, min: 50, max: 100, label: {nl: Hoog, en: High}}
                grades:
                  table:
                    - {min: 0, max: 50, grade: 4}
                    - {min: 50, max: 100, grade: 8}
                """
        for (text, code) in spellings {
            for place in places {
                let replacement: String =
                    switch place.original {
                    case "{id: deels, value: 1,": "{id: deels, value: \(text),"
                    case "max: 40": "max: \(text)"
                    case "scale: kort\n": "scale: kort\n        weight: \(text)\n"
                    case "  - {id: laag, min: 0, max: 50": "  - {id: laag, min: 0, max: \(text)"
                    default: "    - {min: 0, max: 50, grade: \(text)}"
                    }
                let yaml = withLevelsAndGrades.replacingOccurrences(of: place.original, with: replacement)
                let loaded = FrameworkLoader().load(text: yaml, name: "framework.yaml")
                XCTAssertNil(loaded.value, "\(text) at line \(place.line)")
                LoaderCheck.assert(
                    loaded.diagnostics, has: code, line: place.line, column: place.column, message: "'\(text)'",
                    label: "\(text) at line \(place.line): ")
            }
        }
    }

    func testANumberAnswerAndANumberContextFieldRefuseThem() throws {
        let framework = try LoaderCheck.loadedFramework()
        for (text, code) in spellings {
            let answer = ResponseLoader().load(
                text: "framework: demo\nanswers:\n  kinderen: \(text)\n", name: "response.yaml", framework: framework)
            XCTAssertNil(answer.value, text)
            LoaderCheck.assert(answer.diagnostics, has: code, line: 3, column: 13, message: "'\(text)'", label: "\(text): ")
        }
    }

    func testASurveyCellRefusesThem() throws {
        let framework = try LoaderCheck.loadedFramework()
        for (text, _) in spellings {
            let csv = "kinderen,commissie\n\(text),ja\n"
            let outcome = SurveyImport.read(csv: Array(csv.utf8), name: "export.csv", framework: framework, mapping: nil)
            // The cell stays unanswered, its text kept in the note, and the import says why.
            XCTAssertEqual(outcome.responses.first?.answers["kinderen"]?.value, .unanswered, text)
            let found = outcome.diagnostics.all.first { $0.location?.line == 2 && $0.location?.column == 1 }
            XCTAssertTrue(found?.message.en.contains("'\(text)'") ?? false, "\(text): \(outcome.diagnostics.all.map(\.message.en))")
        }
    }

    func testReadingNumbers() {
        XCTAssertEqual(NumberText.read("2.5"), .number(2.5))
        XCTAssertEqual(NumberText.read("-1e15"), .number(-1e15))
        XCTAssertEqual(NumberText.read("1e16"), .tooLarge)
        XCTAssertEqual(NumberText.read("0x1p1024"), .tooLarge, "a hexadecimal number that overflows")
        XCTAssertEqual(NumberText.read("nan(0x1)"), .notFinite)
        XCTAssertEqual(NumberText.read("snan"), .notFinite)
        XCTAssertEqual(NumberText.read(".inf"), .notFinite, "YAML's spelling, which Swift does not read")
        XCTAssertEqual(NumberText.read("twee"), .notANumber)
    }

    // MARK: JSON

    func testTheJSONWriterNeverWritesNaNOrInfinity() throws {
        let numbers: [Double] = [
            .nan, -.nan, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
            1.5e303, 1e15, 9.5e15, 123_456_789_012.345, .leastNonzeroMagnitude, -0.0, 1e-7
        ]
        let value = JSONValue.array(numbers.map { .number($0) })
        var compact = CompactJSONWriter()
        compact.array(numbers) { out, number in out.number(number) }
        for text in [value.serialized(), value.serialized(compact: true), String(decoding: compact.bytes, as: UTF8.self)] {
            let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) as? [Any]
            XCTAssertEqual(parsed?.count, numbers.count, text)
            XCTAssertNil(
                text.range(of: #"[A-Za-z]{2,}"#, options: .regularExpression).flatMap { text[$0] == "null" ? nil : text[$0] },
                "only null, digits, signs and exponents: \(text)")
        }
        XCTAssertEqual(
            value.serialized(compact: true),
            "[null,null,null,null,1.7976931348623157e+308,-1.7976931348623157e+308,1.5e+303,"
                + "1000000000000000.0,9.5e+15,123456789012.345,0.0,0,0.0]")
    }

    func testAScoreThatOverflowsIsNoScore() throws {
        // Within the limit on numbers nothing overflows; an aggregator of a plugin still might.
        var registry = PluginRegistry.builtIn
        registry.register(aggregator: Overflowing.self)
        let framework = try Fixtures.validFramework(
            LoaderCheck.framework.replacingOccurrences(
                of: "title: {nl: Visie, en: Vision}", with: "title: {nl: Visie, en: Vision}\n    aggregate: overflowing"),
            registry: registry)
        let response = try Fixtures.response("framework: demo\nanswers:\n  commissie: ja\n", for: framework)
        let result = Engine(framework: framework).evaluate(response)
        XCTAssertNil(result.domains.first?.score)
        XCTAssertFalse(ResultJSON.encode(result, language: .en).serialized().lowercased().contains("inf"))
    }
}

extension NonFiniteNumberTests {
    func testNoRendererTrapsOnANumberThatIsNotFinite() throws {
        // However a NaN or an infinity got into a result (a plugin, a future bug), every format
        // writes it without trapping (the HTML report trapped on a NaN bar width) and the JSON
        // stays JSON.
        let framework = try LoaderCheck.loadedFramework()
        let response = try Fixtures.response("framework: demo\nanswers:\n  commissie: ja\n  ouders: hoog\n", for: framework)
        let result = Self.notFinite(Engine(framework: framework).evaluate(response))
        for name in ["text", "markdown", "html", "csv", "json"] {
            let renderer = try XCTUnwrap(RendererRegistry.builtIn.renderers[name], name).init()
            for language in [Language.nl, .en] {
                let text = renderer.render(result, framework: framework, options: RenderOptions(language: language, rows: .items))
                XCTAssertFalse(text.isEmpty, name)
                if name == "json" {
                    XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(text.utf8)), text)
                    XCTAssertNil(text.range(of: #"[:\[,]\s*-?(nan|inf|NaN|Infinity)"#, options: .regularExpression), text)
                }
            }
        }
    }
}

extension NonFiniteNumberTests {
    /// `result` with a NaN domain score, infinite points and a minus-infinite overall score:
    /// results are immutable, so the parts are made anew with their memberwise initialisers.
    static func notFinite(_ result: AssessmentResult) -> AssessmentResult {
        let d = result.domains[0]
        let domain = DomainResult(
            id: d.id, title: d.title, role: d.role, score: .nan, status: d.status, points: .infinity, maxPoints: d.maxPoints,
            proratedPoints: d.proratedPoints, proratedMaxPoints: d.proratedMaxPoints, aggregator: d.aggregator,
            minAnswered: d.minAnswered, answeredItems: d.answeredItems, bandLevel: d.bandLevel, level: d.level,
            cappedBy: d.cappedBy, grade: d.grade, passed: d.passed, completeness: d.completeness, items: d.items,
            scale: d.scale, range: d.range)
        let o = result.overall
        let overall = OverallResult(
            scoreID: o.scoreID, score: -.infinity, status: o.status, bandLevel: o.bandLevel, requiredLevel: o.requiredLevel,
            level: o.level, unmetRequirements: o.unmetRequirements, cappedBy: o.cappedBy, grade: o.grade, passed: o.passed,
            scale: o.scale, range: o.range)
        return AssessmentResult(
            framework: result.framework, respondent: result.respondent, organisation: result.organisation, date: result.date,
            context: result.context, completeness: result.completeness, domains: [domain] + result.domains.dropFirst(),
            scores: result.scores, overall: overall, preconditions: result.preconditions, advice: result.advice, plan: result.plan,
            strengths: result.strengths, flags: result.flags, otherOutcomes: result.otherOutcomes, rules: result.rules,
            notices: result.notices)
    }
}

/// An aggregator that overflows, as a careless plugin's might.
private struct Overflowing: Aggregator {
    static let name = "overflowing"
    static let summary = Message(nl: "loopt over", en: "overflows")
    static let examples: [AggregatorExample] = []
    func aggregate(_ parts: [ScorePart]) -> Double? { .greatestFiniteMagnitude * 2 }
}
