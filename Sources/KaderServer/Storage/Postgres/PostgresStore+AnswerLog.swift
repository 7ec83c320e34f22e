import Kader
import PostgresNIO

/// ``AnswerLogStore`` in PostgreSQL: the same table and rules as ``SQLiteScanStore``.
extension PostgresStore: AnswerLogStore {
    public func answerLog(organisation: Int64, limit: Int) async throws -> [AnswerLogEntry] {
        try await read { connection in
            try await self.rows(
                """
                SELECT l.saved_at, a.name, a.email, s.token, COALESCE(s.organisation, s.respondent), l.question_id, l.value, l.note,
                       l.revision
                FROM answer_log l JOIN scans s ON s.id = l.scan_id JOIN accounts a ON a.id = l.account_id
                WHERE s.organisation_id = \(organisation) ORDER BY l.id DESC LIMIT \(limit)
                """, on: connection
            ).compactMap { row in
                let (savedAt, name, email, token, scanName, question, value, note, revision) = try row.decode(
                    (String, String, String, String, String?, String, String?, String?, Int64).self)
                guard let token = ScanToken(token) else { return nil }
                return AnswerLogEntry(
                    savedAt: savedAt, authorName: name, authorEmail: email, scanToken: token, scanName: scanName, questionID: question,
                    value: value, note: note, revision: revision)
            }
        }
    }

    /// One entry per change, inside the save's own transaction.
    func log(
        _ connection: PostgresConnection, _ changes: [AnswerChange], scan: Int64, author: Int64, revision: Int64, at now: String
    ) async throws {
        for change in changes {
            try await connection.query(
                """
                INSERT INTO answer_log (scan_id, question_id, account_id, value, note, revision, saved_at)
                VALUES (\(scan), \(change.questionID), \(author), \(change.yaml), \(change.note), \(revision), \(now))
                """, logger: logger)
        }
    }
}
