import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kader
import XCTest

@testable import KaderServer

/// A volunteer fills in without JavaScript, so a page is saved when she presses "Volgende". She types
/// "twaalf" where a number goes, after writing notes at every question of the page. The page comes
/// back as she typed it, with what is wrong beside the question; the answers that fit are saved.
final class TypedSlipTests: ServerTestCase, @unchecked Sendable {
    func testANumberTypedAsAWordComesBackAsTypedAndTheRestOfThePageIsSaved() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            let page = try await client.post(
                "/s/\(token)/d/2",
                [
                    ("form", "f1"), ("answer.leden_actief", "twaalf"), ("note.leden_actief", "Telling van september"),
                    ("evidence.leden_actief", "ledenlijst.xlsx"), ("answer.opmerking", "Een lange toelichting van een half uur typen"),
                    ("answer.activiteiten", "les"), ("go", "next")
                ])
            XCTAssertEqual(page.status, .unprocessableContent)
            let text = page.text
            XCTAssertTrue(text.contains(#"name="answer.leden_actief" inputmode="decimal" value="twaalf" aria-invalid="true""#), text)
            XCTAssertTrue(text.contains(#"id="error-leden_actief">Niet opgeslagen: "#), "the reason beside the question")
            XCTAssertTrue(text.contains(">Telling van september</textarea>"), "her note stays on the page")
            XCTAssertTrue(text.contains(#"value="ledenlijst.xlsx""#), "and her evidence")
            XCTAssertTrue(text.contains(##"<a href="#q-leden_actief">"##), "the summary above leads to the question")
            let number = "SELECT COUNT(*) FROM answers WHERE question_id = 'leden_actief'"
            XCTAssertEqual(try count(number), 0, "what does not fit is not saved")
            XCTAssertEqual(try count("SELECT COUNT(*) FROM answers WHERE question_id IN ('opmerking', 'activiteiten')"), 2, "the rest is")
            XCTAssertTrue(text.contains("Een lange toelichting van een half uur typen"))

            let form = try XCTUnwrap(text.firstMatch(of: /name="form" value="([0-9a-f]{32})"/)?.1)
            let corrected = try await client.post(
                "/s/\(token)/d/2", [("form", String(form)), ("answer.leden_actief", "12"), ("note.leden_actief", "Telling van september")])
            XCTAssertEqual(corrected.status, .seeOther, "the corrected page goes on")
            XCTAssertEqual(try count(number + " AND value = '12' AND note = 'Telling van september'"), 1)
        }
    }

    func testAParticipantsSlipInARoomComesBackAsTyped() async throws {
        try await withServer { [self] client in
            let (_, code) = try await client.openExampleRoom()
            let participant = try await client.join(code, as: "Fatima")
            let page = try await client.post(
                participant + "/d/1",
                [("form", "p1"), ("answer.aantal_locaties", "9999"), ("answer.eigenaar_licentie", "ja"), ("go", "next")])
            XCTAssertEqual(page.status, .unprocessableContent)
            XCTAssertTrue(page.text.contains(#"value="9999" aria-invalid="true""#), page.text)
            XCTAssertTrue(page.text.contains("De casus: "), "the case stays readable above the page")
            XCTAssertEqual(try rows("room_answers"), 1, "the licence answer is saved, the number out of range is not")
        }
    }

    func testTheFirstPageWithAWordForANumberComesBackAsTypedAndSavesNothing() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            let page = try await client.post(
                "/s/\(token)/start",
                [
                    ("form", "c1"), ("organisation", "Moskee Al-Fath"), ("respondent", "Onderwijscommissie"), ("date", "2026-02-30"),
                    ("context.plaats", "Tilburg"), ("context.leden", "ongeveer veertig")
                ])
            XCTAssertEqual(page.status, .unprocessableContent)
            let text = page.text
            for typed in ["Moskee Al-Fath", "Onderwijscommissie", "Tilburg", "ongeveer veertig"] {
                XCTAssertTrue(text.contains(#"value="\#(typed)""#), "\(typed) stays on the page")
            }
            XCTAssertTrue(text.contains("&#39;ongeveer veertig&#39; bij"), "says which field")
            XCTAssertTrue(text.contains("De datum &#39;2026-02-30&#39; is geen datum"), "and the date")
            XCTAssertTrue(text.contains(#"name="context.leden" value="ongeveer veertig" aria-invalid="true""#), text)
            XCTAssertEqual(try count("SELECT COUNT(*) FROM scans WHERE organisation IS NOT NULL"), 0, "nothing saved")
        }
    }
}
