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

    /// Records a form's one-time id for the scan or participant `owner`; returns a row only when
    /// it was not recorded before.
    struct RecordForm<Tables: AnswerTables>: PostgresPreparedStatement {
        static var name: String { "kader_record_form_" + Tables.kind }
        static var bindingDataTypes: [PostgresDataType] { [.int8, .text] }
        static var sql: String {
            "INSERT INTO \(Tables.forms) (\(Tables.owner), nonce) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1"
        }
        typealias Row = Int32

        var owner: Int64
        var nonce: String

        func makeBindings() -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(owner)
            bindings.append(nonce)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Int32.self) }
    }

    /// Writes one of `owner`'s answers at a revision and returns the revision it had before, 0
    /// when new: one round trip, not two. The statements of a `WITH` share one snapshot, so
    /// `previous` reads the row before the upsert beside it.
    struct SaveAnswer<Tables: AnswerTables>: PostgresPreparedStatement {
        static var name: String { "kader_save_answer_" + Tables.kind }
        static var bindingDataTypes: [PostgresDataType] { [.int8, .text, .text, .text, .text, .int8, .text] }
        static var sql: String {
            """
            WITH previous AS (SELECT revision FROM \(Tables.answers) WHERE \(Tables.owner) = $1 AND question_id = $2),
            saved AS (
                INSERT INTO \(Tables.answers) (\(Tables.owner), question_id, value, note, evidence, revision, saved_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (\(Tables.owner), question_id) DO UPDATE SET value = excluded.value, note = excluded.note,
                    evidence = excluded.evidence, revision = excluded.revision, saved_at = excluded.saved_at
            )
            SELECT COALESCE((SELECT revision FROM previous), 0)
            """
        }
        typealias Row = Int64

        var owner: Int64
        var change: AnswerChange
        var revision: Int64
        var now: String

        func makeBindings() -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(owner)
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

/// The tables of one kind of answers: a scan's or a masterclass participant's. They differ only
/// in their names, so each statement on the save path is written once for both.
protocol AnswerTables: Sendable {
    /// Part of the prepared statements' names.
    static var kind: String { get }
    /// The answers, one row per owner and question.
    static var answers: String { get }
    /// The column of the answers' owner (the scan or the participant).
    static var owner: String { get }
    /// The one-time ids of the forms saved.
    static var forms: String { get }
}

/// A scan's answers (a cleared answer keeps its row, empty, at the new revision).
enum ScanAnswerTables: AnswerTables {
    static let kind = "scan"
    static let answers = "answers"
    static let owner = "scan_id"
    static let forms = "used_forms"
}

/// A masterclass participant's answers (a cleared answer's row is removed).
enum RoomAnswerTables: AnswerTables {
    static let kind = "room"
    static let answers = "room_answers"
    static let owner = "participant_id"
    static let forms = "room_forms"
}
