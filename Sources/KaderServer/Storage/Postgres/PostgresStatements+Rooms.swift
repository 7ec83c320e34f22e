import PostgresNIO

/// The statements of a masterclass participant's save, prepared once per connection. A room's
/// save was eight round trips (two reads for the seat, then BEGIN, the revision, the room's
/// state, the previous revision, the upsert, COMMIT); with 300 participants saving on two cores
/// the round trips were the save's cost. These fold the revision with the room's state, and each
/// answer's previous revision with its write, so one answer is BEGIN, two statements, COMMIT.
extension PostgresStatements {
    /// Raises a participant's revision (locking their row until the save commits) and reads their
    /// room's row `FOR SHARE` (so the trainer's close waits for this save): the new revision, the
    /// room and whether it is closed. No row: the participant is unknown.
    struct RaiseParticipantRevision: PostgresPreparedStatement {
        static let name = "kader_raise_participant_revision"
        static let bindingDataTypes: [PostgresDataType] = [.int8]
        static let sql = """
            WITH room AS (
                SELECT id, closed_at FROM rooms WHERE id = (SELECT room_id FROM room_participants WHERE id = $1) FOR SHARE
            )
            UPDATE room_participants SET revision = room_participants.revision + 1 FROM room
            WHERE room_participants.id = $1
            RETURNING room_participants.revision, room.id, room.closed_at IS NOT NULL
            """
        typealias Row = (revision: Int64, room: Int64, closed: Bool)

        var participant: Int64

        func makeBindings() -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(participant)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode((Int64, Int64, Bool).self) }
    }

    /// Records a participant's form's one-time id; returns a row only when it was not recorded before.
    struct RecordRoomForm: PostgresPreparedStatement {
        static let name = "kader_record_room_form"
        static let bindingDataTypes: [PostgresDataType] = [.int8, .text]
        static let sql = "INSERT INTO room_forms (participant_id, nonce) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1"
        typealias Row = Int32

        var participant: Int64
        var nonce: String

        func makeBindings() -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(participant)
            bindings.append(nonce)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Int32.self) }
    }

    /// Writes one of a participant's answers at a revision and returns the revision it had
    /// before (0 when new). The statements of a `WITH` share one snapshot, so `previous` reads
    /// the row as it was before the upsert beside it.
    struct SaveRoomAnswer: PostgresPreparedStatement {
        static let name = "kader_save_room_answer"
        static let bindingDataTypes: [PostgresDataType] = [.int8, .text, .text, .text, .text, .int8, .text]
        static let sql = """
            WITH previous AS (SELECT revision FROM room_answers WHERE participant_id = $1 AND question_id = $2),
            saved AS (
                INSERT INTO room_answers (participant_id, question_id, value, note, evidence, revision, saved_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (participant_id, question_id) DO UPDATE SET value = excluded.value, note = excluded.note,
                    evidence = excluded.evidence, revision = excluded.revision, saved_at = excluded.saved_at
            )
            SELECT COALESCE((SELECT revision FROM previous), 0)
            """
        typealias Row = Int64

        var participant: Int64
        var change: AnswerChange
        var revision: Int64
        var now: String

        func makeBindings() -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(participant)
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

    /// Removes a participant's cleared answer and returns the revision it had (no row: it had none).
    struct RemoveRoomAnswer: PostgresPreparedStatement {
        static let name = "kader_remove_room_answer"
        static let bindingDataTypes: [PostgresDataType] = [.int8, .text]
        static let sql = "DELETE FROM room_answers WHERE participant_id = $1 AND question_id = $2 RETURNING revision"
        typealias Row = Int64

        var participant: Int64
        var question: String

        func makeBindings() -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(participant)
            bindings.append(question)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Int64.self) }
    }
}
