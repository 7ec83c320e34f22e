/// When a rule's effect acts.
public enum RuleStage: Sendable, Hashable {
    /// Before levels are final: caps. Conditions may not read levels or grades.
    case levels
    /// After levels and grades: advice, strengths, flags.
    case advice
}

/// What a rule effect's `make` can see of the framework.
public struct RuleEffectContext {
    /// The rule's id.
    public var ruleID: String
    /// The rule's domain, if it names one.
    public var domainID: String?
    /// Level ids, lowest first.
    public var levelIDs: [String]
    /// Source ids.
    public var sourceIDs: [String]
    /// The ids of the framework's documents (`resources:`).
    public var resourceIDs: [String] = []
    /// Where problems go.
    public var sink: DiagnosticSink
}

/// A fired rule, as its effects see it: what the outcomes it gives are made from
/// (``Advice/init(_:text:firstStep:priority:effort:sources:resources:)`` and the like).
public struct RuleFiring: GivenByRule {
    public let ruleID: String
    public let domainID: String?
    /// The `because` text as the engine filled it in, put into words when it is read.
    let reason: BecauseText?
    /// The conditions that decided it, with the values seen.
    public let conditions: [TraceNode]

    public var because: LocalizedText? { reason?.localized }
}

extension RuleFiring {
    /// A firing of rule `ruleID`, for testing an effect.
    public init(ruleID: String, domainID: String? = nil, because: LocalizedText? = nil, conditions: [TraceNode] = []) {
        self.init(ruleID: ruleID, domainID: domainID, reason: because.map(BecauseText.init), conditions: conditions)
    }
}

/// Everything the fired rules produced.
public struct RuleOutcomes: Sendable {
    public var advice: [Advice] = []
    public var strengths: [Strength] = []
    public var flags: [Flag] = []
    public var caps: [LevelCap] = []
    /// What other effects gave (a plugin's), in the order the rules fired.
    public var other: [OtherOutcome] = []

    /// Creates empty outcomes.
    public init() {}
}

/// What a rule does when its condition holds. Each effect is a YAML key on a rule (`advice:`,
/// `strength:`, `flag:`, `cap:`); register your own with ``PluginRegistry/register(ruleEffect:)``.
public protocol RuleEffect: Sendable {
    /// The YAML key.
    static var name: String { get }
    /// One sentence on what it does.
    static var summary: Message { get }
    /// What the value under its key looks like, for `kader schema` and the docs; by default any value.
    static var valueShape: ValueShape { get }
    /// Reads the effect's value; reports problems through `context.sink`, nil on error.
    static func make(_ node: YAMLNode, context: RuleEffectContext) -> Self?
    /// When it acts.
    var stage: RuleStage { get }
    /// Adds its outcome.
    func apply(_ firing: RuleFiring, to outcomes: inout RuleOutcomes)
}
