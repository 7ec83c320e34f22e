import GRDB

extension Migrations {
    /// Version 6: sign-in sessions of a hosted installation. Only the token's SHA-256 is kept.
    static func v6Sessions(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE sessions (
                    token_hash TEXT PRIMARY KEY,
                    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                    csrf TEXT NOT NULL,
                    created_at TEXT NOT NULL,
                    expires_at TEXT NOT NULL
                );
                CREATE INDEX sessions_by_account ON sessions(account_id);
                """)
    }
}
