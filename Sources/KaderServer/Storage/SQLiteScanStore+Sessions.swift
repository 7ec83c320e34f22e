import GRDB
import Kader

/// ``SessionStore`` in the SQLite file: table `sessions` (migration `v6_sessions`).
extension SQLiteScanStore: SessionStore {
    public func openSession(_ session: NewSession) async throws {
        try await write { db in
            try db.execute(sql: "DELETE FROM sessions WHERE expires_at < ?", arguments: [Self.now()])
            try db.execute(
                sql: "INSERT INTO sessions (token_hash, account_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                arguments: [session.token.hash, session.accountID, session.csrf, Self.now(), session.expiresAt])
        }
    }

    public func session(tokenHash: String, now: String) async throws -> OpenSession? {
        try await pool.read { db in
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT a.*, s.csrf, s.expires_at FROM sessions s JOIN accounts a ON a.id = s.account_id
                        WHERE s.token_hash = ? AND s.expires_at > ?
                        """, arguments: [tokenHash, now]),
                let account = try Self.account(row)
            else { return nil }
            return OpenSession(account: account, csrf: row["csrf"], expiresAt: row["expires_at"])
        }
    }

    public func closeSession(tokenHash: String) async throws {
        try await write { db in try db.execute(sql: "DELETE FROM sessions WHERE token_hash = ?", arguments: [tokenHash]) }
    }
}
