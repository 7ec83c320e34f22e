import XCTest

@testable import Kader

/// A response's `date:` is checked byte by byte (every response of a batch has one); it must
/// say what reading it as three numbers says, for dates and for everything that is not one.
final class DateCheckTests: XCTestCase {
    /// The check as it was written before: split at `-`, each part read by `Int(_:)`.
    private func bySplitting(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    func testRealDatesPassAndEverythingElseDoesNot() {
        let dates = ["2026-02-21", "2024-02-29", "2000-02-29", "0000-01-01", "9999-12-31", "2026-04-30", "+202-01-01", "2026-+1-+5"]
        for text in dates { XCTAssertTrue(ResponseLoader.isDate(text), text) }
        let others = [
            "2026-02-30", "2023-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-05",
            "26-01-05", "20260-01-05", "2026--01", "2026-01-01-", "-026-01-01", "2026-01-01\n", " 2026-01-01", "20+6-01-01",
            "++26-01-01", "+-26-01-01", "2026-0a-01", "２０２６-01-01", "", "-", "--", "2026", "2026-01", "2026/01/01", "2026-01-01T10"
        ]
        for text in others { XCTAssertFalse(ResponseLoader.isDate(text), text) }
        for text in dates + others { XCTAssertEqual(ResponseLoader.isDate(text), bySplitting(text), text) }
    }

    func testEveryDayOfFourYearsAgreesWithReadingThreeNumbers() {
        for year in [1900, 2000, 2023, 2024] {
            for month in 0...13 {
                for day in 0...32 {
                    let text = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
                    XCTAssertEqual(ResponseLoader.isDate(text), bySplitting(text), text)
                }
            }
        }
    }
}
