import GRDB
import Kader

/// ``ColleagueStore`` in the SQLite file: each colleague a row of `scans` (their own answers in
/// `answers`) and a row of `colleagues` linking it to the owner's scan, made in one transaction.
extension SQLiteScanStore: ColleagueStore {
    public func invite(_ invitation: Invitation, header: ScanHeader, owner: StoredScan, nonce: String?) async throws -> Colleague {
        try await write { db in
            _ = try Self.begin(db, scan: owner.id, nonce: nonce)
            let scan = try Self.insert(
                db,
                ImportedScan(
                    frameworkID: owner.frameworkID, frameworkVersion: owner.frameworkVersion,
                    language: owner.language, header: header, answers: [], plan: [], organisationID: owner.organisationID))
            let position = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM colleagues WHERE owner_id = ?", arguments: [owner.id]) ?? 0
            try db.execute(
                sql: "INSERT INTO colleagues (scan_id, owner_id, position, name, role, invited_at) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [scan.id, owner.id, position, invitation.name, invitation.role, scan.createdAt])
            return Colleague(scanID: scan.id, token: scan.token, invitation: invitation, invitedAt: scan.createdAt)
        }
    }

    public func colleagues(owner: Int64) async throws -> [Colleague] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT c.scan_id, c.name, c.role, c.invited_at, s.token FROM colleagues c JOIN scans s ON s.id = c.scan_id
                    WHERE c.owner_id = ? ORDER BY c.position
                    """, arguments: [owner]
            ).compactMap { row in
                guard let token = ScanToken(row["token"] as String) else { return nil }
                return Colleague(
                    scanID: row["scan_id"], token: token, invitation: Invitation(name: row["name"], role: row["role"]),
                    invitedAt: row["invited_at"])
            }
        }
    }

    public func owner(ofColleague scan: Int64) async throws -> Int64? {
        try await pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT owner_id FROM colleagues WHERE scan_id = ?", arguments: [scan])
        }
    }

    public func colleagueTokens() async throws -> Set<ScanToken> {
        try await pool.read { db in
            Set(
                try String.fetchAll(db, sql: "SELECT s.token FROM colleagues c JOIN scans s ON s.id = c.scan_id").compactMap {
                    ScanToken($0)
                })
        }
    }
}
