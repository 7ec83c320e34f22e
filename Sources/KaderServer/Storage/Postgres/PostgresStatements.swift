import PostgresNIO

/// The statements on the path of every answer given, prepared once per connection and reused
/// (as ``SQLiteScanStore`` caches its statements): postgres-nio prepares a statement under its
/// name the first time a connection runs it and only binds and executes it after that.
enum PostgresStatements {
    /// Raises a scan's revision (locking its row until the save commits) and returns the new one.
    struct RaiseRevision: PostgresPreparedStatement {
        static let name = "kader_raise_revision"
        static let bindingDataTypes: [PostgresDataType] = [.text, .int8]
        static let sql = "UPDATE scans SET revision = revision + 1, updated_at = $1 WHERE id = $2 RETURNING revision"
        typealias Row = Int64

        var now: String
        var scan: Int64

        func makeBindings() -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(now)
            bindings.append(scan)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Int64.self) }
    }

    /// Records a form's one-time id; returns a row only when it was not recorded before.
    struct RecordForm: PostgresPreparedStatement {
        static let name = "kader_record_form"
        static let bindingDataTypes: [PostgresDataType] = [.int8, .text]
        static let sql = "INSERT INTO used_forms (scan_id, nonce) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1"
        typealias Row = Int32

        var scan: Int64
        var nonce: String

        func makeBindings() -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(scan)
            bindings.append(nonce)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Int32.self) }
    }

    /// Writes one question's answer at a revision (a cleared answer is a row with all three
    /// empty) and returns the revision it had before, 0 when new: one round trip, not two. The
    /// statements of a `WITH` share one snapshot, so `previous` reads the row before the upsert.
    struct SaveAnswer: PostgresPreparedStatement {
        static let name = "kader_save_answer"
        static let bindingDataTypes: [PostgresDataType] = [.int8, .text, .text, .text, .text, .int8, .text]
        static let sql = """
            WITH previous AS (SELECT revision FROM answers WHERE scan_id = $1 AND question_id = $2),
            saved AS (
                INSERT INTO answers (scan_id, question_id, value, note, evidence, revision, saved_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (scan_id, question_id) DO UPDATE SET value = excluded.value, note = excluded.note,
                    evidence = excluded.evidence, revision = excluded.revision, saved_at = excluded.saved_at
            )
            SELECT COALESCE((SELECT revision FROM previous), 0)
            """
        typealias Row = Int64

        var scan: Int64
        var change: AnswerChange
        var revision: Int64
        var now: String

        func makeBindings() -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(scan)
            bindings.append(change.questionID)
            bindings.append(change.yaml)
            bindings.append(change.note)
            bindings.append(change.evidence)
            bindings.append(revision)
            bindings.append(now)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Int64.self) }
    }

    /// The first row of a statement's result, the rest read to the end.
    static func first<Rows: AsyncSequence>(_ rows: Rows) async throws -> Rows.Element? {
        var first: Rows.Element?
        for try await row in rows where first == nil { first = row }
        return first
    }
}
