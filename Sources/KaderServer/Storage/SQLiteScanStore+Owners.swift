import GRDB

/// ``OwnerStore`` in the SQLite file: the column `organisation_id` of `scans` and `rooms`
/// (migration `v7_owners`), set only where it is NULL.
extension SQLiteScanStore: OwnerStore {
    public func assignOwner(_ organisation: Int64, to selection: OwnerSelection) async throws -> OwnerAssignment {
        try await write { db in
            try Self.requireOrganisation(organisation, db)
            var assigned = OwnerAssignment(scans: 0, rooms: 0)
            switch selection {
            case .allUnowned:
                try db.execute(sql: "UPDATE scans SET organisation_id = ? WHERE organisation_id IS NULL", arguments: [organisation])
                assigned.scans = db.changesCount
                try db.execute(sql: "UPDATE rooms SET organisation_id = ? WHERE organisation_id IS NULL", arguments: [organisation])
                assigned.rooms = db.changesCount
            case .scans(let tokens):
                for token in tokens {
                    guard
                        let row = try Row.fetchOne(
                            db, sql: "SELECT id, organisation_id FROM scans WHERE token = ?", arguments: [token.text])
                    else { throw OwnerStoreError.unknownScan(token) }
                    let owner: Int64? = row["organisation_id"]
                    if let owner, owner != organisation { throw OwnerStoreError.scanOwned(token) }
                    let id: Int64 = row["id"]
                    try db.execute(
                        sql: """
                            UPDATE scans SET organisation_id = ? WHERE organisation_id IS NULL
                            AND (id = ? OR id IN (SELECT scan_id FROM colleagues WHERE owner_id = ?))
                            """,
                        arguments: [organisation, id, id])
                    assigned.scans += db.changesCount
                }
            case .rooms(let codes):
                for code in codes {
                    let owners = try Row.fetchAll(db, sql: "SELECT organisation_id FROM rooms WHERE join_code = ?", arguments: [code.text])
                        .map { $0["organisation_id"] as Int64? }
                    if owners.isEmpty { throw OwnerStoreError.unknownRoom(code) }
                    if owners.contains(where: { $0 != nil && $0 != organisation }) { throw OwnerStoreError.roomOwned(code) }
                    try db.execute(
                        sql: "UPDATE rooms SET organisation_id = ? WHERE organisation_id IS NULL AND join_code = ?",
                        arguments: [organisation, code.text])
                    assigned.rooms += db.changesCount
                }
            }
            return assigned
        }
    }
}
