import Foundation
import Kader
import Testing

@testable import KaderServer

/// Several `kader serve` processes on one database, as behind a load balancer: each case opens
/// the same database twice (two stores, two pools), on SQLite and on PostgreSQL. Whatever the
/// two must agree on (revisions, one-time form ids, the two-tab notice) is decided in the
/// database, never in one process.
@Suite("Two server processes on one database")
struct SharedStorageTests {
    @Test("The other process's save is seen, and the later save of a question wins and is told so", arguments: StoreKind.allCases)
    func theLaterSaveWinsAcrossProcesses(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let first = try await database.open()
            let second = try await database.open()
            let scan = try await first.createScan(framework: "webscan", version: "1.0.0", language: .nl)
            let pageRevision = try #require(try await second.scan(token: scan.token)).revision
            _ = try await first.saveAnswers([AnswerChange(questionID: "plan", yaml: "deels")], scan: scan.id, nonce: nil)
            let later = try await second.saveAnswers([AnswerChange(questionID: "plan", yaml: "volledig")], scan: scan.id, nonce: nil)
            #expect(later.revision == 2)
            #expect((later.previousRevisions["plan"] ?? 0) > pageRevision, "the tab that loaded the page at revision 0 is told")
            #expect(try await first.answers(scan: scan.id).map(\.yaml) == ["volledig"])
        }
    }

    @Test("Saves of one scan from two processes at once each get their own revision and none is lost", arguments: StoreKind.allCases)
    func concurrentSavesGetTheirOwnRevisions(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let stores = [try await database.open(), try await database.open()]
            let scan = try await stores[0].createScan(framework: "webscan", version: "1.0.0", language: .nl)
            let saves = 40
            let revisions = try await withThrowingTaskGroup(of: Int64.self) { group in
                for index in 0..<saves {
                    group.addTask {
                        try await stores[index % 2].saveAnswers(
                            [AnswerChange(questionID: "q\(index)", yaml: "ja")], scan: scan.id, nonce: nil
                        )
                        .revision
                    }
                }
                return try await group.reduce(into: [Int64]()) { $0.append($1) }
            }
            #expect(revisions.sorted() == Array(1...Int64(saves)))
            #expect(try await stores[1].answers(scan: scan.id).count == saves)
            #expect(try await stores[0].scan(token: scan.token)?.revision == Int64(saves))
        }
    }

    @Test("A form sent to two processes at once is saved by exactly one", arguments: StoreKind.allCases)
    func aFormSentToTwoProcessesIsSavedOnce(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let stores = [try await database.open(), try await database.open()]
            let scan = try await stores[0].createScan(framework: "webscan", version: "1.0.0", language: .nl)
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for store in stores {
                    group.addTask {
                        (try? await store.saveAnswers([AnswerChange(questionID: "plan", yaml: "ja")], scan: scan.id, nonce: "dubbel"))
                            != nil
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)
            #expect(try await stores[1].scan(token: scan.token)?.revision == 1)
        }
    }

    @Test("Opening the database again runs no migration twice; the migrations table lists every version", arguments: StoreKind.allCases)
    func migrationsRunOnce(_ kind: StoreKind) async throws {
        try await kind.withDatabase { database in
            let store = try await database.open()
            let scan = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl)
            async let one = database.open()
            async let two = database.open()
            let again = try await [one, two]
            #expect(try await again[1].scan(token: scan.token)?.id == scan.id)
            #expect(
                try await database.appliedMigrations() == [
                    "v1_scans", "v2_plan", "v3_colleagues", "v4_rooms", "v5_accounts", "v6_sessions", "v7_owners", "v8_answer_log"
                ]
            )
        }
    }
}
