import Kader

/// Where `kader serve` keeps its scans: the answers as the response file would hold them, with
/// who answered and when. The routes speak only to this protocol, so the SQL stays in
/// ``SQLiteScanStore`` and ``PostgresStore`` (for a hosted installation with several processes).
///
/// Every method that changes something does so in one transaction: when it returns, the change
/// is on disk; when it throws, nothing of it was written.
public protocol ScanStore: Sendable {
    /// A new, empty scan of framework `id` at `version`, with a fresh unguessable token.
    /// `organisation` owns it in a hosted installation; nil without `--hosted`.
    func createScan(framework id: String, version: String, language: Language, organisation: Int64?) async throws -> StoredScan
    /// The scan behind `token`, or nil.
    func scan(token: ScanToken) async throws -> StoredScan?
    /// The scans `organisation` owns (nil: those without an owner, every scan without `--hosted`),
    /// newest first, at most `limit`.
    func scans(limit: Int, organisation: Int64?) async throws -> [ScanSummary]
    /// Replaces who answered, when, and the context fields; raises the scan's revision.
    func saveHeader(_ header: ScanHeader, scan: Int64, nonce: String?) async throws -> Int64
    /// Saves answers to questions (replacing what each held before), all or nothing. A change
    /// that clears a question keeps its row, empty, at the new revision, so that another window
    /// on the scan hears of the clearing as of any change. With a `nonce` (a form's one-time
    /// id), a form sent a second time throws ``StoreError/duplicateSubmit``. With an `author` (the
    /// signed-in account of a hosted installation), each change is also written to the audit log
    /// (``AnswerLogStore``) in the same transaction.
    func saveAnswers(_ changes: [AnswerChange], scan: Int64, nonce: String?, author: Int64?) async throws -> SaveOutcome
    /// Every stored answer of a scan.
    func answers(scan: Int64) async throws -> [StoredAnswer]
}

/// What went wrong in the store, as people are told it.
public enum StoreError: Error, Sendable, Equatable {
    /// This form was sent before (a double click, the back button and send again).
    case duplicateSubmit
    /// The scan does not exist (any more).
    case unknownScan
    /// The database could not be written: the reason from the database (disk full, read-only,
    /// a refused statement).
    case notWritten(String)
    /// The database cannot be reached (PostgreSQL stopped, the network gone, no connection
    /// within the deadline): the reason, for the log; nothing was written.
    case unreachable(String)
}

/// The random part of a scan's address: 128 bits as 32 lowercase hexadecimal digits, so that
/// a link cannot be guessed from another one.
public struct ScanToken: Sendable, Hashable, CustomStringConvertible {
    /// The 32 hexadecimal digits.
    public let text: String

    /// A token read from an address; nil for anything that is not 32 lowercase hex digits.
    public init?(_ text: some StringProtocol) {
        guard text.utf8.count == 32, text.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
        self.text = String(text)
    }

    /// A new token from the system's random number generator.
    public static func random() -> ScanToken {
        var generator = SystemRandomNumberGenerator()
        let digits = (0..<2).map { _ in
            let half = String(generator.next() as UInt64, radix: 16)
            return String(repeating: "0", count: 16 - half.count) + half
        }
        return ScanToken(digits.joined())!
    }

    public var description: String { text }
}

/// Who answered a scan, for which organisation, on which date, and the context fields.
public struct ScanHeader: Sendable, Hashable {
    public var organisation: String?
    public var respondent: String?
    /// ISO date, YYYY-MM-DD.
    public var date: String?
    /// Context field values by field id.
    public var context: [String: ContextValue]

    /// Creates a header.
    public init(organisation: String? = nil, respondent: String? = nil, date: String? = nil, context: [String: ContextValue] = [:]) {
        self.organisation = organisation
        self.respondent = respondent
        self.date = date
        self.context = context
    }
}

/// A scan as stored: its token, framework and header, and its revision (raised by every save).
public struct StoredScan: Sendable {
    public var id: Int64
    public var token: ScanToken
    public var frameworkID: String
    public var frameworkVersion: String
    public var language: Language
    public var header: ScanHeader
    /// Raised by one for every save; answers carry the revision they were saved at.
    public var revision: Int64
    /// When it was made and last changed (ISO 8601, UTC).
    public var createdAt: String
    public var updatedAt: String
    /// The organisation that owns it in a hosted installation (`--hosted`): only its people reach
    /// it. Nil without `--hosted`. Not the organisation named on the form (``ScanHeader/organisation``).
    public var organisationID: Int64? = nil
}

/// One line of the start page's list of scans.
public struct ScanSummary: Sendable {
    public var token: ScanToken
    public var frameworkID: String
    public var frameworkVersion: String
    public var organisation: String?
    public var respondent: String?
    public var date: String?
    public var answers: Int
    public var createdAt: String
    public var updatedAt: String
}

/// One stored answer: the value as the response file writes it (the question kind's YAML),
/// nil when only a note or evidence was given.
public struct StoredAnswer: Sendable, Hashable {
    public var questionID: String
    public var yaml: String?
    public var note: String?
    public var evidence: String?
    /// The scan revision this answer was saved at.
    public var revision: Int64
}

/// A change to one question: its new value (YAML, nil to leave it unanswered), note and
/// evidence; nil in all three clears the answer.
public struct AnswerChange: Sendable, Hashable {
    public var questionID: String
    public var yaml: String?
    public var note: String?
    public var evidence: String?

    /// Creates a change.
    public init(questionID: String, yaml: String?, note: String? = nil, evidence: String? = nil) {
        self.questionID = questionID
        self.yaml = yaml
        self.note = note
        self.evidence = evidence
    }

    /// True when nothing is left of the answer (the question is cleared).
    public var removes: Bool { yaml == nil && note == nil && evidence == nil }
}

/// What a save did: the scan's new revision, and each question's revision before it (so a tab
/// can tell whether another tab had changed it since the page was loaded).
public struct SaveOutcome: Sendable {
    public var revision: Int64
    public var previousRevisions: [String: Int64]
}

extension ScanStore {
    /// Saves answers without an author, as `kader serve` without `--hosted` does: nothing is logged.
    public func saveAnswers(_ changes: [AnswerChange], scan: Int64, nonce: String?) async throws -> SaveOutcome {
        try await saveAnswers(changes, scan: scan, nonce: nonce, author: nil)
    }

    /// A new scan without an owner, as `kader serve` without `--hosted` makes them.
    public func createScan(framework id: String, version: String, language: Language) async throws -> StoredScan {
        try await createScan(framework: id, version: version, language: language, organisation: nil)
    }
}
