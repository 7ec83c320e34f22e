import Kader
import PostgresNIO

/// ``RoomStore`` in PostgreSQL: the tables of migration `v4_rooms`, the same rules as
/// ``SQLiteScanStore``. Several processes may serve one room: a fresh join code is claimed by the
/// unique index on open rooms' codes, and every join or save reads the room's row `FOR SHARE`, so
/// the trainer's close (an `UPDATE` of that row) waits for saves in flight and every later one
/// sees the room closed.
extension PostgresStore: RoomStore {
    public func createRoom(_ draft: RoomDraft) async throws -> StoredRoom {
        let token = ScanToken.random()
        let now = Self.now()
        return try await transaction { connection in
            // A code that no open room has, in this process or another: the index decides.
            while true {
                let code = JoinCode.random()
                let inserted = try await self.rows(
                    """
                    INSERT INTO rooms (trainer_token, join_code, framework_id, framework_version, language, case_title, case_text,
                                       created_at, organisation_id)
                    VALUES (\(token.text), \(code.text), \(draft.frameworkID), \(draft.frameworkVersion), \(draft.language.rawValue),
                            \(draft.caseTitle), \(draft.caseText), \(now), \(draft.organisationID))
                    ON CONFLICT (join_code) WHERE closed_at IS NULL DO NOTHING RETURNING id
                    """, on: connection)
                guard let row = inserted.first else { continue }
                return StoredRoom(
                    id: try row.decode(Int64.self), trainerToken: token, joinCode: code, frameworkID: draft.frameworkID,
                    frameworkVersion: draft.frameworkVersion, language: draft.language, caseTitle: draft.caseTitle,
                    caseText: draft.caseText, showsRanking: false, closedAt: nil, createdAt: now, organisationID: draft.organisationID)
            }
        }
    }

    public func rooms(organisation: Int64, limit: Int) async throws -> [StoredRoom] {
        try await read { connection in
            try await self.rows(
                """
                SELECT \(unescaped: Self.roomColumns()) FROM rooms WHERE organisation_id = \(organisation)
                ORDER BY id DESC LIMIT \(limit)
                """, on: connection
            ).compactMap(Self.roomRow)
        }
    }

    public func room(trainer token: ScanToken) async throws -> StoredRoom? {
        try await read { connection in
            try await self.rows(
                "SELECT \(unescaped: Self.roomColumns()) FROM rooms WHERE trainer_token = \(token.text)", on: connection
            ).first.flatMap(Self.roomRow)
        }
    }

    public func room(joinCode code: JoinCode) async throws -> StoredRoom? {
        try await read { connection in
            try await self.rows(
                """
                SELECT \(unescaped: Self.roomColumns()) FROM rooms WHERE join_code = \(code.text)
                ORDER BY closed_at IS NULL DESC, id DESC LIMIT 1
                """, on: connection
            ).first.flatMap(Self.roomRow)
        }
    }

    public func join(room: Int64, name: String) async throws -> RoomParticipant {
        let token = ScanToken.random()
        let now = Self.now()
        return try await transaction { connection in
            try await self.requireOpen(connection, room: room)
            let id = try await self.rows(
                """
                INSERT INTO room_participants (room_id, token, name, joined_at) VALUES (\(room), \(token.text), \(name), \(now))
                RETURNING id
                """, on: connection)[0].decode(Int64.self)
            return RoomParticipant(id: id, roomID: room, token: token, name: name, revision: 0, joinedAt: now)
        }
    }

    public func participant(token: ScanToken) async throws -> (RoomParticipant, StoredRoom)? {
        try await read { connection in
            guard
                let row = try await self.rows(
                    """
                    SELECT \(unescaped: Self.participantColumns("p")), \(unescaped: Self.roomColumns("r"))
                    FROM room_participants p JOIN rooms r ON r.id = p.room_id WHERE p.token = \(token.text)
                    """, on: connection
                ).first,
                let participant = try Self.participantRow(row), let room = try Self.roomRow(row, from: 6)
            else { return nil }
            return (participant, room)
        }
    }

    public func participants(room: Int64) async throws -> [RoomParticipant] {
        try await read { connection in
            try await self.rows(
                "SELECT \(unescaped: Self.participantColumns()) FROM room_participants WHERE room_id = \(room) ORDER BY id", on: connection
            ).compactMap(Self.participantRow)
        }
    }

    public func saveRoomAnswers(_ changes: [AnswerChange], participant: Int64, nonce: String?) async throws -> SaveOutcome {
        try await transaction { connection in
            // Raising the revision locks the participant's row: their saves take turns in any process.
            let raised = try await connection.execute(
                PostgresStatements.RaiseParticipantRevision(participant: participant), logger: self.logger)
            guard let (revision, closed) = try await PostgresStatements.first(raised) else { throw StoreError.unknownScan }
            if closed { throw RoomStoreError.closed }
            if let nonce {
                let recorded = try await connection.execute(
                    PostgresStatements.RecordForm<RoomAnswerTables>(owner: participant, nonce: nonce), logger: self.logger)
                if try await PostgresStatements.first(recorded) == nil { throw StoreError.duplicateSubmit }
            }
            let now = Self.now()
            var previous: [String: Int64] = [:]
            for change in changes {
                let before: Int64?
                if change.removes {
                    let removed = try await connection.execute(
                        PostgresStatements.RemoveRoomAnswer(participant: participant, question: change.questionID), logger: self.logger)
                    before = try await PostgresStatements.first(removed)
                } else {
                    let saved = try await connection.execute(
                        PostgresStatements.SaveAnswer<RoomAnswerTables>(owner: participant, change: change, revision: revision, now: now),
                        logger: self.logger)
                    before = try await PostgresStatements.first(saved)
                }
                previous[change.questionID] = before ?? 0
            }
            return SaveOutcome(revision: revision, previousRevisions: previous)
        }
    }

