/// Everything the engine computed for one response, with the means to explain it.
///
/// This is the one result every renderer, comparison and aggregate builds on. Its JSON form
/// (``ResultJSON``) is documented in `docs/result.md` and stable.
public struct AssessmentResult: Sendable {
    /// The framework's id, version and title.
    public var framework: FrameworkSummary
    /// Who answered, when, and the context fields.
    public var respondent: String?
    public var organisation: String?
    public var date: String?
    public var context: [(key: String, value: ContextValue)]
    /// Completeness over all relevant questions.
    public var completeness: Completeness
    /// One result per domain, in framework order (preconditions included, with their role).
    public var domains: [DomainResult]
    /// Derived scores, in framework order (the overall score last).
    public var scores: [ScoreResult]
    /// The overall score, level and grade.
    public var overall: OverallResult
    /// Each precondition's outcome.
    public var preconditions: [PreconditionResult]
    /// Improvement points, in the order people should act on them.
    public var advice: [Advice]
    /// What goes well.
    public var strengths: [Strength]
    /// Signals.
    public var flags: [Flag]
    /// Every rule's outcome, fired or not, in framework order.
    public var rules: [RuleResult]
    /// Problems found while evaluating (answers to questions that were not relevant, missing
    /// required answers).
    public var notices: [Diagnostic]
}

/// Which framework a result belongs to.
public struct FrameworkSummary: Sendable {
    public var id: String
    public var version: String
    public var title: LocalizedText
    /// The version the response said it answered, when different.
    public var answeredVersion: String?
}

/// How much of a scan was filled in.
public struct Completeness: Sendable, Hashable {
    /// Relevant questions (asked).
    public var relevant = 0
    /// With a real answer.
    public var answered = 0
    /// "weet niet".
    public var unknown = 0
    /// "n.v.t.".
    public var notApplicable = 0
    /// Relevant but not answered.
    public var unanswered = 0
    /// Not asked because their relevance condition did not hold.
    public var notRelevant = 0

    /// The share of relevant questions with any answer (including "weet niet" and "n.v.t."), 0-100.
    public var percentage: Double {
        relevant == 0 ? 100 : Double(relevant - unanswered) / Double(relevant) * 100
    }

    /// Adds another count.
    public static func + (lhs: Completeness, rhs: Completeness) -> Completeness {
        Completeness(relevant: lhs.relevant + rhs.relevant, answered: lhs.answered + rhs.answered, unknown: lhs.unknown + rhs.unknown,
                     notApplicable: lhs.notApplicable + rhs.notApplicable, unanswered: lhs.unanswered + rhs.unanswered,
                     notRelevant: lhs.notRelevant + rhs.notRelevant)
    }
}

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
/// What the framework says of the question (its id, text, weight, ...) is held once for every
/// result of the framework; the answer in words is found from the answer when it is read.
public struct ItemResult: Sendable {
    /// The question, as the framework states it.
    var facts: ItemFacts
    public var state: ItemState
    /// The answer as given, if any.
    public var answer: AnswerValue?
    /// Points after reverse scoring, and the range.
    public var points: Double?
    public var minPoints: Double?
    public var maxPoints: Double?
    /// The item score, 0-100 (unrounded), when scored.
    public var score: Double?
    public var note: String?
    public var evidence: String?
    /// The answer in words when it was set rather than found from the answer.
    private var givenDisplay: LocalizedText??

    public var questionID: String {
        get { facts.id }
        set { facts = facts.with(id: newValue) }
    }

    public var text: LocalizedText {
        get { facts.text }
        set { facts = facts.with(text: newValue) }
    }

    public var weight: Double {
        get { facts.weight }
        set { facts = facts.with(weight: newValue) }
    }

    public var reverse: Bool {
        get { facts.reverse }
        set { facts = facts.with(reverse: newValue) }
    }

    public var critical: Bool {
        get { facts.critical }
        set { facts = facts.with(critical: newValue) }
    }

    public var scored: Bool {
        get { facts.isScored }
        set { facts = facts.with(isScored: newValue) }
    }

