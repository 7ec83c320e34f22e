import Foundation
import GRDB
import Kader

/// The scans in one SQLite file (`DIR/kader.sqlite`), through GRDB. The journal is a write-ahead
/// log with `synchronous = FULL`: a transaction that has returned is on disk, so an answer the page
/// showed as saved survives a killed server or a pulled plug.
public final class SQLiteScanStore: ScanStore {
    /// The database file's name in the data directory.
    public static let fileName = "kader.sqlite"
    let pool: DatabasePool

    /// Opens (and on first use creates) the database at `path`, bringing its schema up to date.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        pool = try DatabasePool(path: path, configuration: configuration)
        try Migrations.migrator.migrate(pool)
    }

    /// Records a start: a real write, so that a database that can be read but not written (a
    /// read-only folder or file) is found at start, not at the first answer.
    public func recordStart() throws {
        do {
            try pool.write { db in try db.execute(sql: "INSERT INTO server_starts (started_at) VALUES (?)", arguments: [Self.now()]) }
        } catch let error as DatabaseError {
            throw StoreError.notWritten(error.message ?? error.description)
        }
    }

    /// Closes the database (after the server stopped).
    public func close() throws { try pool.close() }

    /// Copies the database into a new file at `path` with SQLite's online backup: safe while the
    /// server runs and saves.
    public func backup(to path: String) throws {
        let target = try DatabaseQueue(path: path)
        try pool.backup(to: target)
        try target.close()
    }

    public func createScan(framework id: String, version: String, language: Language, organisation: Int64?) async throws -> StoredScan {
        let token = ScanToken.random()
        let now = Self.now()
        let rowID = try await write { db in
            try db.execute(
                sql: """
                    INSERT INTO scans (token, framework_id, framework_version, language, created_at, updated_at, organisation_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [token.text, id, version, language.rawValue, now, now, organisation])
            return db.lastInsertedRowID
        }
        return StoredScan(
            id: rowID, token: token, frameworkID: id, frameworkVersion: version, language: language,
            header: ScanHeader(), revision: 0, createdAt: now, updatedAt: now, organisationID: organisation)
    }

    public func scan(token: ScanToken) async throws -> StoredScan? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM scans WHERE token = ?", arguments: [token.text]) else { return nil }
            let id: Int64 = row["id"]
            var context: [String: ContextValue] = [:]
            for field in try Row.fetchAll(db, sql: "SELECT field_id, number, text FROM scan_context WHERE scan_id = ?", arguments: [id]) {
                let number: Double? = field["number"]
                context[field["field_id"]] = number.map(ContextValue.number) ?? .text(field["text"] ?? "")
            }
            let header = ScanHeader(organisation: row["organisation"], respondent: row["respondent"], date: row["date"], context: context)
            return StoredScan(
                id: id, token: token, frameworkID: row["framework_id"], frameworkVersion: row["framework_version"],
                language: Language(rawValue: row["language"]) ?? .nl, header: header, revision: row["revision"],
                createdAt: row["created_at"], updatedAt: row["updated_at"], organisationID: row["organisation_id"])
        }
    }

    public func scans(limit: Int, organisation: Int64?) async throws -> [ScanSummary] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.*, (SELECT COUNT(*) FROM answers a WHERE a.scan_id = s.id AND a.value IS NOT NULL) AS answered
                    FROM scans s WHERE s.organisation_id IS ? ORDER BY s.id DESC LIMIT ?
                    """, arguments: [organisation, limit]
            ).compactMap { row in
                guard let token = ScanToken(row["token"] as String) else { return nil }
                return ScanSummary(
                    token: token, frameworkID: row["framework_id"], frameworkVersion: row["framework_version"],
                    organisation: row["organisation"], respondent: row["respondent"], date: row["date"],
                    answers: row["answered"], createdAt: row["created_at"], updatedAt: row["updated_at"])
            }
        }
    }

    public func saveHeader(_ header: ScanHeader, scan: Int64, nonce: String?) async throws -> Int64 {
        try await write { db in
            let revision = try Self.begin(db, scan: scan, nonce: nonce)
            try db.execute(
                sql: "UPDATE scans SET organisation = ?, respondent = ?, date = ? WHERE id = ?",
                arguments: [header.organisation, header.respondent, header.date, scan])
            try db.execute(sql: "DELETE FROM scan_context WHERE scan_id = ?", arguments: [scan])
            for (field, value) in header.context {
                switch value {
                case .number(let number):
                    try db.execute(
                        sql: "INSERT INTO scan_context (scan_id, field_id, number) VALUES (?, ?, ?)", arguments: [scan, field, number])
                case .text(let text):
                    try db.execute(
                        sql: "INSERT INTO scan_context (scan_id, field_id, text) VALUES (?, ?, ?)", arguments: [scan, field, text])
                }
            }
            return revision
        }
    }

    public func saveAnswers(_ changes: [AnswerChange], scan: Int64, nonce: String?, author: Int64?) async throws -> SaveOutcome {
        try await write { db in
            let revision = try Self.begin(db, scan: scan, nonce: nonce)
            let now = Self.now()
            var previous: [String: Int64] = [:]
            // Prepared once per connection and reused: a save is on the path of every answer given.
            let before = try db.cachedStatement(sql: "SELECT revision FROM answers WHERE scan_id = ? AND question_id = ?")
            let upsert = try db.cachedStatement(
                sql: """
                    INSERT INTO answers (scan_id, question_id, value, note, evidence, revision, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (scan_id, question_id) DO UPDATE SET value = excluded.value, note = excluded.note,
                        evidence = excluded.evidence, revision = excluded.revision, saved_at = excluded.saved_at
                    """)
            for change in changes {
                previous[change.questionID] = try Int64.fetchOne(before, arguments: [scan, change.questionID]) ?? 0
                // A cleared answer keeps its row, empty, at the new revision: other windows hear of it.
                try upsert.execute(arguments: [scan, change.questionID, change.yaml, change.note, change.evidence, revision, now])
            }
            if let author { try Self.log(db, changes, scan: scan, author: author, revision: revision, at: now) }
            return SaveOutcome(revision: revision, previousRevisions: previous)
        }
    }

    public func answers(scan: Int64) async throws -> [StoredAnswer] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT question_id, value, note, evidence, revision FROM answers WHERE scan_id = ?",
                arguments: [scan]
            ).map { row in
                StoredAnswer(
                    questionID: row["question_id"], yaml: row["value"], note: row["note"], evidence: row["evidence"],
                    revision: row["revision"])
            }
        }
    }

    /// The start of every save: the scan's revision raised, then the form's one-time id recorded
    /// (a second time is a duplicate). Returns the new revision. ``PostgresStore`` does the same
    /// in the same order.
    static func begin(_ db: Database, scan: Int64, nonce: String?) throws -> Int64 {
        try db.cachedStatement(sql: "UPDATE scans SET revision = revision + 1, updated_at = ? WHERE id = ?").execute(arguments: [
            now(), scan
        ])
        guard db.changesCount == 1,
            let revision = try Int64.fetchOne(db.cachedStatement(sql: "SELECT revision FROM scans WHERE id = ?"), arguments: [scan])
        else {
            throw StoreError.unknownScan
        }
        if let nonce {
            let used =
                try Bool.fetchOne(
                    db.cachedStatement(sql: "SELECT 1 FROM used_forms WHERE scan_id = ? AND nonce = ?"), arguments: [scan, nonce]) ?? false
            if used { throw StoreError.duplicateSubmit }
            try db.cachedStatement(sql: "INSERT INTO used_forms (scan_id, nonce) VALUES (?, ?)").execute(arguments: [scan, nonce])
        }
        return revision
    }

    /// A write transaction; SQLite's failures (disk full, read-only file) become ``StoreError/notWritten(_:)``.
    func write<T: Sendable>(_ body: @Sendable @escaping (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError {
            throw StoreError.notWritten(error.message ?? error.description)
        }
    }

    static func now() -> String {
        Date().ISO8601Format()
    }
}
