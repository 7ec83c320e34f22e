import Foundation
import HummingbirdTesting
import Kader
import XCTest

@testable import KaderServer

/// A participant's phone saves each answer as it is given; the reply says what the page shows
/// next. When nothing else was saved in between, the server builds that reply from the seat it
/// read before the save instead of reading it again: the reply must be the one a reload gives.
final class ParticipantAutosaveTests: ServerTestCase, @unchecked Sendable {
    func testTheReplyToASaveIsWhatTheParticipantsPageShowsAfterAReload() async throws {
        try await withServer { [self] client in
            let (_, code) = try await client.openExampleRoom()
            let fatima = try await client.join(code, as: "Fatima")
            let domain = try XCTUnwrap(try app.framework(id: "interventies_samenleven").index.questions["pa_vorm"]?.domain) + 1
            for (value, revision) in [("sterk", Int64(1)), ("summier", 2), ("", 3)] {
                let reply = try JSONDecoder().decode(
                    PageState.self, from: Data(try await client.answer(fatima, "pa_vorm", value, note: value.isEmpty ? nil : "n").text.utf8)
                )
                let reload = try JSONDecoder().decode(
                    PageState.self, from: Data(try await client.get("\(fatima)/state?domain=\(domain)").text.utf8))
                XCTAssertTrue(reply.saved)
                XCTAssertEqual(reply.revision, revision)
                XCTAssertEqual(reload.revision, revision)
                XCTAssertEqual(reply.progress, reload.progress, "after '\(value)'")
                XCTAssertEqual(reply.relevant, reload.relevant)
                XCTAssertEqual(reply.domainScore, reload.domainScore)
                XCTAssertEqual(reply.overallScore, reload.overallScore)
            }
            XCTAssertEqual(try count("SELECT COUNT(*) FROM room_answers WHERE value IS NOT NULL"), 0, "the answer is cleared")
        }
    }

    func testASeatIsReadAgainWhenAnotherWindowSavedInBetween() async throws {
        try await withServer { [self] client in
            let (_, code) = try await client.openExampleRoom()
            let token = String(try await client.join(code, as: "Joost").dropFirst("/m/p/".count))
            let seat = try await app.seat(token: token)
            let mine = AnswerChange(questionID: "pa_vorm", yaml: "sterk", note: "mijn", evidence: nil)
            let alone = try await app.store.saveRoomAnswers([mine], participant: seat.participant.id, nonce: nil)
            let built = try XCTUnwrap(seat.sheet(after: mine, savedAt: alone), "nothing else was saved: no second read")
            let read = try await app.seat(token: token).sheet
            XCTAssertEqual(built.stored, read.stored)
            XCTAssertEqual(built.scan.revision, read.scan.revision)
            XCTAssertEqual(built.responseFile, read.responseFile)

            let later = try await app.seat(token: token)
            _ = try await app.store.saveRoomAnswers(
                [AnswerChange(questionID: "pa_groepen", yaml: "sterk")], participant: seat.participant.id, nonce: nil)
            let crossed = try await app.store.saveRoomAnswers([mine], participant: seat.participant.id, nonce: nil)
            XCTAssertNil(later.sheet(after: mine, savedAt: crossed), "another window's save came between: read it again")
        }
    }
}
