/// Which rules, advice and levels of a framework its test cases reach (`kader test --coverage`):
/// a rule no test makes fire is a rule nobody has seen work.
public struct TestCoverage: Sendable {
    /// What one test's response reached.
    public struct Reached: Sendable {
        /// Rules that fired.
        public var rules: Set<String> = []
        /// Rules whose advice was given.
        public var advice: Set<String> = []
        /// Levels reached, overall or by a domain (after caps).
        public var levels: Set<String> = []

        /// Nothing reached (a test whose response did not load).
        public init() {}

        /// What `result` reached.
        public init(_ result: AssessmentResult) {
            rules = Set(result.rules.filter { $0.outcome == .fired }.map(\.id))
            advice = Set(result.advice.map(\.ruleID))
            levels = Set(([result.overall.level] + result.domains.map(\.level)).compactMap { $0 })
        }
    }

    /// One kind of thing a test can reach.
    public struct Part: Sendable, Equatable {
        /// How many the framework has.
        public var total: Int
        /// Those no test reaches, in framework order.
        public var unreached: [String]

        /// Creates a part.
        public init(total: Int, unreached: [String]) {
            self.total = total
            self.unreached = unreached
        }
    }

    /// The framework's id.
    public var frameworkID: String
    /// How many test cases ran.
    public var tests: Int
    /// Rules that fire in no test.
    public var rules: Part
    /// Advice (rules with an `advice` effect) given in no test.
    public var advice: Part
    /// Levels of the growth model no test reaches, overall or in a domain.
    public var levels: Part

    /// The coverage of `outcomes`, the outcomes of `framework`'s tests.
    public init(framework: Framework, outcomes: [FrameworkTestRunner.Outcome]) {
        var reached = Reached()
        for outcome in outcomes {
            reached.rules.formUnion(outcome.reached.rules)
            reached.advice.formUnion(outcome.reached.advice)
            reached.levels.formUnion(outcome.reached.levels)
        }
        frameworkID = framework.id
        tests = outcomes.count
        let ruleIDs = framework.rules.map(\.id)
        rules = Part(total: ruleIDs.count, unreached: ruleIDs.filter { !reached.rules.contains($0) })
        let adviceIDs = framework.rules.filter { $0.effects.contains { $0 is AdviceEffect } }.map(\.id)
        advice = Part(total: adviceIDs.count, unreached: adviceIDs.filter { !reached.advice.contains($0) })
        let levelIDs = framework.growthModel?.levels.map(\.id) ?? []
        levels = Part(total: levelIDs.count, unreached: levelIDs.filter { !reached.levels.contains($0) })
    }

    /// True when every rule, advice and level is reached.
    public var isComplete: Bool { rules.unreached.isEmpty && advice.unreached.isEmpty && levels.unreached.isEmpty }
}
