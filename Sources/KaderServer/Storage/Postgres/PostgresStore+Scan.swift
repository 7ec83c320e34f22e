import Kader
import PostgresNIO

/// ``ScanStore`` in PostgreSQL: the same tables and the same rules as ``SQLiteScanStore``.
extension PostgresStore: ScanStore {
    public func createScan(framework id: String, version: String, language: Language, organisation: Int64?) async throws -> StoredScan {
        let token = ScanToken.random()
        let now = Self.now()
        let rowID = try await transaction { connection in
            try await self.rows(
                """
                INSERT INTO scans (token, framework_id, framework_version, language, created_at, updated_at, organisation_id)
                VALUES (\(token.text), \(id), \(version), \(language.rawValue), \(now), \(now), \(organisation)) RETURNING id
                """, on: connection)[0].decode(Int64.self)
        }
        return StoredScan(
            id: rowID, token: token, frameworkID: id, frameworkVersion: version, language: language,
            header: ScanHeader(), revision: 0, createdAt: now, updatedAt: now, organisationID: organisation)
    }

    public func scan(token: ScanToken) async throws -> StoredScan? {
        try await read { connection in
            guard
                let row = try await self.rows(
                    """
                    SELECT id, framework_id, framework_version, language, organisation, respondent, date, revision, created_at, updated_at,
                           organisation_id
                    FROM scans WHERE token = \(token.text)
                    """, on: connection
                ).first
            else { return nil }
            let (id, framework, version, language, organisation, respondent, date, revision, created, updated, owner) = try row.decode(
                (Int64, String, String, String, String?, String?, String?, Int64, String, String, Int64?).self)
            var context: [String: ContextValue] = [:]
            for field in try await self.rows("SELECT field_id, number, text FROM scan_context WHERE scan_id = \(id)", on: connection) {
                let (fieldID, number, text) = try field.decode((String, Double?, String?).self)
                context[fieldID] = number.map(ContextValue.number) ?? .text(text ?? "")
            }
            let header = ScanHeader(organisation: organisation, respondent: respondent, date: date, context: context)
            return StoredScan(
                id: id, token: token, frameworkID: framework, frameworkVersion: version,
                language: Language(rawValue: language) ?? .nl, header: header, revision: revision,
                createdAt: created, updatedAt: updated, organisationID: owner)
        }
    }

    public func scans(limit: Int, organisation: Int64?) async throws -> [ScanSummary] {
        // Not IS NOT DISTINCT FROM, which no index serves: with the value bound, PostgreSQL folds this to
        // `organisation_id = N` (the index scans_by_owner) or `IS NULL`.
        try await read { connection in
            try await self.rows(
                """
                SELECT \(unescaped: Self.summaryColumns) FROM scans s
                WHERE (s.organisation_id = \(organisation) OR (\(organisation)::BIGINT IS NULL AND s.organisation_id IS NULL))
                ORDER BY s.id DESC LIMIT \(limit)
                """, on: connection
            ).compactMap(Self.summary)
        }
    }

    public func saveHeader(_ header: ScanHeader, scan: Int64, nonce: String?) async throws -> Int64 {
        try await transaction { connection in
            let revision = try await self.begin(connection, scan: scan, nonce: nonce)
            try await connection.query(
                """
                UPDATE scans SET organisation = \(header.organisation), respondent = \(header.respondent), date = \(header.date)
                WHERE id = \(scan)
                """, logger: self.logger)
            try await connection.query("DELETE FROM scan_context WHERE scan_id = \(scan)", logger: self.logger)
            try await self.insertContext(header.context, scan: scan, on: connection)
            return revision
        }
    }

    public func saveAnswers(_ changes: [AnswerChange], scan: Int64, nonce: String?, author: Int64?) async throws -> SaveOutcome {
        try await transaction { connection in
            let revision = try await self.begin(connection, scan: scan, nonce: nonce)
            let now = Self.now()
            var previous: [String: Int64] = [:]
            for change in changes {
                // A cleared answer keeps its row, empty, at the new revision: other windows hear of it.
                let saved = try await connection.execute(
                    PostgresStatements.SaveAnswer<ScanAnswerTables>(owner: scan, change: change, revision: revision, now: now),
                    logger: self.logger)
                previous[change.questionID] = try await PostgresStatements.first(saved) ?? 0
            }
            if let author { try await self.log(connection, changes, scan: scan, author: author, revision: revision, at: now) }
            return SaveOutcome(revision: revision, previousRevisions: previous)
        }
    }

    public func answers(scan: Int64) async throws -> [StoredAnswer] {
        try await read { connection in
            try await self.rows("SELECT question_id, value, note, evidence, revision FROM answers WHERE scan_id = \(scan)", on: connection)
                .map { row in
                    let (question, value, note, evidence, revision) = try row.decode((String, String?, String?, String?, Int64).self)
                    return StoredAnswer(questionID: question, yaml: value, note: note, evidence: evidence, revision: revision)
                }
        }
    }

    /// The start of every save, as in SQLite: the scan's revision raised (the `UPDATE` locks its
    /// row, so saves of one scan from any process take their turn and never share a revision),
    /// then the form's one-time id recorded (a second time is a duplicate). Returns the revision.
    func begin(_ connection: PostgresConnection, scan: Int64, nonce: String?) async throws -> Int64 {
        let raised = try await connection.execute(PostgresStatements.RaiseRevision(now: Self.now(), scan: scan), logger: logger)
        guard let revision = try await PostgresStatements.first(raised) else { throw StoreError.unknownScan }
        if let nonce {
            let recorded = try await connection.execute(
                PostgresStatements.RecordForm<ScanAnswerTables>(owner: scan, nonce: nonce), logger: logger)
            if try await PostgresStatements.first(recorded) == nil { throw StoreError.duplicateSubmit }
        }
        return revision
    }

    /// The context fields of a scan, each as a number or a text.
    func insertContext(_ context: [String: ContextValue], scan: Int64, on connection: PostgresConnection) async throws {
        for (field, value) in context.sorted(by: { $0.key < $1.key }) {
            switch value {
            case .number(let number):
                try await connection.query(
                    "INSERT INTO scan_context (scan_id, field_id, number) VALUES (\(scan), \(field), \(number))",
                    logger: logger)
            case .text(let text):
                try await connection.query(
                    "INSERT INTO scan_context (scan_id, field_id, text) VALUES (\(scan), \(field), \(text))",
                    logger: logger)
            }
        }
    }

    /// The columns of a line of a list, with the count of answered questions.
    static let summaryColumns = """
        s.token, s.framework_id, s.framework_version, s.organisation, s.respondent, s.date,
        (SELECT COUNT(*) FROM answers a WHERE a.scan_id = s.id AND a.value IS NOT NULL), s.created_at, s.updated_at
        """

    /// A row of ``summaryColumns`` as a line of a list.
    static func summary(_ row: PostgresRow) throws -> ScanSummary? {
        let (token, framework, version, organisation, respondent, date, answered, created, updated) = try row.decode(
            (String, String, String, String?, String?, String?, Int64, String, String).self)
        guard let token = ScanToken(token) else { return nil }
        return ScanSummary(
            token: token, frameworkID: framework, frameworkVersion: version, organisation: organisation,
            respondent: respondent, date: date, answers: Int(answered), createdAt: created, updatedAt: updated)
    }
}
