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
        /// Last minus first, when both exist.
        public var change: Double? {
            guard let first = scores.first ?? nil, let last = scores.last ?? nil else { return nil }
            return last - first
        }
    }

    /// One question whose answer differs across the columns.
    public struct ItemRow: Sendable {
        public var id: String
        public var domainID: String
        public var text: LocalizedText
        public var answers: [LocalizedText?]
        public var scores: [Double?]
    }

    public var mode: Mode
    /// The framework (of the last column).
    public var framework: FrameworkSummary
    public var columns: [Column]
    public var overall: ScoreRow
    public var domains: [ScoreRow]
    public var items: [ItemRow]
    /// Advice in the first result and no longer in the last: resolved.
    public var adviceResolved: [Advice]
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
    /// What changed, in words.
    public var detail: Message
}
