@testable import Kader
import XCTest

/// The engine finds a response's answers through its own small hash table; it must agree with a
/// dictionary on every id, including ids it does not hold.
final class IDTableTests: XCTestCase {
    func testEveryIDIsFoundAtItsPositionAndOthersAreNot() {
        // Enough ids to fill several buckets per hash, with shared prefixes and non-ASCII ids.
        let ids = (0..<500).map { "vraag_\($0)" } + ["één", "ouders_gehoord", "ouders_gehoord_2", "", "a"]
        let table = IDTable(ids)
        for (position, id) in ids.enumerated() { XCTAssertEqual(table[id], position, id) }
        for missing in ["vraag_500", "vraag_", "Vraag_1", "een", "ouders_gehoor", " a"] { XCTAssertNil(table[missing], missing) }
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
