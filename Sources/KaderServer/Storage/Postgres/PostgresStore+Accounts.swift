import Kader
import PostgresNIO

/// ``AccountStore`` in PostgreSQL, the twin of the SQLite one. Several processes may add at once,
/// so a taken name or address is found by the unique key itself (`ON CONFLICT DO NOTHING`), not
/// by a look-up that another process could overtake.
extension PostgresStore: AccountStore {
    private static let organisationColumns = "id, name, umbrella_id, shares_with_umbrella, created_at"
    private static let accountColumns = "id, email, name, role, organisation_id, created_at"

    public func addOrganisation(_ draft: OrganisationDraft) async throws -> Organisation {
        try await transaction { connection in
            if let umbrella = draft.umbrellaID { try await self.requireOrganisation(umbrella, on: connection) }
            let now = Self.now()
            let inserted = try await self.rows(
                """
                INSERT INTO organisations (name, name_key, umbrella_id, created_at)
                VALUES (\(draft.name), \(Organisation.key(draft.name)), \(draft.umbrellaID), \(now))
                ON CONFLICT (name_key) DO NOTHING RETURNING id
                """, on: connection)
            guard let id = try inserted.first?.decode(Int64.self) else { throw AccountStoreError.organisationExists }
            return Organisation(id: id, name: draft.name, umbrellaID: draft.umbrellaID, sharesWithUmbrella: false, createdAt: now)
        }
    }

    public func organisations() async throws -> [Organisation] {
        try await read { connection in
            try await self.rows("SELECT \(unescaped: Self.organisationColumns) FROM organisations ORDER BY name_key", on: connection)
                .map(Self.organisation)
        }
    }

    public func setSharing(_ shares: Bool, organisation: Int64) async throws {
        try await transaction { connection in
            let updated = try await self.rows(
                "UPDATE organisations SET shares_with_umbrella = \(shares) WHERE id = \(organisation) RETURNING id", on: connection)
            if updated.isEmpty { throw AccountStoreError.unknownOrganisation }
        }
    }

    public func setPassword(_ passwordHash: String, account: Int64) async throws {
        try await transaction { connection in
            let updated = try await self.rows(
                "UPDATE accounts SET password_hash = \(passwordHash) WHERE id = \(account) RETURNING id", on: connection)
            if updated.isEmpty { throw AccountStoreError.unknownAccount }
            try await connection.query("DELETE FROM sessions WHERE account_id = \(account)", logger: self.logger)
        }
    }

    public func organisation(named name: String) async throws -> Organisation? {
        try await read { connection in
            try await self.rows(
                "SELECT \(unescaped: Self.organisationColumns) FROM organisations WHERE name_key = \(Organisation.key(name))",
                on: connection
            ).first.map(Self.organisation)
        }
    }

    public func addAccount(_ draft: AccountDraft) async throws -> Account {
        try await transaction { connection in
            if let organisation = draft.organisationID { try await self.requireOrganisation(organisation, on: connection) }
            let now = Self.now()
            let inserted = try await self.rows(
                """
                INSERT INTO accounts (email, name, password_hash, role, organisation_id, created_at)
                VALUES (\(draft.email), \(draft.name), \(draft.passwordHash), \(draft.role.rawValue), \(draft.organisationID), \(now))
                ON CONFLICT (email) DO NOTHING RETURNING id
                """, on: connection)
            guard let id = try inserted.first?.decode(Int64.self) else { throw AccountStoreError.accountExists }
            return Account(
                id: id, email: draft.email, name: draft.name, role: draft.role, organisationID: draft.organisationID, createdAt: now)
        }
    }

    public func credentials(email: String) async throws -> (account: Account, passwordHash: String)? {
        try await read { connection in
            let rows = try await self.rows(
                "SELECT \(unescaped: Self.accountColumns), password_hash FROM accounts WHERE email = \(Account.normalised(email))",
                on: connection)
            guard let row = rows.first, let account = try Self.account(row) else { return nil }
            return (account, try row.makeRandomAccess()[6].decode(String.self))
        }
    }

    public func accounts(organisation: Int64?) async throws -> [Account] {
        try await read { connection in
            try await self.rows(
                """
                SELECT \(unescaped: Self.accountColumns) FROM accounts WHERE organisation_id IS NOT DISTINCT FROM \(organisation)
                ORDER BY email
                """, on: connection
            ).compactMap(Self.account)
        }
    }

    private static func organisation(_ row: PostgresRow) throws -> Organisation {
        let (id, name, umbrella, shares, created) = try row.decode((Int64, String, Int64?, Bool, String).self)
        return Organisation(id: id, name: name, umbrellaID: umbrella, sharesWithUmbrella: shares, createdAt: created)
    }

    /// An account row; nil for a role this version does not know (a newer Kader's), which signs nobody in.
    static func account(_ row: PostgresRow) throws -> Account? {
        let columns = row.makeRandomAccess()
        let (id, email, name, role, organisation, created) = try (
            columns[0].decode(Int64.self), columns[1].decode(String.self), columns[2].decode(String.self),
            columns[3].decode(String.self), columns[4].decode(Int64?.self), columns[5].decode(String.self)
        )
        guard let role = Role(rawValue: role) else { return nil }
        return Account(id: id, email: email, name: name, role: role, organisationID: organisation, createdAt: created)
    }

    /// Throws ``AccountStoreError/unknownOrganisation`` unless organisation `id` exists; the row is
    /// held (`FOR SHARE`) until the transaction ends, so it cannot go meanwhile.
    func requireOrganisation(_ id: Int64, on connection: PostgresConnection) async throws {
        if try await rows("SELECT id FROM organisations WHERE id = \(id) FOR SHARE", on: connection).isEmpty {
            throw AccountStoreError.unknownOrganisation
        }
    }
}
