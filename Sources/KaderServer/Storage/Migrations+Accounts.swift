import GRDB

extension Migrations {
    /// Version 5: the organisations and accounts of a hosted installation (issue 15, point 4).
    /// An organisation's name is unique ignoring case and spacing (`name_key`); a member
    /// organisation names its umbrella and opts in to sharing its overview with it. A site admin
    /// belongs to no organisation, everyone else to exactly one (the CHECK). Passwords are kept
    /// only as bcrypt hashes.
    static func v5Accounts(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE organisations (
                    id INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    name_key TEXT NOT NULL UNIQUE,
                    umbrella_id INTEGER REFERENCES organisations(id),
                    shares_with_umbrella INTEGER NOT NULL DEFAULT 0,
                    created_at TEXT NOT NULL
                );
                CREATE TABLE accounts (
                    id INTEGER PRIMARY KEY,
                    email TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    password_hash TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('site_admin', 'organisation_admin', 'member', 'trainer')),
                    organisation_id INTEGER REFERENCES organisations(id),
                    created_at TEXT NOT NULL,
                    CHECK ((role = 'site_admin') = (organisation_id IS NULL))
                );
                CREATE INDEX accounts_by_organisation ON accounts(organisation_id, email);
                """)
    }
}
