import Kader
import PostgresNIO

/// ``ColleagueStore`` in PostgreSQL: each colleague a row of `scans` (their own answers in
/// `answers`) and a row of `colleagues` linking it to the owner's scan, made in one transaction,
/// exactly as ``SQLiteScanStore`` does.
extension PostgresStore: ColleagueStore {
    public func invite(_ invitation: Invitation, header: ScanHeader, owner: StoredScan, nonce: String?) async throws -> Colleague {
        try await transaction { connection in
            // Raising the owner's revision locks its row: two invitations at once take their turn for a position.
            _ = try await self.begin(connection, scan: owner.id, nonce: nonce)
            let scan = try await self.insert(
                connection,
                ImportedScan(
                    frameworkID: owner.frameworkID, frameworkVersion: owner.frameworkVersion,
                    language: owner.language, header: header, answers: [], plan: [], organisationID: owner.organisationID))
            let position = try await self.rows("SELECT COUNT(*) FROM colleagues WHERE owner_id = \(owner.id)", on: connection)[0]
                .decode(Int64.self)
            try await connection.query(
                """
                INSERT INTO colleagues (scan_id, owner_id, position, name, role, invited_at)
                VALUES (\(scan.id), \(owner.id), \(Int32(position)), \(invitation.name), \(invitation.role), \(scan.createdAt))
                """, logger: self.logger)
            return Colleague(scanID: scan.id, token: scan.token, invitation: invitation, invitedAt: scan.createdAt)
        }
    }

    public func colleagues(owner: Int64) async throws -> [Colleague] {
        try await read { connection in
            try await self.rows(
                """
                SELECT c.scan_id, c.name, c.role, c.invited_at, s.token FROM colleagues c JOIN scans s ON s.id = c.scan_id
                WHERE c.owner_id = \(owner) ORDER BY c.position
                """, on: connection
            ).compactMap { row in
                let (scan, name, role, invited, token) = try row.decode((Int64, String, String?, String, String).self)
                guard let token = ScanToken(token) else { return nil }
                return Colleague(scanID: scan, token: token, invitation: Invitation(name: name, role: role), invitedAt: invited)
            }
        }
    }

    public func owner(ofColleague scan: Int64) async throws -> Int64? {
        try await read { connection in
            try await self.rows("SELECT owner_id FROM colleagues WHERE scan_id = \(scan)", on: connection).first?.decode(Int64.self)
        }
    }

    public func colleagueTokens() async throws -> Set<ScanToken> {
        try await read { connection in
            Set(
                try await self.rows("SELECT s.token FROM colleagues c JOIN scans s ON s.id = c.scan_id", on: connection).compactMap {
                    ScanToken(try $0.decode(String.self))
                })
        }
    }
}
