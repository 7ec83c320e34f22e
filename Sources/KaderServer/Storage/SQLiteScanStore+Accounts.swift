import GRDB
import Kader

/// ``AccountStore`` in the SQLite file: tables `organisations` and `accounts` (migration
/// `v5_accounts`). SQLite has one writer at a time, so a look-up before an insert in the same
/// transaction decides whether a name or address is taken; the unique keys stand behind it.
extension SQLiteScanStore: AccountStore {
    public func addOrganisation(_ draft: OrganisationDraft) async throws -> Organisation {
        try await write { db in
            let key = Organisation.key(draft.name)
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM organisations WHERE name_key = ?", arguments: [key]) == true {
                throw AccountStoreError.organisationExists
            }
            if let umbrella = draft.umbrellaID { try Self.requireOrganisation(umbrella, db) }
            let now = Self.now()
            try db.execute(
                sql: "INSERT INTO organisations (name, name_key, umbrella_id, created_at) VALUES (?, ?, ?, ?)",
                arguments: [draft.name, key, draft.umbrellaID, now])
            return Organisation(
                id: db.lastInsertedRowID, name: draft.name, umbrellaID: draft.umbrellaID, sharesWithUmbrella: false, createdAt: now)
        }
    }

    public func organisations() async throws -> [Organisation] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM organisations ORDER BY name_key").map(Self.organisation)
        }
    }

    public func organisation(named name: String) async throws -> Organisation? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM organisations WHERE name_key = ?", arguments: [Organisation.key(name)])
                .map(Self.organisation)
        }
    }

    public func setSharing(_ shares: Bool, organisation: Int64) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE organisations SET shares_with_umbrella = ? WHERE id = ?", arguments: [shares, organisation])
            if db.changesCount != 1 { throw AccountStoreError.unknownOrganisation }
        }
    }

    public func setPassword(_ passwordHash: String, account: Int64) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE accounts SET password_hash = ? WHERE id = ?", arguments: [passwordHash, account])
            if db.changesCount != 1 { throw AccountStoreError.unknownAccount }
            try db.execute(sql: "DELETE FROM sessions WHERE account_id = ?", arguments: [account])
        }
    }

    public func addAccount(_ draft: AccountDraft) async throws -> Account {
        try await write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM accounts WHERE email = ?", arguments: [draft.email]) == true {
                throw AccountStoreError.accountExists
            }
            if let organisation = draft.organisationID { try Self.requireOrganisation(organisation, db) }
            let now = Self.now()
            try db.execute(
                sql: """
                    INSERT INTO accounts (email, name, password_hash, role, organisation_id, created_at) VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [draft.email, draft.name, draft.passwordHash, draft.role.rawValue, draft.organisationID, now])
            return Account(
                id: db.lastInsertedRowID, email: draft.email, name: draft.name, role: draft.role,
                organisationID: draft.organisationID, createdAt: now)
        }
    }

    public func credentials(email: String) async throws -> (account: Account, passwordHash: String)? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM accounts WHERE email = ?", arguments: [Account.normalised(email)]).flatMap { row in
                try Self.account(row).map { ($0, row["password_hash"]) }
            }
        }
    }

    public func accounts(organisation: Int64?) async throws -> [Account] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM accounts WHERE organisation_id IS ? ORDER BY email", arguments: [organisation]
            ).compactMap(Self.account)
        }
    }

    private static func organisation(_ row: Row) -> Organisation {
        Organisation(
            id: row["id"], name: row["name"], umbrellaID: row["umbrella_id"], sharesWithUmbrella: row["shares_with_umbrella"],
            createdAt: row["created_at"])
    }

    /// An account row; nil for a role this version does not know (a newer Kader's), which signs nobody in.
    static func account(_ row: Row) throws -> Account? {
        guard let role = Role(rawValue: row["role"]) else { return nil }
        return Account(
            id: row["id"], email: row["email"], name: row["name"], role: role, organisationID: row["organisation_id"],
            createdAt: row["created_at"])
    }

    /// Throws ``AccountStoreError/unknownOrganisation`` unless organisation `id` exists.
    static func requireOrganisation(_ id: Int64, _ db: Database) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM organisations WHERE id = ?", arguments: [id]) == true else {
            throw AccountStoreError.unknownOrganisation
        }
    }
}
