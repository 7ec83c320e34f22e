/// The state of one item.
public enum ItemState: String, Sendable, Hashable {
    /// Answered and scored (or answered, for unscored kinds).
    case answered
    case unknown
    case notApplicable = "not_applicable"
    case unanswered
    case notRelevant = "not_relevant"
}

/// One question's answer and score.
public struct ItemResult: Sendable {
    public let questionID: String
    /// The question, as the framework states it.
    public let text: LocalizedText
    public let weight: Double
    public let reverse: Bool
    public let critical: Bool
    /// Whether the question's kind gives points.
    public let scored: Bool
    public let state: ItemState
    /// The answer as given, if any.
    public let answer: AnswerValue?
    /// Points after reverse scoring, and the range.
    public let points: Double?
    public let minPoints: Double?
    public let maxPoints: Double?
    /// The item score, 0-100 (unrounded), when scored.
    public let score: Double?
    public let note: String?
    public let evidence: String?
    /// The question's kind, which puts the answer in words when it is read: a report reads it in
    /// one language, and wording every answer in both while scoring cost more than scoring.
    let wording: AnswerWording

    /// The answer in words, per language.
    public var display: LocalizedText? {
        answer.map { LocalizedText(nl: wording.kind.display($0, in: .nl), en: wording.kind.display($0, in: .en)) }
    }

    /// The answer in words in one language.
    func display(in language: Language) -> String? {
        answer.map { wording.kind.display($0, in: language) }
    }
}

/// A question's kind, as the item results of the question hold it to word their answers: made
/// once per question (a class: copying the kind itself into every item result showed).
final class AnswerWording: Sendable {
    let kind: any QuestionKind

    init(_ kind: any QuestionKind) { self.kind = kind }
}
