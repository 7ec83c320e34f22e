/// One question (an item) of a domain.
public struct Question: Sendable {
    /// A unique id, used in responses and expressions.
    public var id: String
    /// The question's kind (scale, yes/no, several choices, number, text), from the plugin registry.
    public var kind: any QuestionKind
    /// The question as the respondent reads it.
    public var text: LocalizedText
    /// Help: what is meant, examples of evidence.
    public var help: LocalizedText?
    /// Weight in weighted aggregators and in points; greater than zero.
    public var weight: Double
    /// When true, a high answer means a low score.
    public var reverse: Bool
    /// When true, an unanswered question is reported as missing.
    public var required: Bool
    /// A critical item: the framework's rules usually cap the level when it is not met.
    public var critical: Bool
    /// The question is asked only when this holds; nil means always.
    public var relevance: CheckedExpression?
    /// The sources this question rests on.
    public var sources: [String]
    /// The domain it belongs to.
    public var domainID: String
    /// Where it was defined.
    public var location: SourceLocation
    /// How "weet niet" counts for this question, overriding the domain's and the framework's
    /// (`unknown:`); nil: theirs.
    public var unknown: UnknownPolicy? = nil
    /// When true (`unanswered: concern`), a blank or "weet niet" answer is a reason for advice:
    /// the result lists the question under "Zoek uit", with the advice that waits on it.
    public var openIsConcern = false
    /// How colleagues' answers are combined into one proposal (`combine:`); a critical item is
    /// combined by ``CombineRule/lowest`` whatever this says (``combineRule``).
    public var combine = CombineRule.middle
}

/// A group of questions that gets its own score, level and grade (an aspect, a theme, a criterion).
public struct Domain: Sendable {
    /// Whether a domain counts towards the overall score.
    public enum Role: String, Sendable, Hashable {
        /// An ordinary domain.
        case domain
        /// A precondition: scored and shown first, not part of the overall score.
        case precondition
    }

    /// A unique id.
    public var id: String
    /// A short title.
    public var title: LocalizedText
    /// What the domain is about, and why it matters.
    public var description: LocalizedText?
    /// Domain or precondition.
    public var role: Role
    /// The questions, in order.
    public var questions: [Question]
    /// How item scores become the domain score.
    public var scoring: DomainScoring
    /// The sources this domain rests on.
    public var sources: [String]
    /// Where it was defined.
    public var location: SourceLocation
    /// The number people see for it (`1`, or `Vooraf` for the preconditions), when the
    /// framework declares one; otherwise its place among the domains (``Framework/number(ofDomainAt:in:)``).
    public var number: LocalizedText? = nil
    /// How "weet niet" counts in this domain, overriding the framework's (`unknown:`); nil: the
    /// framework's. A question's own `unknown:` overrides this.
    public var unknown: UnknownPolicy? = nil
}

/// How a domain's item scores are combined.
public struct DomainScoring: Sendable {
    /// The aggregator's name in the registry.
    public var aggregatorName: String
    /// The aggregator itself.
    public var aggregator: any Aggregator
    /// The fewest answered scored items for a valid score; below it the score is "insufficient data".
    public var minAnswered: Int
    /// When true, raw points are scaled up to the full item set when some items are unanswered.
    public var prorate: Bool
    /// The scale of the domain's score; `aggregatorName` applies to `percent` only.
    public var scale: ScoreScale = .percent
    /// The lowest and highest score on that scale: 0-100, or from the items' points.
    public var range: ScoreRange = .percent
    /// Where its level comes from: the framework's levels, its own bands, or nowhere.
    public var levels: DomainLevels = .growthModel
    /// Which way the score is good.
    public var direction: ScoreDirection = .higherIsBetter
}
