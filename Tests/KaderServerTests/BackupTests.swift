import Foundation
import GRDB
import XCTest

@testable import KaderServer

/// The board's treasurer backs up the data while the server runs.
final class BackupTests: ServerTestCase, @unchecked Sendable {
    func testABackupHoldsEveryScanAndAnswerAndNeverOverwrites() async throws {
        let scan = try await store.createScan(framework: "webscan", version: "1.0.0", language: .nl)
        _ = try await store.saveAnswers([AnswerChange(questionID: "plan", yaml: "deels", note: "n")], scan: scan.id, nonce: nil)
        let configuration = ServerConfiguration(dataDirectory: directory)
        try ServerLauncher.backup(configuration, to: directory + "/backup.sqlite")
        let copy = try DatabaseQueue(path: directory + "/backup.sqlite")
        let answers = try await copy.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM answers WHERE value = 'deels' AND note = 'n'")
        }
        XCTAssertEqual(answers, 1)
        let token = try await copy.read { db in try String.fetchOne(db, sql: "SELECT token FROM scans") }
        XCTAssertEqual(token, scan.token.text)
        try copy.close()
        XCTAssertThrowsError(try ServerLauncher.backup(configuration, to: directory + "/backup.sqlite")) { error in
            XCTAssertTrue((error as? ServerLauncher.Failure)?.message.nl.contains("bestaat al") ?? false)
        }
    }

    func testTheDatabaseKeepsItsAnswersOnDiskAfterEveryCommit() async throws {
        let mode = try await store.pool.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        XCTAssertEqual(mode, "wal")
        let synchronous = try await store.pool.read { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        XCTAssertEqual(synchronous, 2, "FULL: a committed answer survives a power cut")
        let migrations = try await store.pool.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        XCTAssertEqual(
            migrations, ["v1_scans", "v2_plan", "v3_colleagues", "v4_rooms", "v5_accounts", "v6_sessions", "v7_owners", "v8_answer_log"])
    }
}
