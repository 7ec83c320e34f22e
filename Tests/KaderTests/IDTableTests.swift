import XCTest

@testable import Kader

/// The engine finds a response's answers through its own small hash table; it must agree with a
/// dictionary on every id, including ids it does not hold.
final class IDTableTests: XCTestCase {
    func testEveryIDIsFoundAtItsPositionAndOthersAreNot() {
        // Enough ids to fill several buckets per hash, with shared prefixes and non-ASCII ids.
        let ids = (0..<500).map { "vraag_\($0)" } + ["één", "ouders_gehoord", "ouders_gehoord_2", "", "a"]
        let table = IDTable(ids)
        for (position, id) in ids.enumerated() { XCTAssertEqual(table[id], position, id) }
        for missing in ["vraag_500", "vraag_", "Vraag_1", "een", "ouders_gehoor", " a"] { XCTAssertNil(table[missing], missing) }
        // The same by the ids' bytes, as the response loader looks up a key before making a string of it.
        for (position, id) in ids.enumerated() {
            XCTAssertEqual(Array(id.utf8).withUnsafeBufferPointer { table[bytes: $0] }, position, id)
        }
        for missing in ["vraag_500", "vraag_", "Vraag_1", "een", "ouders_gehoor", " a"] {
            XCTAssertNil(Array(missing.utf8).withUnsafeBufferPointer { table[bytes: $0] }, missing)
        }
    }

    func testTheFirstOfDuplicateIDsWins() {
        let table = IDTable(["x", "y", "x"])
        XCTAssertEqual(table["x"], 0)
        XCTAssertEqual(table["y"], 1)
    }

    func testAnEmptyTableFindsNothing() {
        XCTAssertNil(IDTable([])["x"])
    }
}

/// An answer is found by its question's id: scored against a framework where its question sits
/// elsewhere (a newer version, a question added before it), it still counts for that question.
final class AnswerPositionTests: XCTestCase {
    private func framework(_ questions: [String]) throws -> Framework {
        let yaml = """
            id: plaatsen
            version: "1.0"
            title: {nl: Plaatsen, en: Places}
            scales:
              - id: drie
                options:
                  - {id: laag, value: 0, label: {nl: Laag, en: Low}}
                  - {id: hoog, value: 2, label: {nl: Hoog, en: High}}
            domains:
              - id: d
                title: {nl: Domein, en: Domain}
                questions:
            \(questions.map { "      - {id: \($0), scale: drie, text: {nl: Vraag \($0), en: Question \($0)}}" }.joined(separator: "\n"))
            """
        return try XCTUnwrap(FrameworkLoader().load(text: yaml, name: "plaatsen.yaml").value)
    }

    func testAnAnswerWhosePlaceNowHoldsAnotherQuestionIsFoundByItsID() throws {
        let old = try framework(["b", "c"])
        let response = try XCTUnwrap(
            ResponseLoader().load(text: "framework: plaatsen\nanswers:\n  b: hoog\n  c: laag\n", name: "r.yaml", framework: old).value)
        // A question added in front: b is now second, c third.
        let new = try framework(["a", "b", "c"])
        let items = Engine(framework: new).evaluate(response).domains[0].items
        XCTAssertEqual(items.map(\.questionID), ["a", "b", "c"])
        XCTAssertEqual(items.map(\.state), [.unanswered, .answered, .answered])
        XCTAssertEqual(items.map(\.score), [nil, 100, 0])
    }
}