    /// The answer in words, per language.
    public var display: LocalizedText? {
        get {
            if let givenDisplay { return givenDisplay }
            return answer.map { LocalizedText(nl: facts.display($0, in: .nl), en: facts.display($0, in: .en)) }
        }
        set { givenDisplay = .some(newValue) }
    }

    /// The answer in words in one language.
    func display(in language: Language) -> String? {
        if let givenDisplay { return givenDisplay?.text(in: language) }
        return answer.map { facts.display($0, in: language) }
    }
}

/// Why a score is missing.
public enum ScoreStatus: String, Sendable, Hashable {
    /// A valid score.
    case valid
    /// Too few answered items (or invalid parts).
    case insufficient
}

/// One domain's result.
public struct DomainResult: Sendable {
    public var id: String
    public var title: LocalizedText
    public var role: Domain.Role
    /// The normalised score, 0-100, rounded as declared; nil when insufficient.
    public var score: Double?
    public var status: ScoreStatus
    /// Raw points (weights applied) and the maximum over answered items.
    public var points: Double
    public var maxPoints: Double
    /// Points scaled up to the full item set, when the domain prorates.
    public var proratedPoints: Double?
    public var proratedMaxPoints: Double?
    /// The aggregator used and the minimum answered items required.
    public var aggregator: String
    public var minAnswered: Int
    /// Scored items that counted.
    public var answeredItems: Int
    /// The level from the score band, before caps.
    public var bandLevel: String?
    /// The level after caps.
    public var level: String?
    /// The rules that capped it.
    public var cappedBy: [String]
    public var grade: Double?
    public var passed: Bool?
    public var completeness: Completeness
    public var items: [ItemResult]
}

/// A derived score's result.
public struct ScoreResult: Sendable {
    public var id: String
    public var title: LocalizedText
    public var score: Double?
    public var status: ScoreStatus
    /// The parts that counted, and those skipped as invalid.
    public var parts: [(id: String, score: Double?, weight: Double)]
    public var method: String
}

/// The overall outcome.
public struct OverallResult: Sendable {
    /// The id of the score used as overall.
    public var scoreID: String
    public var score: Double?
    public var status: ScoreStatus
    /// The level the score band gives.
    public var bandLevel: String?
    /// The level after `requires` conditions, before caps.
    public var requiredLevel: String?
    /// The final level.
    public var level: String?
    /// Levels whose `requires` did not hold.
    public var unmetRequirements: [String]
    public var cappedBy: [String]
    public var grade: Double?
    public var passed: Bool?
}

/// A precondition's outcome.
public enum ConditionOutcome: String, Sendable, Hashable {
    case met
    case notMet = "not_met"
    case unknown
}

/// One precondition.
public struct PreconditionResult: Sendable {
    public var id: String
    public var text: LocalizedText
    public var outcome: ConditionOutcome
    public var advice: LocalizedText?
    /// Questions whose answers would decide an unknown outcome.
    public var undecidedBy: [String]
}

/// Whether a rule fired.
public enum RuleOutcome: String, Sendable, Hashable {
    case fired
    case notFired = "not_fired"
    /// The condition was unknown: answers it needs are missing.
    case unknown
}

/// One rule's outcome. A fired rule's result shares its ``RuleOrigin`` with the outcomes it
/// gave, so ``GivenByRule`` supplies its `because` text (and `ruleID`, the same as `id`).
public struct RuleResult: GivenByRule {
    /// The rule, and its `because` text when fired.
    public var origin: RuleOrigin
    public var outcome: RuleOutcome
    /// Questions whose answers would decide an unknown rule.
    public var undecidedBy: [String]

    public var id: String {
        get { ruleID }
        set { ruleID = newValue }
    }

    /// The effects the rule has, by name.
    public var effects: [String] {
        get { origin.rule.effects }
        set { origin.rule = origin.rule.with(effects: newValue) }
    }
}

extension ItemResult {
    // Made through the memberwise initialiser: one written out in the type made Swift build the
    // value aside and copy it into place, counting its references twice.
    init(facts: ItemFacts, state: ItemState, answer: AnswerValue?, note: String?, evidence: String?) {
        self.init(facts: facts, state: state, answer: answer, note: note, evidence: evidence, givenDisplay: nil)
    }
}
