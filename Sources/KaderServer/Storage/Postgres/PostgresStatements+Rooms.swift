import PostgresNIO

/// The statements of a masterclass participant's save, prepared once per connection. A room's
/// save was eight round trips (two reads for the seat, then BEGIN, the revision, the room's
/// state, the previous revision, the upsert, COMMIT); with 300 participants saving on two cores
/// the round trips were the save's cost. These fold the revision with the room's state, and each
/// answer's previous revision with its write, so one answer is BEGIN, two statements, COMMIT.
extension PostgresStatements {
    /// Raises a participant's revision (locking their row until the save commits) and reads their
    /// room's row `FOR SHARE` (so the trainer's close waits for this save): the new revision and
    /// whether the room is closed. No row: the participant is unknown.
    struct RaiseParticipantRevision: PostgresPreparedStatement {
        static let name = "kader_raise_participant_revision"
        static let bindingDataTypes: [PostgresDataType] = [.int8]
        static let sql = """
            WITH room AS (
                SELECT closed_at FROM rooms WHERE id = (SELECT room_id FROM room_participants WHERE id = $1) FOR SHARE
            )
            UPDATE room_participants SET revision = room_participants.revision + 1 FROM room
            WHERE room_participants.id = $1
            RETURNING room_participants.revision, room.closed_at IS NOT NULL
            """
        typealias Row = (revision: Int64, closed: Bool)

        var participant: Int64

        func makeBindings() -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(participant)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode((Int64, Bool).self) }
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
