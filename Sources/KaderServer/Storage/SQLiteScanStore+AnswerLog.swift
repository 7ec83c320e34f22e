import GRDB
import Kader

/// ``AnswerLogStore`` in the SQLite file: table `answer_log` (migration `v8_answer_log`).
extension SQLiteScanStore: AnswerLogStore {
    public func answerLog(organisation: Int64, limit: Int) async throws -> [AnswerLogEntry] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT l.saved_at, a.name, a.email, s.token, COALESCE(s.organisation, s.respondent) AS scan_name, l.question_id,
                           l.value, l.note, l.revision
                    FROM answer_log l JOIN scans s ON s.id = l.scan_id JOIN accounts a ON a.id = l.account_id
                    WHERE s.organisation_id = ? ORDER BY l.id DESC LIMIT ?
                    """, arguments: [organisation, limit]
            ).compactMap { row in
                guard let token = ScanToken(row["token"] as String) else { return nil }
                return AnswerLogEntry(
                    savedAt: row["saved_at"], authorName: row["name"], authorEmail: row["email"], scanToken: token,
                    scanName: row["scan_name"], questionID: row["question_id"], value: row["value"], note: row["note"],
                    revision: row["revision"])
            }
        }
    }

    /// One entry per change, inside the save's own transaction.
    static func log(_ db: Database, _ changes: [AnswerChange], scan: Int64, author: Int64, revision: Int64, at now: String) throws {
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO answer_log (scan_id, question_id, account_id, value, note, revision, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                """)
        for change in changes {
            try insert.execute(arguments: [scan, change.questionID, author, change.yaml, change.note, revision, now])
        }
    }
}
