import GRDB

/// The database's schema, one migration per version. GRDB records which have run (table
/// `grdb_migrations`), so an older database is brought up to date on start. Never change a
/// migration that has shipped; append a new one.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1_scans", migrate: v1Scans)
        migrator.registerMigration("v2_plan", migrate: v2Plan)
        migrator.registerMigration("v3_colleagues", migrate: v3Colleagues)
        migrator.registerMigration("v4_rooms", migrate: v4Rooms)
        migrator.registerMigration("v5_accounts", migrate: v5Accounts)
        migrator.registerMigration("v6_sessions", migrate: v6Sessions)
        migrator.registerMigration("v7_owners", migrate: v7Owners)
        migrator.registerMigration("v8_answer_log", migrate: v8AnswerLog)
        return migrator
    }

    /// Scans, their context fields, their answers, and the one-time ids of forms already sent.
    private static func v1Scans(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE scans (
                    id INTEGER PRIMARY KEY,
                    token TEXT NOT NULL UNIQUE,
                    framework_id TEXT NOT NULL,
                    framework_version TEXT NOT NULL,
                    language TEXT NOT NULL,
                    organisation TEXT,
                    respondent TEXT,
                    date TEXT,
                    revision INTEGER NOT NULL DEFAULT 0,
                    created_at TEXT NOT NULL,
                    updated_at TEXT NOT NULL
                );
                CREATE TABLE scan_context (
                    scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
                    field_id TEXT NOT NULL,
                    number REAL,
                    text TEXT,
                    PRIMARY KEY (scan_id, field_id)
                );
                CREATE TABLE answers (
                    scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
                    question_id TEXT NOT NULL,
                    value TEXT,
                    note TEXT,
                    evidence TEXT,
                    revision INTEGER NOT NULL,
                    saved_at TEXT NOT NULL,
                    PRIMARY KEY (scan_id, question_id)
                );
                CREATE TABLE server_starts (
                    id INTEGER PRIMARY KEY,
                    started_at TEXT NOT NULL
                );
                CREATE TABLE used_forms (
                    scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
                    nonce TEXT NOT NULL,
                    PRIMARY KEY (scan_id, nonce)
                );
                """)
    }
}
