import Foundation
import Kader
import Testing

@testable import KaderServer

/// What every store promises about masterclass rooms (``RoomStore``), on SQLite and on
/// PostgreSQL: a room is found by its trainer's token and its code, each participant's saves
/// raise their own revision once, a closed room takes no one and no answer, and a second
/// process on the same database sees the close at once.
@Suite("RoomStore on SQLite and PostgreSQL")
struct RoomStorageTests {
    static func draft(_ title: String = "Derby van de Wijk") -> RoomDraft {
        RoomDraft(
            frameworkID: "interventies_samenleven", frameworkVersion: "1.1.0", language: .nl, caseTitle: title, caseText: "De **casus**.")
    }

    @Test("A room is found by its trainer's token and by its code, and a random token finds nothing", arguments: StoreKind.allCases)
    func aRoomIsFoundByTokenAndCode(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let room = try await store.createRoom(Self.draft("Buurtkoor <Noord>"))
            #expect(room.isOpen && !room.showsRanking)
            #expect(try await store.room(trainer: room.trainerToken) == room)
            #expect(try await store.room(joinCode: room.joinCode)?.id == room.id)
            #expect(try await store.room(trainer: ScanToken.random()) == nil)
            let other = try await store.createRoom(Self.draft())
            #expect(other.joinCode != room.joinCode, "two open rooms never share a code")
            #expect(other.trainerToken != room.trainerToken)
        }
    }

    @Test("Participants answer; each save raises their own revision; a form sent twice is refused", arguments: StoreKind.allCases)
    func participantsAnswer(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let room = try await store.createRoom(Self.draft())
            let fatima = try await store.join(room: room.id, name: "Fatima")
            let joost = try await store.join(room: room.id, name: "Joost")
            let first = try await store.saveRoomAnswers(
                [AnswerChange(questionID: "pa_vorm", yaml: "sterk", note: "n", evidence: "e")], participant: fatima.id, nonce: nil)
            #expect(first.revision == 1 && first.previousRevisions == ["pa_vorm": 0])
            let second = try await store.saveRoomAnswers(
                [AnswerChange(questionID: "pa_vorm", yaml: "summier")], participant: fatima.id, nonce: "f1")
            #expect(second.revision == 2 && second.previousRevisions == ["pa_vorm": 1])
            await #expect(throws: StoreError.duplicateSubmit) {
                try await store.saveRoomAnswers([AnswerChange(questionID: "pa_vorm", yaml: "sterk")], participant: fatima.id, nonce: "f1")
            }
            _ = try await store.saveRoomAnswers(
                [AnswerChange(questionID: "pa_fase", yaml: "voldoende")], participant: joost.id, nonce: "f1")
            let found = try #require(try await store.participant(token: fatima.token))
            #expect(found.0.revision == 2 && found.0.name == "Fatima" && found.1.id == room.id)
            #expect(
                try await store.roomAnswers(participant: fatima.id) == [StoredAnswer(questionID: "pa_vorm", yaml: "summier", revision: 2)])
            let all = try await store.roomAnswers(room: room.id, participants: [fatima.id, joost.id])
            #expect(all[joost.id]?.map(\.questionID) == ["pa_fase"])
            #expect(try await store.participants(room: room.id).map(\.name) == ["Fatima", "Joost"])
            #expect(try await store.participant(token: ScanToken.random()) == nil)
            await #expect(throws: StoreError.unknownScan) {
                try await store.saveRoomAnswers([AnswerChange(questionID: "pa_vorm", yaml: "sterk")], participant: 999_999, nonce: nil)
            }
        }
    }

    @Test("A save of several answers tells each one's previous revision; a cleared answer is gone", arguments: StoreKind.allCases)
    func clearingAndSeveralAnswers(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let room = try await store.createRoom(Self.draft())
            let sara = try await store.join(room: room.id, name: "Sara")
            _ = try await store.saveRoomAnswers([AnswerChange(questionID: "pa_vorm", yaml: "sterk")], participant: sara.id, nonce: nil)
            let both = try await store.saveRoomAnswers(
                [AnswerChange(questionID: "pa_vorm", yaml: nil), AnswerChange(questionID: "pa_fase", yaml: "voldoende", note: "n")],
                participant: sara.id, nonce: "s1")
            #expect(both.revision == 2 && both.previousRevisions == ["pa_vorm": 1, "pa_fase": 0])
            #expect(
                try await store.roomAnswers(participant: sara.id)
                    == [StoredAnswer(questionID: "pa_fase", yaml: "voldoende", note: "n", revision: 2)])
            let again = try await store.saveRoomAnswers([AnswerChange(questionID: "pa_vorm", yaml: nil)], participant: sara.id, nonce: nil)
            #expect(again.revision == 3 && again.previousRevisions == ["pa_vorm": 0], "clearing what is not there")
            try await store.closeRoom(room.id)
            await #expect(throws: RoomStoreError.closed) {
                try await store.saveRoomAnswers([AnswerChange(questionID: "pa_vorm", yaml: "sterk")], participant: sara.id, nonce: nil)
            }
            #expect(try await store.participant(token: sara.token)?.0.revision == 3, "a refused save raises no revision")
        }
    }

    @Test(
        "A closed room takes no one and no answer, keeps its ranking choice, and its code says it is closed", arguments: StoreKind.allCases)
    func aClosedRoomTakesNothing(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let room = try await store.createRoom(Self.draft())
            let sem = try await store.join(room: room.id, name: "Sem")
            try await store.setRanking(true, room: room.id)
            try await store.closeRoom(room.id)
            try await store.closeRoom(room.id)
            await #expect(throws: RoomStoreError.closed) { try await store.join(room: room.id, name: "Laat") }
            await #expect(throws: RoomStoreError.closed) {
                try await store.saveRoomAnswers([AnswerChange(questionID: "pa_vorm", yaml: "sterk")], participant: sem.id, nonce: "n")
            }
            let closed = try #require(try await store.room(trainer: room.trainerToken))
            #expect(!closed.isOpen && closed.showsRanking)
            #expect(try await store.roomAnswers(participant: sem.id).isEmpty)
            #expect(try await store.participant(token: sem.token)?.0.revision == 0, "the refused save raised nothing")
            #expect(try await store.room(joinCode: room.joinCode)?.isOpen == false, "the code still leads there, to say it is closed")
            #expect(try await store.participants(room: room.id).count == 1)
        }
    }

    @Test(
        "A second process sees the close at once, and saves of one participant from two processes never share a revision",
        arguments: StoreKind.allCases)
    func twoProcessesAgree(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let first = try await database.open()
            let second = try await database.open()
            let room = try await first.createRoom(Self.draft())
            let noor = try await second.join(room: room.id, name: "Noor")
            let revisions = try await withThrowingTaskGroup(of: Int64.self) { group in
                for index in 0..<20 {
                    let store = index.isMultiple(of: 2) ? first : second
                    group.addTask {
                        try await store.saveRoomAnswers(
                            [AnswerChange(questionID: "q\(index % 4)", yaml: "sterk")], participant: noor.id, nonce: "form-\(index)"
                        ).revision
                    }
                }
                return try await group.reduce(into: [Int64]()) { $0.append($1) }
            }
            #expect(revisions.sorted() == Array(1...20))
            try await first.closeRoom(room.id)
            await #expect(throws: RoomStoreError.closed) {
                try await second.saveRoomAnswers([AnswerChange(questionID: "q0", yaml: "summier")], participant: noor.id, nonce: nil)
            }
            await #expect(throws: RoomStoreError.closed) { try await second.join(room: room.id, name: "Laat") }
            #expect(try await second.roomAnswers(participant: noor.id).count == 4)
        }
    }

    @Test("A read-only database refuses a new room, a join and a save, and goes on reading", arguments: StoreKind.allCases)
    func aReadOnlyDatabaseRefusesRoomWrites(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let room = try await store.createRoom(Self.draft())
            let sem = try await store.join(room: room.id, name: "Sem")
            let refusing = try await database.open(refusing: .readOnly)
            await #expect(throws: StoreError.self) { try await refusing.createRoom(Self.draft("Tweede")) }
            await #expect(throws: StoreError.self) { try await refusing.join(room: room.id, name: "Laat") }
            await #expect(throws: StoreError.self) {
                try await refusing.saveRoomAnswers([AnswerChange(questionID: "pa_vorm", yaml: "sterk")], participant: sem.id, nonce: nil)
            }
            await #expect(throws: StoreError.self) { try await refusing.closeRoom(room.id) }
            #expect(try await refusing.room(trainer: room.trainerToken)?.isOpen == true, "reading goes on, nothing was closed")
            #expect(try await refusing.participants(room: room.id).map(\.name) == ["Sem"])
        }
    }
}
