import Foundation
import HummingbirdTesting
import Kader
import XCTest

@testable import KaderServer

/// With the script, each answer is saved as it is given; the page says "opgeslagen" from the
/// server's reply, which comes after the commit. Two tabs: the later save wins, the other is told.
final class AutosaveTests: ServerTestCase, @unchecked Sendable {
    func testOneAnswerIsSavedAndTheReplyComesAfterTheCommit() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            let reply = try await client.post(
                "/s/\(token)/answer",
                [
                    ("question", "plan"), ("answer.plan", "deels"), ("note.plan", "eerste <versie>"),
                    ("rev.plan", "0"), ("since", "0")
                ])
            XCTAssertEqual(reply.status, .ok)
            XCTAssertEqual(reply.headers[.contentType], "application/json; charset=utf-8")
            let state = try JSONDecoder().decode(PageState.self, from: Data(reply.text.utf8))
            XCTAssertTrue(state.saved)
            XCTAssertEqual(state.question, "plan")
            XCTAssertEqual(state.overwrote, false)
            XCTAssertEqual(state.progress, "Domein 1 van 2 · 1 van 6 vragen beantwoord")
            XCTAssertEqual(
                try count(
                    "SELECT COUNT(*) FROM answers WHERE question_id = 'plan' AND value = 'deels' "
                        + "AND note = 'eerste <versie>' AND revision = ?",
                    [state.revision]), 1, "in the database when the reply says saved")
        }
    }

    func testTheReplySaysWhichQuestionsApplyNow() async throws {
        try await withServer { client in
            let token = try await client.startScan("webscan")
            let no = try await client.post("/s/\(token)/answer", [("question", "heeft_team"), ("answer.heeft_team", "nee")])
            XCTAssertEqual(try JSONDecoder().decode(PageState.self, from: Data(no.text.utf8)).relevant["team_overleg"], false)
            let yes = try await client.post("/s/\(token)/answer", [("question", "heeft_team"), ("answer.heeft_team", "ja")])
            XCTAssertEqual(try JSONDecoder().decode(PageState.self, from: Data(yes.text.utf8)).relevant["team_overleg"], true)
        }
    }

    func testTwoTabsTheLaterSaveWinsAndTheOtherTabIsTold() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            // Both tabs loaded the page at revision 0.
            let first = try await client.post(
                "/s/\(token)/answer", [("question", "plan"), ("answer.plan", "deels"), ("rev.plan", "0"), ("since", "0")])
            let firstState = try JSONDecoder().decode(PageState.self, from: Data(first.text.utf8))
            let second = try await client.post(
                "/s/\(token)/answer", [("question", "plan"), ("answer.plan", "volledig"), ("rev.plan", "0"), ("since", "0")])
            let secondState = try JSONDecoder().decode(PageState.self, from: Data(second.text.utf8))
            XCTAssertEqual(secondState.overwrote, true, "the second tab learns it replaced another window's answer")
            XCTAssertEqual(
                try count("SELECT COUNT(*) FROM answers WHERE question_id = 'plan' AND value = 'volledig'"), 1, "the later save wins")
            // The first tab asks what changed since its own save.
            let poll = try await client.get("/s/\(token)/state?since=\(firstState.revision)&domain=1")
            let told = try JSONDecoder().decode(PageState.self, from: Data(poll.text.utf8))
            XCTAssertEqual(told.changed.map(\.question), ["plan"])
            XCTAssertEqual(told.changed.first?.values, ["volledig"])
            XCTAssertEqual(told.changed.first?.number, "1.1")
            let quiet = try await client.get("/s/\(token)/state?since=\(secondState.revision)&domain=1")
            XCTAssertEqual(try JSONDecoder().decode(PageState.self, from: Data(quiet.text.utf8)).changed.count, 0)
        }
    }

    func testClearingAnAnswerIsAChangeTheOtherTabIsToldOf() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            let given = try await client.post("/s/\(token)/answer", [("question", "leden_actief"), ("answer.leden_actief", "12")])
            let givenState = try JSONDecoder().decode(PageState.self, from: Data(given.text.utf8))
            // One tab empties the field; the other had loaded the page with the answer.
            let cleared = try await client.post(
                "/s/\(token)/answer",
                [("question", "leden_actief"), ("answer.leden_actief", ""), ("rev.leden_actief", String(givenState.revision))])
            let clearedState = try JSONDecoder().decode(PageState.self, from: Data(cleared.text.utf8))
            XCTAssertTrue(clearedState.saved)
            XCTAssertEqual(clearedState.overwrote, false)
            XCTAssertEqual(try count("SELECT COUNT(*) FROM answers WHERE question_id = 'leden_actief' AND value IS NOT NULL"), 0)
            let poll = try await client.get("/s/\(token)/state?since=\(givenState.revision)&domain=2")
            let told = try JSONDecoder().decode(PageState.self, from: Data(poll.text.utf8))
            XCTAssertEqual(told.changed.map(\.question), ["leden_actief"], "the clearing reaches the other tab")
            XCTAssertEqual(told.changed.first?.values, [])
            XCTAssertEqual(told.changed.first?.revision, clearedState.revision)
            XCTAssertTrue(told.progress.hasSuffix("0 van 6 vragen beantwoord"), told.progress)
            // The other tab answers again from its old page: the later save wins, and it is told it replaced a change.
            let again = try await client.post(
                "/s/\(token)/answer",
                [("question", "leden_actief"), ("answer.leden_actief", "14"), ("rev.leden_actief", String(givenState.revision))])
            XCTAssertEqual(try JSONDecoder().decode(PageState.self, from: Data(again.text.utf8)).overwrote, true)
            XCTAssertEqual(try count("SELECT COUNT(*) FROM answers WHERE question_id = 'leden_actief' AND value = '14'"), 1)
            let file = try await client.get("/s/\(token)/download/response.yaml")
            XCTAssertTrue(file.text.contains("leden_actief: 14"), file.text)
        }
    }

    func testAWrongAnswerIsRefusedAsJSONAndNothingIsWritten() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            let wrong = try await client.post("/s/\(token)/answer", [("question", "streng"), ("answer.streng", "weet_niet")])
            XCTAssertEqual(wrong.status, .badRequest)
            let state = try JSONDecoder().decode(PageState.self, from: Data(wrong.text.utf8))
            XCTAssertFalse(state.saved)
            XCTAssertTrue(state.message?.contains("niets opgeslagen") ?? false, state.message ?? "")
            let unknown = try await client.post(
                "/s/\(token)/answer", [("question", "bestaat_niet"), ("answer.bestaat_niet", "ja")], cookie: "kader_lang=en")
            XCTAssertEqual(unknown.status, .badRequest)
            XCTAssertTrue(unknown.text.contains("nothing was saved"), "in the visitor's language")
            let other = try await client.post("/s/\(token)/answer", [("question", "plan"), ("answer.streng", "ja")])
            XCTAssertEqual(other.status, .badRequest, "one question per save")
            XCTAssertEqual(try count("SELECT COUNT(*) FROM answers"), 0)
        }
    }
}
