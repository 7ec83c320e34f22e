import Kader
import PostgresNIO

/// ``PlanStore`` in PostgreSQL: the plan in `plan_items`, the history from `scans`, an import as
/// one transaction, exactly as ``SQLiteScanStore`` does.
extension PostgresStore: PlanStore {
    public func plan(scan: Int64) async throws -> [PlanItem] {
        try await read { connection in try await self.planItems(connection, scan: scan) }
    }

    public func savePlan(_ plan: [PlanItem], scan: Int64, nonce: String?) async throws -> Int64 {
        try await transaction { connection in
            let revision = try await self.begin(connection, scan: scan, nonce: nonce)
            try await self.replacePlan(connection, plan, scan: scan)
            return revision
        }
    }

    public func history(of name: String, framework id: String, organisation: Int64?) async throws -> [ScanSummary] {
        try await read { connection in
            try await self.rows(
                """
                SELECT \(unescaped: Self.summaryColumns) FROM scans s
                WHERE s.framework_id = \(id) AND COALESCE(s.organisation, s.respondent) = \(name)
                  AND (s.organisation_id = \(organisation) OR (\(organisation)::BIGINT IS NULL AND s.organisation_id IS NULL))
                ORDER BY COALESCE(s.date, substr(s.created_at, 1, 10)), s.created_at, s.id
                """, on: connection
            ).compactMap(Self.summary)
        }
    }

    public func importScans(_ scans: [ImportedScan]) async throws -> [StoredScan] {
        try await transaction { connection in
            var stored: [StoredScan] = []
            for imported in scans { stored.append(try await self.insert(connection, imported)) }
            return stored
        }
    }

    /// A new scan with its header, answers and plan at revision 1 (an import, a colleague's scan).
    func insert(_ connection: PostgresConnection, _ imported: ImportedScan) async throws -> StoredScan {
        let token = ScanToken.random()
        let now = Self.now()
        let header = imported.header
        let id = try await rows(
            """
            INSERT INTO scans (token, framework_id, framework_version, language, organisation, respondent, date, revision,
                               created_at, updated_at, organisation_id)
            VALUES (\(token.text), \(imported.frameworkID), \(imported.frameworkVersion), \(imported.language.rawValue),
                    \(header.organisation), \(header.respondent), \(header.date), 1, \(now), \(now), \(imported.organisationID))
            RETURNING id
            """, on: connection)[0].decode(Int64.self)
        try await insertContext(header.context, scan: id, on: connection)
        for answer in imported.answers where !answer.removes {
            try await connection.query(
                """
                INSERT INTO answers (scan_id, question_id, value, note, evidence, revision, saved_at)
                VALUES (\(id), \(answer.questionID), \(answer.yaml), \(answer.note), \(answer.evidence), 1, \(now))
                """, logger: logger)
        }
        try await replacePlan(connection, imported.plan, scan: id)
        return StoredScan(
            id: id, token: token, frameworkID: imported.frameworkID, frameworkVersion: imported.frameworkVersion,
            language: imported.language, header: header, revision: 1, createdAt: now, updatedAt: now,
            organisationID: imported.organisationID)
    }

    func planItems(_ connection: PostgresConnection, scan: Int64) async throws -> [PlanItem] {
        try await rows(
            "SELECT advice_id, owner, due, status, note FROM plan_items WHERE scan_id = \(scan) ORDER BY position",
            on: connection
        ).map { row in
            let (advice, owner, due, status, note) = try row.decode((String, String?, String?, String, String?).self)
            return PlanItem(
                adviceID: advice, owner: owner, due: due, status: PlanStatus(word: status) ?? .planned, note: note,
                location: SourceLocation(file: "plan", line: 1, column: 1))
        }
    }

    func replacePlan(_ connection: PostgresConnection, _ plan: [PlanItem], scan: Int64) async throws {
        try await connection.query("DELETE FROM plan_items WHERE scan_id = \(scan)", logger: logger)
        for (position, item) in plan.enumerated() {
            try await connection.query(
                """
                INSERT INTO plan_items (scan_id, position, advice_id, owner, due, status, note)
                VALUES (\(scan), \(position), \(item.adviceID), \(item.owner), \(item.due), \(item.status.rawValue), \(item.note))
                """, logger: logger)
        }
    }
}
