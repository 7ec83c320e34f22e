import XCTest

@testable import Kader

/// The line beside a capped level names every cap's reason as one list, the way a person writes
/// it: the youth-care scan capped by crisis care and by the abuse route read "Deels geregeld.;
/// Afspraken …" before.
final class LevelNoteTests: XCTestCase {
    func testSeveralReasonsReadAsOneSentence() {
        XCTAssertEqual(
            LevelNote.listed(["Crisiszorg dag en nacht bereikbaar: Deels geregeld.", "Afspraken met Veilig Thuis: Deels geregeld."]),
            "Crisiszorg dag en nacht bereikbaar: Deels geregeld; Afspraken met Veilig Thuis: Deels geregeld.")
        XCTAssertEqual(LevelNote.listed(["Eén reden."]), "Eén reden.")
        XCTAssertEqual(LevelNote.listed(["Zonder punt", "enzovoort..."]), "Zonder punt; enzovoort...")
    }
}
