import Kader

/// The audit log of a hosted installation: who changed which answer when. Every save by a
/// signed-in person writes one entry per question in the same transaction as the answer
/// (``ScanStore/saveAnswers(_:scan:nonce:author:)``), so an answer is never kept without its
/// entry nor an entry without its answer. The organisation's admin reads it as a page.
public protocol AnswerLogStore: Sendable {
    /// The newest entries of the scans `organisation` owns, at most `limit`, newest first.
    func answerLog(organisation: Int64, limit: Int) async throws -> [AnswerLogEntry]
}

/// One change of one answer.
public struct AnswerLogEntry: Sendable, Equatable {
    /// When it was saved (ISO 8601, UTC).
    public var savedAt: String
    /// Who saved it: the account's name and e-mail address.
    public var authorName: String
    public var authorEmail: String
    /// The scan's link and the name on its form (organisation, else respondent), if any.
    public var scanToken: ScanToken
    public var scanName: String?
    public var questionID: String
    /// The answer as the response file writes it, its note; both nil when it was cleared.
    public var value: String?
    public var note: String?
    /// The scan's revision this save made.
    public var revision: Int64
}
