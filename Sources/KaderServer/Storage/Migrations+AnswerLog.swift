import GRDB

extension Migrations {
    /// Version 8: the audit log of a hosted installation, one row per changed answer with the
    /// account that changed it, written in the same transaction as the answer.
    static func v8AnswerLog(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE answer_log (
                    id INTEGER PRIMARY KEY,
                    scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
                    question_id TEXT NOT NULL,
                    account_id INTEGER NOT NULL REFERENCES accounts(id),
                    value TEXT,
                    note TEXT,
                    revision INTEGER NOT NULL,
                    saved_at TEXT NOT NULL
                );
                CREATE INDEX answer_log_by_scan ON answer_log(scan_id, id);
                """)
    }
}
