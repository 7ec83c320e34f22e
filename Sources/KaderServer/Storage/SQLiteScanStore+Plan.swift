import GRDB
import Kader

/// ``PlanStore`` in the SQLite file: the plan in `plan_items`, the history from `scans`, and an
/// import as one transaction over `scans`, `scan_context`, `answers` and `plan_items`.
extension SQLiteScanStore: PlanStore {
    public func plan(scan: Int64) async throws -> [PlanItem] {
        try await pool.read { db in
            try Self.planItems(db, scan: scan)
        }
    }

    public func savePlan(_ plan: [PlanItem], scan: Int64, nonce: String?) async throws -> Int64 {
        try await write { db in
            let revision = try Self.begin(db, scan: scan, nonce: nonce)
            try Self.replacePlan(db, plan, scan: scan)
            return revision
        }
    }

    public func history(of name: String, framework id: String, organisation: Int64?) async throws -> [ScanSummary] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.*, (SELECT COUNT(*) FROM answers a WHERE a.scan_id = s.id AND a.value IS NOT NULL) AS answered
                    FROM scans s WHERE s.framework_id = ? AND COALESCE(s.organisation, s.respondent) = ? AND s.organisation_id IS ?
                    ORDER BY COALESCE(s.date, substr(s.created_at, 1, 10)), s.created_at, s.id
                    """, arguments: [id, name, organisation]
            ).compactMap(Self.summary)
        }
    }

    public func importScans(_ scans: [ImportedScan]) async throws -> [StoredScan] {
        try await write { db in
            try scans.map { try Self.insert(db, $0) }
        }
    }

    /// Stores one response as a new scan with a fresh token, inside the caller's transaction.
    static func insert(_ db: Database, _ imported: ImportedScan) throws -> StoredScan {
        let token = ScanToken.random()
        let now = Self.now()
        try db.execute(
            sql: """
                INSERT INTO scans (token, framework_id, framework_version, language, organisation, respondent, date, revision,
                                   created_at, updated_at, organisation_id) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
                """,
            arguments: [
                token.text, imported.frameworkID, imported.frameworkVersion, imported.language.rawValue,
                imported.header.organisation, imported.header.respondent, imported.header.date, now, now, imported.organisationID
            ])
        let id = db.lastInsertedRowID
        for (field, value) in imported.header.context.sorted(by: { $0.key < $1.key }) {
            switch value {
            case .number(let number):
                try db.execute(
                    sql: "INSERT INTO scan_context (scan_id, field_id, number) VALUES (?, ?, ?)", arguments: [id, field, number])
            case .text(let text):
                try db.execute(
                    sql: "INSERT INTO scan_context (scan_id, field_id, text) VALUES (?, ?, ?)", arguments: [id, field, text])
            }
        }
        for answer in imported.answers where !answer.removes {
            try db.execute(
                sql: """
                    INSERT INTO answers (scan_id, question_id, value, note, evidence, revision, saved_at) VALUES (?, ?, ?, ?, ?, 1, ?)
                    """, arguments: [id, answer.questionID, answer.yaml, answer.note, answer.evidence, now])
        }
        try Self.replacePlan(db, imported.plan, scan: id)
        return StoredScan(
            id: id, token: token, frameworkID: imported.frameworkID, frameworkVersion: imported.frameworkVersion,
            language: imported.language, header: imported.header, revision: 1, createdAt: now, updatedAt: now,
            organisationID: imported.organisationID)
    }

    static func planItems(_ db: Database, scan: Int64) throws -> [PlanItem] {
        try Row.fetchAll(db, sql: "SELECT * FROM plan_items WHERE scan_id = ? ORDER BY position", arguments: [scan]).map { row in
            PlanItem(
                adviceID: row["advice_id"], owner: row["owner"], due: row["due"],
                status: PlanStatus(word: row["status"]) ?? .planned, note: row["note"],
                location: SourceLocation(file: "plan", line: 1, column: 1))
        }
    }

    static func replacePlan(_ db: Database, _ plan: [PlanItem], scan: Int64) throws {
        try db.execute(sql: "DELETE FROM plan_items WHERE scan_id = ?", arguments: [scan])
        for (position, item) in plan.enumerated() {
            try db.execute(
                sql: "INSERT INTO plan_items (scan_id, position, advice_id, owner, due, status, note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                arguments: [scan, position, item.adviceID, item.owner, item.due, item.status.rawValue, item.note])
        }
    }

    /// A row of `scans` (with its count of answers) as a line of a list.
    static func summary(_ row: Row) -> ScanSummary? {
        guard let token = ScanToken(row["token"] as String) else { return nil }
        return ScanSummary(
            token: token, frameworkID: row["framework_id"], frameworkVersion: row["framework_version"],
            organisation: row["organisation"], respondent: row["respondent"], date: row["date"],
            answers: row["answered"], createdAt: row["created_at"], updatedAt: row["updated_at"])
    }
}
