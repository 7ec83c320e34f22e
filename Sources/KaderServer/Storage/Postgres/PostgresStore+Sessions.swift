import Kader
import PostgresNIO

/// ``SessionStore`` in PostgreSQL, the twin of the SQLite one: every process sees every session.
extension PostgresStore: SessionStore {
    public func openSession(_ session: NewSession) async throws {
        _ = try await transaction { connection in
            try await connection.query("DELETE FROM sessions WHERE expires_at < \(Self.now())", logger: self.logger)
            try await connection.query(
                """
                INSERT INTO sessions (token_hash, account_id, csrf, created_at, expires_at)
                VALUES (\(session.token.hash), \(session.accountID), \(session.csrf), \(Self.now()), \(session.expiresAt))
                """, logger: self.logger)
        }
    }

    public func session(tokenHash: String, now: String) async throws -> OpenSession? {
        try await read { connection in
            let rows = try await self.rows(
                """
                SELECT a.id, a.email, a.name, a.role, a.organisation_id, a.created_at, s.csrf, s.expires_at
                FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = \(tokenHash) AND s.expires_at > \(now)
                """, on: connection)
            guard let row = rows.first, let account = try Self.account(row) else { return nil }
            let columns = row.makeRandomAccess()
            return OpenSession(account: account, csrf: try columns[6].decode(String.self), expiresAt: try columns[7].decode(String.self))
        }
    }

    public func closeSession(tokenHash: String) async throws {
        _ = try await transaction { connection in
            try await connection.query("DELETE FROM sessions WHERE token_hash = \(tokenHash)", logger: self.logger)
        }
    }
}
