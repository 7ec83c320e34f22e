import GRDB

extension Migrations {
    /// Version 3: colleagues invited to fill in a scan together. Each colleague's answers are a
    /// scan of their own (`scan_id`), linked to the owner's scan, which keeps the agreed answers.
    static func v3Colleagues(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE colleagues (
                    scan_id INTEGER PRIMARY KEY REFERENCES scans(id) ON DELETE CASCADE,
                    owner_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    name TEXT NOT NULL,
                    role TEXT,
                    invited_at TEXT NOT NULL
                );
                CREATE INDEX colleagues_by_owner ON colleagues(owner_id, position);
                """)
    }
}
