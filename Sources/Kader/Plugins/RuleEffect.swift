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
    /// Where problems go.
    public var sink: DiagnosticSink
}

/// A fired rule, as its effects see it.
public struct RuleFiring: Sendable {
    /// The rule's id.
    public var ruleID: String
    /// The rule's domain, if any.
    public var domainID: String?
    /// The filled-in `because` text, if the rule has one.
    public var because: LocalizedText?
    /// The conditions that decided it, with the values seen.
    public var conditions: [TraceNode]
}

/// An improvement point ("wat kan beter") with what to do.
public struct Advice: Sendable {
    public var ruleID: String
    public var domainID: String?
    public var text: LocalizedText
    public var firstStep: LocalizedText?
    public var priority: Priority
    public var effort: Effort
    public var sources: [String]
    public var because: LocalizedText?
    public var conditions: [TraceNode]
}

/// Something that goes well ("wat gaat goed").
public struct Strength: Sendable {
    public var ruleID: String
    public var domainID: String?
    public var text: LocalizedText
    public var because: LocalizedText?
    public var conditions: [TraceNode]
}

/// A signal that needs attention, apart from advice (for example: an answer that contradicts another).
public struct Flag: Sendable {
    /// How serious.
    public enum Severity: String, Sendable, Hashable, CaseIterable { case critical, warning, info }
    public var ruleID: String
    public var domainID: String?
    public var severity: Severity
    public var text: LocalizedText
    public var because: LocalizedText?
    public var conditions: [TraceNode]
}

/// A cap on a level: the level may not be higher than `levelID`.
public struct LevelCap: Sendable {
    /// Which level the cap applies to.
    public enum Scope: String, Sendable, Hashable { case overall, domain, both }
    public var ruleID: String
    public var domainID: String?
    public var levelID: String
    public var scope: Scope
    public var because: LocalizedText?
}

/// Everything the fired rules produced.
public struct RuleOutcomes: Sendable {
    public var advice: [Advice] = []
    public var strengths: [Strength] = []
    public var flags: [Flag] = []
    public var caps: [LevelCap] = []
    /// Outputs of third-party effects: effect name and text.
    public var other: [(effect: String, ruleID: String, text: LocalizedText)] = []

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
    /// Reads the effect's value; reports problems through `context.sink`, nil on error.
    static func make(_ node: YAMLNode, context: RuleEffectContext) -> Self?
    /// When it acts.
    var stage: RuleStage { get }
    /// Adds its outcome.
    func apply(_ firing: RuleFiring, to outcomes: inout RuleOutcomes)
}
