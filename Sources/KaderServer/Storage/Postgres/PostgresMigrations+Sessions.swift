extension PostgresMigrations {
    /// Sign-in sessions, the twin of SQLite's `v6_sessions` (``Migrations/v6Sessions(_:)``).
    static let v6Sessions = Migration(
        identifier: "v6_sessions",
        statements: [
            """
            CREATE TABLE sessions (
                token_hash TEXT PRIMARY KEY,
                account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
                csrf TEXT NOT NULL,
                created_at TEXT NOT NULL,
                expires_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX sessions_by_account ON sessions(account_id)"
        ])
}
