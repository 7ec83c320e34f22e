import GRDB

extension Migrations {
    /// Version 2: each scan's action plan (one row per advice, in the order chosen), and an index
    /// for the history of an organisation's scans of one framework.
    static func v2Plan(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE plan_items (
                    scan_id INTEGER NOT NULL REFERENCES scans(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    advice_id TEXT NOT NULL,
                    owner TEXT,
                    due TEXT,
                    status TEXT NOT NULL,
                    note TEXT,
                    PRIMARY KEY (scan_id, advice_id)
                );
                CREATE INDEX scans_by_framework ON scans(framework_id, organisation, respondent);
                """)
    }
}
