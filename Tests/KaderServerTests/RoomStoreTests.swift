import Foundation
import Kader
import KaderTestSupport
import XCTest

@testable import KaderServer

/// What every ``RoomStore`` must do, written against the protocol only: a PostgreSQL store gets
/// the same tests by overriding ``makeStore()`` in a subclass.
class RoomStoreTests: TemporaryDirectoryTestCase, @unchecked Sendable {
    /// The store under test: SQLite in a fresh directory.
    func makeStore() throws -> any RoomStore { try SQLiteScanStore(path: directory + "/kader.sqlite") }

    private func draft(_ title: String = "Derby van de Wijk") -> RoomDraft {
        RoomDraft(
            frameworkID: "interventies_samenleven", frameworkVersion: "1.1.0", language: .nl, caseTitle: title, caseText: "De **casus**.")
    }

    func testARoomIsFoundByItsTrainerTokenAndItsCode() async throws {
        let store = try makeStore()
        let room = try await store.createRoom(draft())
        XCTAssertTrue(room.isOpen)
        XCTAssertFalse(room.showsRanking)
        let byToken = try await store.room(trainer: room.trainerToken)
        XCTAssertEqual(byToken, room)
        let byCode = try await store.room(joinCode: room.joinCode)
        XCTAssertEqual(byCode?.id, room.id)
        let other = try await store.room(trainer: ScanToken.random())
        XCTAssertNil(other)
    }

    func testParticipantsAnswerAndEachSaveRaisesTheirRevision() async throws {
        let store = try makeStore()
        let room = try await store.createRoom(draft())
        let fatima = try await store.join(room: room.id, name: "Fatima")
        let joost = try await store.join(room: room.id, name: "Joost")
        let first = try await store.saveRoomAnswers(
            [AnswerChange(questionID: "pa_vorm", yaml: "sterk", note: "n")], participant: fatima.id, nonce: nil)
        XCTAssertEqual(first.revision, 1)
        let second = try await store.saveRoomAnswers(
            [AnswerChange(questionID: "pa_vorm", yaml: "summier")], participant: fatima.id, nonce: "f1")
        XCTAssertEqual(second.previousRevisions["pa_vorm"], 1)
        do {
            _ = try await store.saveRoomAnswers([AnswerChange(questionID: "pa_vorm", yaml: "sterk")], participant: fatima.id, nonce: "f1")
            XCTFail("a form sent twice is saved once")
        } catch StoreError.duplicateSubmit {}
        _ = try await store.saveRoomAnswers([AnswerChange(questionID: "pa_fase", yaml: "voldoende")], participant: joost.id, nonce: nil)
        let found = try await store.participant(token: fatima.token)
        XCTAssertEqual(found?.0.revision, 2)
        XCTAssertEqual(found?.1.id, room.id)
        let answers = try await store.roomAnswers(participant: fatima.id)
        XCTAssertEqual(answers.map(\.yaml), ["summier"])
        let all = try await store.roomAnswers(room: room.id, participants: [fatima.id, joost.id])
        XCTAssertEqual(all[joost.id]?.map(\.questionID), ["pa_fase"])
        let everyone = try await store.participants(room: room.id)
        XCTAssertEqual(everyone.map(\.name), ["Fatima", "Joost"])
    }

    func testAClosedRoomTakesNoOneAndNoAnswerAndFreesItsCode() async throws {
        let store = try makeStore()
        let room = try await store.createRoom(draft())
        let sem = try await store.join(room: room.id, name: "Sem")
        try await store.setRanking(true, room: room.id)
        try await store.closeRoom(room.id)
        do {
            _ = try await store.join(room: room.id, name: "Laat")
            XCTFail("a closed room takes no one")
        } catch RoomStoreError.closed {}
        do {
            _ = try await store.saveRoomAnswers([AnswerChange(questionID: "pa_vorm", yaml: "sterk")], participant: sem.id, nonce: nil)
            XCTFail("a closed room takes no answer")
        } catch RoomStoreError.closed {}
        let closed = try await store.room(trainer: room.trainerToken)
        XCTAssertEqual(closed?.isOpen, false)
        XCTAssertEqual(closed?.showsRanking, true)
        let answers = try await store.roomAnswers(participant: sem.id)
        XCTAssertTrue(answers.isEmpty)
        let again = try await store.room(joinCode: room.joinCode)
        XCTAssertEqual(again?.isOpen, false, "the code still leads to the closed room, to say it is closed")
    }
}
