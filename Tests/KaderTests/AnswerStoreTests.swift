import Foundation
import KaderTestSupport
import XCTest

@testable import Kader

/// A batch reads each response with its answers kept by question position (``AnswerStore``),
/// not in a dictionary by id. Nothing may tell the two apart: the same answers through
/// ``Response/answers``, the same result from the engine, and changes through `answers` kept.
final class AnswerStoreTests: TemporaryDirectoryTestCase {
    private func byPosition(_ path: String, framework: Framework) throws -> Response {
        var loader = ResponseLoader()
        loader.answersByPosition = true
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let response = try XCTUnwrap(loader.load(bytes: bytes, name: path, framework: SharedFramework(framework)).value, path)
        XCTAssertNotNil(response.store.placed(by: try XCTUnwrap(framework.index.questionTable?.ids)), "kept by position: \(path)")
        return response
    }

    func testEveryBundledExampleGivesTheSameAnswersAndResultByPositionAsById() throws {
        for bundled in try BundledExamples.all() {
            let engine = Engine(framework: bundled.framework)
            for (path, byID) in bundled.responses {
                XCTAssertNil(byID.store.placed(by: try XCTUnwrap(bundled.framework.index.questionTable?.ids)), "by id: \(path)")
                let placed = try byPosition(path, framework: bundled.framework)
                XCTAssertEqual(placed.answers, byID.answers, path)
                XCTAssertEqual(placed.answerOrder, byID.answerOrder, path)
                let expected = engine.evaluate(byID)
                let result = engine.evaluate(placed)
                XCTAssertEqual(ResultJSON.line(result, language: .nl), ResultJSON.line(expected, language: .nl), path)
                XCTAssertEqual(result.notices, expected.notices, path)
            }
        }
    }

    /// An answer to a question that is not asked here is named, with where it was written, as
    /// it is for a response read by id.
    func testAnAnswerToAQuestionNotAskedIsNamedWithItsPlace() throws {
        let framework = try BundledExamples.load("interventies_samenleven").framework
        // No contact among the mechanisms: the contact questions are not asked; one is answered anyway.
        let text = """
            framework: interventies_samenleven
            version: "1.2.0"
            answers:
              wm_mechanismen: [bewustwording]
              wm_gelijke_status: summier

            """
        try write(text, to: "r.yaml")
        let placed = try byPosition(directory + "/r.yaml", framework: framework)
        let byID = try XCTUnwrap(ResponseLoader().load(text: text, name: directory + "/r.yaml", framework: framework).value)
        let engine = Engine(framework: framework)
        func notAsked(_ response: Response) -> [Diagnostic] {
            engine.evaluate(response).notices.filter { $0.message.en.contains("does not apply") }
        }
        XCTAssertEqual(notAsked(placed), notAsked(byID))
        XCTAssertEqual(notAsked(placed).count, 1)
        XCTAssertEqual(notAsked(placed).first?.location?.line, 5)
    }

    func testChangesThroughAnswersAreKeptAndTheRestStays() throws {
        let bundled = try BundledExamples.load("moskeeonderwijs")
        let (path, byID) = try XCTUnwrap(bundled.responses.first)
        var placed = try byPosition(path, framework: bundled.framework)
        let id = try XCTUnwrap(byID.answerOrder.first)
        let changed = Answer(value: .unknown, note: "nagevraagd", location: SourceLocation(file: path, line: 1, column: 1))
        placed.answers[id] = changed
        var expected = byID.answers
        expected[id] = changed
        XCTAssertEqual(placed.answers, expected)
        placed.answers[id] = nil
        expected[id] = nil
        XCTAssertEqual(placed.answers, expected)
        // And the engine reads the changed answers, not the positions it was read with.
        XCTAssertNil(placed.store.placed(by: try XCTUnwrap(bundled.framework.index.questionTable?.ids)))
        var reference = byID
        reference.answers = expected
        let engine = Engine(framework: bundled.framework)
        XCTAssertEqual(ResultJSON.line(engine.evaluate(placed), language: .nl), ResultJSON.line(engine.evaluate(reference), language: .nl))
    }

    /// The same framework loaded twice is two question tables: an engine for the other one reads
    /// the answers by id and gives the same result.
    func testAnEngineForAnotherLoadOfTheFrameworkReadsTheAnswersById() throws {
        let bundled = try BundledExamples.load("jeugdhulp_azc")
        let again = try BundledExamples.load("jeugdhulp_azc").framework
        for (path, byID) in bundled.responses {
            let placed = try byPosition(path, framework: bundled.framework)
            XCTAssertNil(placed.store.placed(by: try XCTUnwrap(again.index.questionTable?.ids)))
            let engine = Engine(framework: again)
            XCTAssertEqual(
                ResultJSON.line(engine.evaluate(placed), language: .nl), ResultJSON.line(engine.evaluate(byID), language: .nl), path)
        }
    }
}
