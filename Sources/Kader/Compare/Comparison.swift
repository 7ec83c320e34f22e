/// Two or more results side by side: one respondent over time (progress, advice resolved and
/// new) or different respondents (a municipality and its twin).
public struct Comparison: Sendable {
    /// How the results relate.
    public enum Mode: String, Sendable, Hashable {
        /// The same respondent at different dates, oldest first.
        case overTime = "over_time"
        /// Different respondents, in the order given.
        case sideBySide = "side_by_side"
    }

    /// Which way a score went between the first and the last result over time.
    public enum Trend: String, Sendable, Hashable {
        /// A lower level, or with the same level a worse score.
        case declined
        /// A higher level, or with the same level a better score.
        case improved
        /// The same level and score.
        case unchanged
    }

    /// One compared result.
    public struct Column: Sendable {
        /// "Gemeente Waterland-Oost, 2025-11-10".
        public var label: String
        public var respondent: String?
        public var date: String?
        /// The framework version the result was scored with.
        public var version: String
        public var result: AssessmentResult
    }

    /// One score across the columns.
    public struct ScoreRow: Sendable {
        public var id: String
        public var title: LocalizedText
        public var scores: [Double?]
        public var levels: [String?]
        public var grades: [Double?]
        /// Per column, whether a rule capped the level below the score's band.
        public var capped: [Bool]
        /// Per column, why the level is lower than the score's band (a cap, a requirement), in
        /// the framework's words; a grade beside such a level is marked.
        public var levelNotes: [LocalizedText?]
        /// The scale of the scores and, when known, their range (as the latest result has them).
        public var scale: ScoreScale
        public var range: ScoreRange?
        /// Over time: last minus first, when both exist. Nil side by side: different
        /// organisations have no "last minus first".
        public var change: Double? = nil
        /// Over time: whether the level (or, with the same level, the score) went down or up
        /// from the first result to the last, in the domain's direction; nil side by side or
        /// without a score at both ends.
        public var trend: Trend? = nil
    }

    /// One question whose answer differs across the columns.
    public struct ItemRow: Sendable {
        public var id: String
        public var domainID: String
        public var text: LocalizedText
        public var answers: [LocalizedText?]
        public var scores: [Double?]
    }

    /// Advice of the first result that the last no longer gives because it no longer applies.
    public struct LapsedAdvice: Sendable {
        /// The advice as the first result gave it.
        public var advice: Advice
        /// Why it no longer applies.
        public var followUp: AdviceFollowUp
    }

    public var mode: Mode
    /// The framework (of the last column).
    public var framework: FrameworkSummary
    public var columns: [Column]
    public var overall: ScoreRow
    public var domains: [ScoreRow]
    public var items: [ItemRow]
    /// Over time: advice of the first result that the last no longer gives because an answer
    /// changed (its rule was decided and did not fire).
    public var adviceResolved: [Advice]
    /// Over time: advice of the first result that no longer applies: a question it reads is no
    /// longer asked or now "n.v.t.", or the framework changed.
    public var adviceNoLongerApplies: [LapsedAdvice]
    /// Over time: advice of the first result that the last cannot decide: answers are missing.
    public var adviceUndecided: [Advice]
    /// Advice in the last result and not in the first: new.
    public var adviceNew: [Advice]
    /// Advice in both.
    public var adviceOpen: [Advice]
    /// Over time: each point of the first result's action plan with what became of it in the last.
    public var planReview: [PlanReview]
    /// What changed between framework versions, when the columns used different versions.
    public var frameworkChanges: [FrameworkChange]
}

/// A difference between two versions of a framework, matched by id.
public struct FrameworkChange: Sendable, Hashable {
    /// What kind of change.
    public enum Kind: String, Sendable, Hashable {
        case domainAdded = "domain_added"
        case domainRemoved = "domain_removed"
        case questionAdded = "question_added"
        case questionRemoved = "question_removed"
        case questionChanged = "question_changed"
        case scoringChanged = "scoring_changed"
    }
    public var kind: Kind
    /// The domain or question id.
    public var id: String
    /// What changed, in words that name the question or domain by its text or title, never its id.
    public var detail: Message
}
