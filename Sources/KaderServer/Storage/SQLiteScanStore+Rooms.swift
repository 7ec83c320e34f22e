import GRDB
import Kader

/// ``RoomStore`` in the SQLite file: tables `rooms`, `room_participants`, `room_answers` and
/// `room_forms` (migration `v4_rooms`). Every save checks in its own transaction that the room is
/// still open, so the trainer's "close" is final the moment it returns.
extension SQLiteScanStore: RoomStore {
    public func createRoom(_ draft: RoomDraft) async throws -> StoredRoom {
        let token = ScanToken.random()
        let now = Self.now()
        return try await write { db in
            // A fresh code that no open room has; with 2^30 codes a second try is already rare.
            var code = JoinCode.random()
            while try Bool.fetchOne(db, sql: "SELECT 1 FROM rooms WHERE join_code = ? AND closed_at IS NULL", arguments: [code.text])
                ?? false
            {
                code = JoinCode.random()
            }
            try db.execute(
                sql: """
                    INSERT INTO rooms (trainer_token, join_code, framework_id, framework_version, \
                    language, case_title, case_text, created_at, organisation_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    token.text, code.text, draft.frameworkID, draft.frameworkVersion, draft.language.rawValue, draft.caseTitle,
                    draft.caseText, now, draft.organisationID
                ])
            return StoredRoom(
                id: db.lastInsertedRowID, trainerToken: token, joinCode: code, frameworkID: draft.frameworkID,
                frameworkVersion: draft.frameworkVersion, language: draft.language, caseTitle: draft.caseTitle,
                caseText: draft.caseText, showsRanking: false, closedAt: nil, createdAt: now, organisationID: draft.organisationID)
        }
    }

    public func rooms(organisation: Int64, limit: Int) async throws -> [StoredRoom] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM rooms WHERE organisation_id = ? ORDER BY id DESC LIMIT ?", arguments: [organisation, limit]
            )
            .compactMap(Self.roomRow)
        }
    }

    public func room(trainer token: ScanToken) async throws -> StoredRoom? {
        try await pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM rooms WHERE trainer_token = ?", arguments: [token.text]).flatMap(Self.roomRow)
        }
    }

    public func room(joinCode code: JoinCode) async throws -> StoredRoom? {
        try await pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM rooms WHERE join_code = ? ORDER BY closed_at IS NULL DESC, id DESC LIMIT 1",
                arguments: [code.text]
            ).flatMap(Self.roomRow)
        }
    }

    public func join(room: Int64, name: String) async throws -> RoomParticipant {
        let token = ScanToken.random()
        let now = Self.now()
        return try await write { db in
            try Self.requireOpen(db, room: room)
            try db.execute(
                sql: "INSERT INTO room_participants (room_id, token, name, joined_at) VALUES (?, ?, ?, ?)",
                arguments: [room, token.text, name, now])
            return RoomParticipant(id: db.lastInsertedRowID, roomID: room, token: token, name: name, revision: 0, joinedAt: now)
        }
    }

    public func participant(token: ScanToken) async throws -> (RoomParticipant, StoredRoom)? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM room_participants WHERE token = ?", arguments: [token.text]),
                let participant = Self.participantRow(row),
                let room = try Row.fetchOne(db, sql: "SELECT * FROM rooms WHERE id = ?", arguments: [participant.roomID]).flatMap(
                    Self.roomRow)
            else { return nil }
            return (participant, room)
        }
    }

    public func participants(room: Int64) async throws -> [RoomParticipant] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM room_participants WHERE room_id = ? ORDER BY id", arguments: [room]).compactMap(
                Self.participantRow)
        }
    }

    public func saveRoomAnswers(_ changes: [AnswerChange], participant: Int64, nonce: String?) async throws -> SaveOutcome {
        try await write { db in
            guard let room = try Int64.fetchOne(db, sql: "SELECT room_id FROM room_participants WHERE id = ?", arguments: [participant])
            else {
                throw StoreError.unknownScan
            }
            try Self.requireOpen(db, room: room)
            if let nonce {
                let used =
                    try Bool.fetchOne(
                        db, sql: "SELECT 1 FROM room_forms WHERE participant_id = ? AND nonce = ?",
                        arguments: [participant, nonce]) ?? false
                if used { throw StoreError.duplicateSubmit }
                try db.execute(sql: "INSERT INTO room_forms (participant_id, nonce) VALUES (?, ?)", arguments: [participant, nonce])
            }
            try db.execute(sql: "UPDATE room_participants SET revision = revision + 1 WHERE id = ?", arguments: [participant])
            let revision = try Int64.fetchOne(db, sql: "SELECT revision FROM room_participants WHERE id = ?", arguments: [participant]) ?? 0
            let now = Self.now()
            var previous: [String: Int64] = [:]
            for change in changes {
                previous[change.questionID] =
                    try Int64.fetchOne(
                        db, sql: "SELECT revision FROM room_answers WHERE participant_id = ? AND question_id = ?",
                        arguments: [participant, change.questionID]) ?? 0
                if change.removes {
                    try db.execute(
                        sql: "DELETE FROM room_answers WHERE participant_id = ? AND question_id = ?",
                        arguments: [participant, change.questionID])
                    continue
                }
                try db.execute(
                    sql: """
                        INSERT INTO room_answers (participant_id, question_id, value, note, evidence, revision, saved_at) \
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (participant_id, question_id) DO UPDATE SET value = excluded.value, note = excluded.note,
                            evidence = excluded.evidence, revision = excluded.revision, saved_at = excluded.saved_at
                        """, arguments: [participant, change.questionID, change.yaml, change.note, change.evidence, revision, now])
            }
            return SaveOutcome(revision: revision, previousRevisions: previous)
        }
    }

    public func roomAnswers(participant: Int64) async throws -> [StoredAnswer] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM room_answers WHERE participant_id = ?", arguments: [participant]).map(Self.answerRow)
        }
    }

    public func roomAnswers(room: Int64, participants: [Int64]) async throws -> [Int64: [StoredAnswer]] {
        guard !participants.isEmpty else { return [:] }
        return try await pool.read { db in
            var answers: [Int64: [StoredAnswer]] = [:]
            // In slices, well below SQLite's limit on the number of bound values.
            for start in stride(from: 0, to: participants.count, by: 500) {
                let slice = Array(participants[start..<min(start + 500, participants.count)])
                let marks = Array(repeating: "?", count: slice.count).joined(separator: ", ")
                let rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT a.* FROM room_answers a JOIN room_participants p ON p.id = a.participant_id
                        WHERE p.room_id = ? AND a.participant_id IN (\(marks))
                        """, arguments: StatementArguments([room] + slice))
                for row in rows { answers[row["participant_id"], default: []].append(Self.answerRow(row)) }
            }
            return answers
        }
    }

    public func setRanking(_ shown: Bool, room: Int64) async throws {
        try await write { db in
            try db.execute(sql: "UPDATE rooms SET shows_ranking = ? WHERE id = ?", arguments: [shown, room])
        }
    }

    public func closeRoom(_ room: Int64) async throws {
        let now = Self.now()
        try await write { db in
            try db.execute(sql: "UPDATE rooms SET closed_at = COALESCE(closed_at, ?) WHERE id = ?", arguments: [now, room])
        }
    }

    private static func requireOpen(_ db: Database, room: Int64) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT closed_at FROM rooms WHERE id = ?", arguments: [room]) else {
            throw StoreError.unknownScan
        }
        if (row["closed_at"] as String?) != nil { throw RoomStoreError.closed }
    }

    private static func roomRow(_ row: Row) -> StoredRoom? {
        guard let token = ScanToken(row["trainer_token"] as String), let code = JoinCode(typed: row["join_code"] as String) else {
            return nil
        }
        return StoredRoom(
            id: row["id"], trainerToken: token, joinCode: code, frameworkID: row["framework_id"],
            frameworkVersion: row["framework_version"], language: Language(rawValue: row["language"]) ?? .nl,
            caseTitle: row["case_title"], caseText: row["case_text"], showsRanking: row["shows_ranking"],
            closedAt: row["closed_at"], createdAt: row["created_at"], organisationID: row["organisation_id"])
    }

    private static func participantRow(_ row: Row) -> RoomParticipant? {
        guard let token = ScanToken(row["token"] as String) else { return nil }
        return RoomParticipant(
            id: row["id"], roomID: row["room_id"], token: token, name: row["name"], revision: row["revision"],
            joinedAt: row["joined_at"])
    }

    private static func answerRow(_ row: Row) -> StoredAnswer {
        StoredAnswer(
            questionID: row["question_id"], yaml: row["value"], note: row["note"], evidence: row["evidence"], revision: row["revision"])
    }
}