    public func roomAnswers(participant: Int64) async throws -> [StoredAnswer] {
        try await read { connection in
            try await self.rows(
                """
                SELECT participant_id, question_id, value, note, evidence, revision FROM room_answers
                WHERE participant_id = \(participant)
                """, on: connection
            ).map { try Self.answerRow($0).1 }
        }
    }

    public func roomAnswers(room: Int64, participants: [Int64]) async throws -> [Int64: [StoredAnswer]] {
        guard !participants.isEmpty else { return [:] }
        return try await read { connection in
            var answers: [Int64: [StoredAnswer]] = [:]
            for row in try await self.rows(
                """
                SELECT a.participant_id, a.question_id, a.value, a.note, a.evidence, a.revision
                FROM room_answers a JOIN room_participants p ON p.id = a.participant_id
                WHERE p.room_id = \(room) AND a.participant_id = ANY(\(participants))
                """, on: connection)
            {
                let (participant, answer) = try Self.answerRow(row)
                answers[participant, default: []].append(answer)
            }
            return answers
        }
    }

    public func setRanking(_ shown: Bool, room: Int64) async throws {
        _ = try await transaction { connection in
            try await connection.query("UPDATE rooms SET shows_ranking = \(shown) WHERE id = \(room)", logger: self.logger)
        }
    }

    public func closeRoom(_ room: Int64) async throws {
        let now = Self.now()
        _ = try await transaction { connection in
            try await connection.query("UPDATE rooms SET closed_at = COALESCE(closed_at, \(now)) WHERE id = \(room)", logger: self.logger)
        }
    }

    /// Throws ``RoomStoreError/closed`` when the room is closed; holds its row until the
    /// transaction ends, so a close waits for this save and is never half crossed by it.
    private func requireOpen(_ connection: PostgresConnection, room: Int64) async throws {
        guard let row = try await rows("SELECT closed_at FROM rooms WHERE id = \(room) FOR SHARE", on: connection).first else {
            throw StoreError.unknownScan
        }
        if try row.decode(String?.self) != nil { throw RoomStoreError.closed }
    }

    /// A room's columns in the order ``roomRow(_:from:)`` reads them, each after `table.` when a
    /// query names the table.
    private static func roomColumns(_ table: String = "") -> String {
        qualified(
            [
                "id", "trainer_token", "join_code", "framework_id", "framework_version", "language", "case_title", "case_text",
                "shows_ranking", "closed_at", "created_at", "organisation_id"
            ], table)
    }

    private static func participantColumns(_ table: String = "") -> String {
        qualified(["id", "room_id", "token", "name", "revision", "joined_at"], table)
    }

    private static func qualified(_ columns: [String], _ table: String) -> String {
        columns.map { table.isEmpty ? $0 : table + "." + $0 }.joined(separator: ", ")
    }

    /// The room in a row's columns from `first` on (a participant's row joined with its room
    /// has the room after the participant's six).
    private static func roomRow(_ row: PostgresRow, from first: Int) throws -> StoredRoom? {
        let cells = row.makeRandomAccess()
        func cell<T: PostgresDecodable>(_ index: Int, _ type: T.Type) throws -> T { try cells[first + index].decode(T.self) }
        guard let token = ScanToken(try cell(1, String.self)), let code = JoinCode(typed: try cell(2, String.self)) else { return nil }
        return StoredRoom(
            id: try cell(0, Int64.self), trainerToken: token, joinCode: code, frameworkID: try cell(3, String.self),
            frameworkVersion: try cell(4, String.self), language: Language(rawValue: try cell(5, String.self)) ?? .nl,
            caseTitle: try cell(6, String.self), caseText: try cell(7, String.self), showsRanking: try cell(8, Bool.self),
            closedAt: try cell(9, String?.self), createdAt: try cell(10, String.self), organisationID: try cell(11, Int64?.self))
    }

    private static func roomRow(_ row: PostgresRow) throws -> StoredRoom? { try roomRow(row, from: 0) }

    private static func participantRow(_ row: PostgresRow) throws -> RoomParticipant? {
        let (id, room, token, name, revision, joined) = try row.decode((Int64, Int64, String, String, Int64, String).self)
        guard let token = ScanToken(token) else { return nil }
        return RoomParticipant(id: id, roomID: room, token: token, name: name, revision: revision, joinedAt: joined)
    }

    private static func answerRow(_ row: PostgresRow) throws -> (Int64, StoredAnswer) {
        let (participant, question, value, note, evidence, revision) = try row.decode(
            (Int64, String, String?, String?, String?, Int64).self)
        return (participant, StoredAnswer(questionID: question, yaml: value, note: note, evidence: evidence, revision: revision))
    }
}
