import Kader

/// Where `kader serve` keeps its masterclass rooms (issue 15, point 3): a trainer's session for one
/// case, the participants who joined it with its code, and each participant's answers. Like
/// ``ScanStore``, every change is one transaction: when a method returns the change is on disk,
/// when it throws nothing of it was written. A room that is closed takes no new participants and
/// no answers: the store checks that inside the same transaction, so a save that raced the close
/// is refused rather than half kept.
public protocol RoomStore: Sendable {
    /// A new, open room with a fresh trainer token and a join code no other open room has.
    func createRoom(_ draft: RoomDraft) async throws -> StoredRoom
    /// The room behind a trainer token, or nil.
    func room(trainer token: ScanToken) async throws -> StoredRoom?
    /// The rooms `organisation` owns in a hosted installation, newest first, at most `limit`.
    func rooms(organisation: Int64, limit: Int) async throws -> [StoredRoom]
    /// The room that has (or had) `code`, the most recent one first; nil when no room ever had it.
    func room(joinCode code: JoinCode) async throws -> StoredRoom?
    /// A new participant in an open room, with a fresh personal token; throws
    /// ``RoomStoreError/closed`` when the room was closed meanwhile.
    func join(room: Int64, name: String) async throws -> RoomParticipant
    /// The participant behind a personal token with their room, or nil.
    func participant(token: ScanToken) async throws -> (RoomParticipant, StoredRoom)?
    /// Every participant of a room, in the order they joined.
    func participants(room: Int64) async throws -> [RoomParticipant]
    /// Saves a participant's answers (replacing what each held before), all or nothing, as
    /// ``ScanStore/saveAnswers(_:scan:nonce:)`` does for a scan; throws ``RoomStoreError/closed``
    /// when the room is closed.
    func saveRoomAnswers(_ changes: [AnswerChange], participant: Int64, nonce: String?) async throws -> SaveOutcome
    /// Every stored answer of one participant.
    func roomAnswers(participant: Int64) async throws -> [StoredAnswer]
    /// The stored answers of the given participants of a room, by participant id.
    func roomAnswers(room: Int64, participants: [Int64]) async throws -> [Int64: [StoredAnswer]]
    /// Shows or hides the ranking of participants on the trainer's screen.
    func setRanking(_ shown: Bool, room: Int64) async throws
    /// Closes the room: its join code stops working at once and no answer is saved after it.
    func closeRoom(_ room: Int64) async throws
}

/// What a trainer gives to open a room.
public struct RoomDraft: Sendable {
    public var frameworkID: String
    public var frameworkVersion: String
    public var language: Language
    /// The case's name, as the screen and the responses' file names show it.
    public var caseTitle: String
    /// The case as participants read it (the little Markdown of ``KaderReports/MarkdownReader``).
    public var caseText: String
    /// The organisation that owns it in a hosted installation (the trainer's); nil without `--hosted`.
    public var organisationID: Int64? = nil

    /// Creates one.
    public init(frameworkID: String, frameworkVersion: String, language: Language, caseTitle: String, caseText: String) {
        self.frameworkID = frameworkID
        self.frameworkVersion = frameworkVersion
        self.language = language
        self.caseTitle = caseTitle
        self.caseText = caseText
    }
}

/// A room as stored.
public struct StoredRoom: Sendable, Hashable {
    public var id: Int64
    /// The trainer's key: the trainer's pages are at `/m/t/<token>`.
    public var trainerToken: ScanToken
    /// What participants type to join; valid while the room is open.
    public var joinCode: JoinCode
    public var frameworkID: String
    public var frameworkVersion: String
    public var language: Language
    public var caseTitle: String
    public var caseText: String
    /// Whether the trainer asked to see the participants ranked.
    public var showsRanking: Bool
    /// When the trainer closed it (ISO 8601, UTC); nil while it is open.
    public var closedAt: String?
    public var createdAt: String
    /// The organisation that owns it in a hosted installation: only its people reach the trainer's
    /// pages. Nil without `--hosted`.
    public var organisationID: Int64? = nil

    /// True until the trainer closes the room.
    public var isOpen: Bool { closedAt == nil }
}

/// One participant of a room.
public struct RoomParticipant: Sendable, Hashable {
    public var id: Int64
    public var roomID: Int64
    /// The participant's own key: their pages are at `/m/p/<token>`.
    public var token: ScanToken
    /// The first name they gave; it labels their answers, never the case's name.
    public var name: String
    /// Raised by one for every save.
    public var revision: Int64
    public var joinedAt: String
}

/// A room's join code: six characters from an alphabet without the look-alikes 0, O, 1 and I
/// (32 symbols, so 30 bits: short enough to type on a phone, and guessing is limited per address
/// by the server, see ``JoinLimiter``).
public struct JoinCode: Sendable, Hashable, CustomStringConvertible {
    /// The symbols a code is made of.
    public static let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    /// The six characters, upper case.
    public let text: String

    /// A code as typed: case, spaces and dashes do not matter; nil when it cannot be a code.
    public init?(typed: some StringProtocol) {
        let cleaned = typed.uppercased().filter { $0 != " " && $0 != "-" }
        guard cleaned.count == 6, cleaned.allSatisfy(Self.alphabet.contains) else { return nil }
        text = cleaned
    }

    /// A new code from the system's random number generator.
    public static func random() -> JoinCode {
        var generator = SystemRandomNumberGenerator()
        let text = String((0..<6).map { _ in alphabet.randomElement(using: &generator)! })
        return JoinCode(typed: text)!
    }

    public var description: String { text }
}

/// What went wrong in a room, beyond ``StoreError``.
public enum RoomStoreError: Error, Sendable, Equatable {
    /// The trainer closed the room: no one joins it and no answer is saved any more.
    case closed
}
