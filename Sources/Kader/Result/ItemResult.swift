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
///
/// What the result tells of the question itself (id, text, weight, ...) is read from the
/// question's ``ItemFacts``, shared by every result of the framework: a result per question per
/// response copied six of them, and counting their references was a tenth of a batch.
public struct ItemResult: Sendable {
    /// The question, as the engine found it once per framework.
    let facts: ItemFacts
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

    public var questionID: String { facts.id }
    /// The question, as the framework states it.
    public var text: LocalizedText { facts.text }
    public var weight: Double { facts.weight }
    public var reverse: Bool { facts.reverse }
    public var critical: Bool { facts.critical }
    /// Whether the question's kind gives points.
    public var scored: Bool { facts.isScored }

    /// The answer in words, per language: the question's kind words it when it is read (a
    /// report reads it in one language, and wording every answer in both while scoring cost
    /// more than scoring).
    public var display: LocalizedText? {
        answer.map { LocalizedText(nl: facts.kind.display($0, in: .nl), en: facts.kind.display($0, in: .en)) }
    }

    /// The answer in words in one language.
    func display(in language: Language) -> String? {
        answer.map { facts.kind.display($0, in: language) }
    }
}
