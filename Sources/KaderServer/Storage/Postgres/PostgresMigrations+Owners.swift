extension PostgresMigrations {
    /// The owning organisation of scans and rooms, the twin of SQLite's `v7_owners`
    /// (``Migrations/v7Owners(_:)``).
    static let v7Owners = Migration(
        identifier: "v7_owners",
        statements: [
            "ALTER TABLE scans ADD COLUMN organisation_id BIGINT REFERENCES organisations(id)",
            "ALTER TABLE rooms ADD COLUMN organisation_id BIGINT REFERENCES organisations(id)",
            "CREATE INDEX scans_by_owner ON scans(organisation_id, id)",
            "CREATE INDEX rooms_by_owner ON rooms(organisation_id)"
        ])
}
