import Foundation
import Kader
import KaderFiles
import KaderReports
import KaderTestSupport
import XCTest

/// `kader aggregate` scores with ``ResultDetail/figures``: the same figures and ids as a full
/// evaluation, without what explains them. Held here on every bundled example: what the
/// aggregate writes and sums up must not change with the detail, and what is left out must be
/// exactly the explanations.
final class ResultDetailTests: XCTestCase {
    private struct Scored {
        let path: String
        let full: AssessmentResult
        let figures: AssessmentResult
    }

    /// Every bundled framework with each example scored both ways.
    private func bundled() throws -> [(framework: Framework, scored: [Scored])] {
        try BundledExamples.all().map { bundled in
            let engine = Engine(framework: bundled.framework)
            let scored = bundled.responses.map { path, response in
                Scored(path: path, full: engine.evaluate(response), figures: engine.evaluate(response, detail: .figures))
            }
            return (bundled.framework, scored)
        }
    }

    func testTheAggregateWritesAndSumsUpTheSameFromFiguresAsFromFullResults() throws {
        var compared = 0
        for (framework, scored) in try bundled() {
            let table = ResultTable(framework: framework, items: true, delimiter: ";")
            var fullGroup = GroupBuilder(framework: framework)
            var figuresGroup = GroupBuilder(framework: framework)
            for one in scored {
                XCTAssertEqual(
                    String(decoding: ResultLine.line(one.figures, file: one.path), as: UTF8.self),
                    String(decoding: ResultLine.line(one.full, file: one.path), as: UTF8.self), "compact line, \(one.path)")
                XCTAssertEqual(table.row(one.figures, file: one.path), table.row(one.full, file: one.path), "table row, \(one.path)")
                XCTAssertEqual(one.figures.advice.map(\.text), one.full.advice.map(\.text), "advice texts, \(one.path)")
                XCTAssertEqual(one.figures.plan.count, one.full.plan.count, one.path)
                fullGroup.add(one.full)
                figuresGroup.add(one.figures)
                compared += 1
            }
            for format in ["text", "markdown", "json"] {
                let renderer = try XCTUnwrap(RendererRegistry.builtIn.renderers[format]).init()
                let options = RenderOptions(language: .nl)
                XCTAssertEqual(
                    renderer.render(figuresGroup.build(), framework: framework, options: options),
                    renderer.render(fullGroup.build(), framework: framework, options: options), "\(framework.id): the \(format) summary")
            }
        }
        XCTAssertGreaterThanOrEqual(compared, 16)
    }

    func testFiguresLeaveOutTheExplanationsAndNothingElse() throws {
        var explained = (because: 0, conditions: 0, findOut: 0, notes: 0)
        for (_, scored) in try bundled() {
            for one in scored {
                let full = one.full
                let figures = one.figures
                explained.because += full.rules.filter { $0.because != nil }.count
                explained.conditions += full.advice.filter { !$0.conditions.isEmpty }.count
                explained.findOut += full.findOut.count
                explained.notes += (full.domains.map(\.levelNote) + [full.overall.levelNote]).compactMap { $0 }.count
                XCTAssertTrue(figures.rules.allSatisfy { $0.because == nil }, one.path)
                XCTAssertTrue((figures.advice.map(\.conditions) + figures.strengths.map(\.conditions)).allSatisfy(\.isEmpty), one.path)
                XCTAssertTrue(figures.findOut.isEmpty, one.path)
                XCTAssertTrue(figures.domains.allSatisfy { $0.levelNote == nil } && figures.overall.levelNote == nil, one.path)
                XCTAssertEqual(figures.rules.map(\.id), full.rules.map(\.id), one.path)
                XCTAssertEqual(figures.rules.map(\.outcome), full.rules.map(\.outcome), one.path)
                XCTAssertEqual(figures.flags.map(\.ruleID), full.flags.map(\.ruleID), one.path)
                XCTAssertEqual(figures.strengths.map(\.ruleID), full.strengths.map(\.ruleID), one.path)
                XCTAssertEqual(figures.domains.map(\.level), full.domains.map(\.level), one.path)
                XCTAssertEqual(figures.domains.map(\.grade), full.domains.map(\.grade), one.path)
                XCTAssertEqual(figures.overall.score, full.overall.score, one.path)
                XCTAssertEqual(figures.notices.map(\.message.en), full.notices.map(\.message.en), one.path)
            }
        }
        // The examples do explain: otherwise this test would hold for any detail.
        XCTAssertGreaterThan(explained.because, 10)
        XCTAssertGreaterThan(explained.conditions, 10)
        XCTAssertGreaterThan(explained.findOut, 0)
        XCTAssertGreaterThan(explained.notes, 0)
    }

    func testABatchScoresWithTheDetailItIsGiven() throws {
        let path = Fixtures.exampleFiles(for: "moskeeonderwijs")[0]
        let framework = try XCTUnwrap(try FrameworkLibrary().load(path: Fixtures.root + "/Frameworks/moskeeonderwijs.yaml").get().value)
        var runner = BatchRunner(framework: framework)
        let full = try XCTUnwrap(runner.score(path: path).result)
        runner.detail = .figures
        let figures = try XCTUnwrap(runner.score(path: path).result)
        XCTAssertTrue(full.advice.contains { !$0.conditions.isEmpty })
        XCTAssertTrue(figures.advice.allSatisfy { $0.conditions.isEmpty })
        XCTAssertEqual(figures.advice.map(\.ruleID), full.advice.map(\.ruleID))
    }
}
