import GRDB

extension Migrations {
    /// Version 7: in a hosted installation every scan and room belongs to an organisation, and
    /// only its people reach it. Scans and rooms made without `--hosted` keep NULL: they belong to
    /// the installation itself, and no organisation of a hosted one sees them.
    static func v7Owners(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE scans ADD COLUMN organisation_id INTEGER REFERENCES organisations(id);
                ALTER TABLE rooms ADD COLUMN organisation_id INTEGER REFERENCES organisations(id);
                CREATE INDEX scans_by_owner ON scans(organisation_id, id);
                CREATE INDEX rooms_by_owner ON rooms(organisation_id);
                """)
    }
}
