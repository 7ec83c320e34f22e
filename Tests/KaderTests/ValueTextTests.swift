import Kader
import XCTest

/// Scores and grades in `because` texts and reports: exactly the declared decimals, a decimal
/// comma in Dutch.
final class ValueTextTests: XCTestCase {
    func testFixedDecimalsInBothLanguages() {
        XCTAssertEqual(ValueText.fixed(5, decimals: 1, language: .nl), "5,0")
        XCTAssertEqual(ValueText.fixed(5, decimals: 1, language: .en), "5.0")
        XCTAssertEqual(ValueText.fixed(0.05, decimals: 1, language: .nl), "0,1")
        XCTAssertEqual(ValueText.fixed(72.456, decimals: 2, language: .en), "72.46")
        XCTAssertEqual(ValueText.fixed(100, decimals: 0, language: .nl), "100")
        XCTAssertEqual(ValueText.fixed(0, decimals: 0, language: .nl), "0")
        XCTAssertEqual(ValueText.fixed(7.04, decimals: 3, language: .nl), "7,040")
        XCTAssertEqual(ValueText.fixed(-3.25, decimals: 1, language: .en), "-3.3")
        XCTAssertEqual(ValueText.fixed(-0.04, decimals: 1, language: .en), "0.0")
        XCTAssertEqual(ValueText.fixed(1e300, decimals: 1, language: .en), "1e+300")
        // Absurd precision is capped, never written past a buffer.
        XCTAssertEqual(ValueText.fixed(0, decimals: 50, language: .en), "0." + String(repeating: "0", count: 20))
    }
}
