import PostgresNIO

/// ``OwnerStore`` in PostgreSQL, the twin of the SQLite one. The rows named are locked
/// (`FOR UPDATE`) before they are checked, so a server process that saves meanwhile waits, and
/// the update sets only owners that are still NULL.
extension PostgresStore: OwnerStore {
    public func assignOwner(_ organisation: Int64, to selection: OwnerSelection) async throws -> OwnerAssignment {
        try await transaction { connection in
            try await self.requireOrganisation(organisation, on: connection)
            var assigned = OwnerAssignment(scans: 0, rooms: 0)
            switch selection {
            case .allUnowned:
                assigned.scans = try await self.rows(
                    "UPDATE scans SET organisation_id = \(organisation) WHERE organisation_id IS NULL RETURNING id", on: connection
                ).count
                assigned.rooms = try await self.rows(
                    "UPDATE rooms SET organisation_id = \(organisation) WHERE organisation_id IS NULL RETURNING id", on: connection
                ).count
            case .scans(let tokens):
                for token in tokens {
                    let found = try await self.rows(
                        "SELECT id, organisation_id FROM scans WHERE token = \(token.text) FOR UPDATE", on: connection)
                    guard let (id, owner) = try found.first?.decode((Int64, Int64?).self) else { throw OwnerStoreError.unknownScan(token) }
                    if let owner, owner != organisation { throw OwnerStoreError.scanOwned(token) }
                    assigned.scans += try await self.rows(
                        """
                        UPDATE scans SET organisation_id = \(organisation) WHERE organisation_id IS NULL
                        AND (id = \(id) OR id IN (SELECT scan_id FROM colleagues WHERE owner_id = \(id))) RETURNING id
                        """, on: connection
                    ).count
                }
            case .rooms(let codes):
                for code in codes {
                    let owners = try await self.rows(
                        "SELECT organisation_id FROM rooms WHERE join_code = \(code.text) FOR UPDATE", on: connection
                    ).map { try $0.decode(Int64?.self) }
                    if owners.isEmpty { throw OwnerStoreError.unknownRoom(code) }
                    if owners.contains(where: { $0 != nil && $0 != organisation }) { throw OwnerStoreError.roomOwned(code) }
                    assigned.rooms += try await self.rows(
                        """
                        UPDATE rooms SET organisation_id = \(organisation)
                        WHERE organisation_id IS NULL AND join_code = \(code.text) RETURNING id
                        """, on: connection
                    ).count
                }
            }
            return assigned
        }
    }
}
