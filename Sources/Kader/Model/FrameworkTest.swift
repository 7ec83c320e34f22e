/// An example response with the results it must give; `kader test` runs them like unit tests.
public struct FrameworkTest: Sendable {
    /// Where the answers come from.
    public enum Input: Sendable {
        /// A response file, relative to the framework file.
        case file(String)
        /// Answers written inline in the test (a response body without a header).
        case inline(YAMLNode)
    }
    /// A unique id.
    public var id: String
    /// What the case shows.
    public var description: LocalizedText?
    /// The answers.
    public var input: Input
    /// What the result must hold.
    public var expect: TestExpectation
    /// Where it was defined.
    public var location: SourceLocation
}

/// The expected parts of a result. Only what is listed is compared.
public struct TestExpectation: Sendable {
    /// An expected value with the place it was written, so a failure points at the line.
    public struct Entry<Value: Sendable>: Sendable {
        public var key: String
        public var value: Value
        public var location: SourceLocation
    }
    /// Scores by domain or score id (`overall` for the overall score); nil means insufficient data.
    public var scores: [Entry<Double?>] = []
    /// Levels by domain id or `overall`; nil means no level.
    public var levels: [Entry<String?>] = []
    /// Grades by domain id or `overall`.
    public var grades: [Entry<Double?>] = []
    /// The ids of the advice rules that fire, in report order, when given.
    public var advice: Entry<[String]>?
    /// Advice rules that must fire.
    public var adviceIncludes: [Entry<String>] = []
    /// Advice rules that must not fire.
    public var adviceExcludes: [Entry<String>] = []
    /// The strength rules that fire, when given.
    public var strengths: Entry<[String]>?
    /// The flag rules that fire, when given.
    public var flags: Entry<[String]>?
    /// The cap rules that fire, in framework order, when given.
    public var caps: Entry<[String]>?
    /// Precondition outcomes by id: met, not_met, unknown.
    public var preconditions: [Entry<String>] = []
    /// Allowed difference for numbers.
    public var tolerance: Double = 0.05
}
