/// How colleagues' answers to one question become one proposed answer (the question's
/// `combine:` key): in `kader aggregate --combine` and in the owner's combined view of
/// `kader serve`.
public enum CombineRule: String, Sendable, Hashable, CaseIterable {
    /// The middle answer: the median option value or number, the majority for yes/no, the
    /// options at least half chose.
    case middle
    /// The lowest answer given (by item score), with the notes of whoever gave it: one colleague
    /// who saw the night line go unanswered outweighs two who did not.
    case lowest
}

extension Question {
    /// The rule this question's answers are combined by: always `lowest` for a critical item, so
    /// that a critical item is never averaged away; else the framework's `combine:`.
    public var combineRule: CombineRule { critical ? .lowest : combine }
}
