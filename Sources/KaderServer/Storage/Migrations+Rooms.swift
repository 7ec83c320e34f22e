import GRDB

extension Migrations {
    /// Version 3: masterclass rooms (issue 15, point 3). A room is a trainer's session for one case;
    /// its participants and their answers have tables of their own, apart from `scans`, so that a
    /// room of three hundred phones never fills the start page's list of scans, and closing a room
    /// can be checked in the same transaction as every save. The join code is unique among open
    /// rooms only (a partial index): an old, closed room keeps its code for the record.
    static func v4Rooms(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE rooms (
                    id INTEGER PRIMARY KEY,
                    trainer_token TEXT NOT NULL UNIQUE,
                    join_code TEXT NOT NULL,
                    framework_id TEXT NOT NULL,
                    framework_version TEXT NOT NULL,
                    language TEXT NOT NULL,
                    case_title TEXT NOT NULL,
                    case_text TEXT NOT NULL,
                    shows_ranking INTEGER NOT NULL DEFAULT 0,
                    closed_at TEXT,
                    created_at TEXT NOT NULL
                );
                CREATE UNIQUE INDEX rooms_open_codes ON rooms(join_code) WHERE closed_at IS NULL;
                CREATE INDEX rooms_by_code ON rooms(join_code, id);
                CREATE TABLE room_participants (
                    id INTEGER PRIMARY KEY,
                    room_id INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
                    token TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL,
                    revision INTEGER NOT NULL DEFAULT 0,
                    joined_at TEXT NOT NULL
                );
                CREATE INDEX room_participants_by_room ON room_participants(room_id, id);
                CREATE TABLE room_answers (
                    participant_id INTEGER NOT NULL REFERENCES room_participants(id) ON DELETE CASCADE,
                    question_id TEXT NOT NULL,
                    value TEXT,
                    note TEXT,
                    evidence TEXT,
                    revision INTEGER NOT NULL,
                    saved_at TEXT NOT NULL,
                    PRIMARY KEY (participant_id, question_id)
                );
                CREATE TABLE room_forms (
                    participant_id INTEGER NOT NULL REFERENCES room_participants(id) ON DELETE CASCADE,
                    nonce TEXT NOT NULL,
                    PRIMARY KEY (participant_id, nonce)
                );
                """)
    }
}
