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
    /// The rule, as the framework states it.
    var rule: RuleFacts
    /// The `because` text, put into words when read.
    var becauseText: BecauseText?
    /// The conditions that decided it, with the values seen.
    public var conditions: [TraceNode]

    /// The rule's id.
    public var ruleID: String {
        get { rule.id }
        set { rule = rule.with(id: newValue) }
    }

    /// The rule's domain, if any.
    public var domainID: String? {
        get { rule.domainID }
        set { rule = rule.with(domainID: .some(newValue)) }
    }

    /// The filled-in `because` text, if the rule has one.
    public var because: LocalizedText? {
        get { becauseText?.localized }
        set { becauseText = newValue.map(BecauseText.init) }
    }
}

/// An improvement point ("wat kan beter") with what to do.
///
/// What the framework says (the rule, the text, priority, effort, sources) is held once for every
/// result: a piece of advice holds a reference to it, and the `because` text is put into words
/// when it is read.
public struct Advice: Sendable {
    var rule: RuleFacts
    var content: AdviceContent
    var becauseText: BecauseText?
    public var conditions: [TraceNode]

    public var ruleID: String {
        get { rule.id }
        set { rule = rule.with(id: newValue) }
    }

    public var domainID: String? {
        get { rule.domainID }
        set { rule = rule.with(domainID: .some(newValue)) }
    }

    public var text: LocalizedText {
        get { content.text }
        set { content = content.with(text: newValue) }
    }

    public var firstStep: LocalizedText? {
        get { content.firstStep }
        set { content = content.with(firstStep: .some(newValue)) }
    }

    public var priority: Priority {
        get { content.priority }
        set { content = content.with(priority: newValue) }
    }

    public var effort: Effort {
        get { content.effort }
        set { content = content.with(effort: newValue) }
    }

    public var sources: [String] {
        get { content.sources }
        set { content = content.with(sources: newValue) }
    }

    public var because: LocalizedText? {
        get { becauseText?.localized }
        set { becauseText = newValue.map(BecauseText.init) }
    }
}

/// What an `advice:` effect says, once per rule.
final class AdviceContent: Sendable {
    let text: LocalizedText
    let firstStep: LocalizedText?
    let priority: Priority
    let effort: Effort
    let sources: [String]

    init(text: LocalizedText, firstStep: LocalizedText?, priority: Priority, effort: Effort, sources: [String]) {
        self.text = text
        self.firstStep = firstStep
        self.priority = priority
        self.effort = effort
        self.sources = sources
    }

    func with(text: LocalizedText? = nil, firstStep: LocalizedText?? = nil, priority: Priority? = nil, effort: Effort? = nil,
              sources: [String]? = nil) -> AdviceContent {
        AdviceContent(text: text ?? self.text, firstStep: firstStep ?? self.firstStep, priority: priority ?? self.priority,
                      effort: effort ?? self.effort, sources: sources ?? self.sources)
    }
}

/// Something that goes well ("wat gaat goed").
public struct Strength: Sendable {
    var rule: RuleFacts
    public var text: LocalizedText
    var becauseText: BecauseText?
    public var conditions: [TraceNode]

    public var ruleID: String {
        get { rule.id }
        set { rule = rule.with(id: newValue) }
    }

    public var domainID: String? {
        get { rule.domainID }
        set { rule = rule.with(domainID: .some(newValue)) }
    }

    public var because: LocalizedText? {
        get { becauseText?.localized }
        set { becauseText = newValue.map(BecauseText.init) }
    }
}

/// A signal that needs attention, apart from advice (for example: an answer that contradicts another).
public struct Flag: Sendable {
    /// How serious.
    public enum Severity: String, Sendable, Hashable, CaseIterable { case critical, warning, info }
    var rule: RuleFacts
    public var severity: Severity
    public var text: LocalizedText
    var becauseText: BecauseText?
    public var conditions: [TraceNode]

    public var ruleID: String {
        get { rule.id }
        set { rule = rule.with(id: newValue) }
    }

    public var domainID: String? {
        get { rule.domainID }
        set { rule = rule.with(domainID: .some(newValue)) }
    }

    public var because: LocalizedText? {
        get { becauseText?.localized }
        set { becauseText = newValue.map(BecauseText.init) }
    }
}

/// A cap on a level: the level may not be higher than `levelID`.
public struct LevelCap: Sendable {
    /// Which level the cap applies to.
    public enum Scope: String, Sendable, Hashable { case overall, domain, both }
    var rule: RuleFacts
    public var levelID: String
    public var scope: Scope
    var becauseText: BecauseText?

    public var ruleID: String {
        get { rule.id }
        set { rule = rule.with(id: newValue) }
    }

    public var domainID: String? {
        get { rule.domainID }
        set { rule = rule.with(domainID: .some(newValue)) }
    }

    public var because: LocalizedText? {
        get { becauseText?.localized }
        set { becauseText = newValue.map(BecauseText.init) }
    }
}

extension RuleFiring {
    // Made through the memberwise initialisers: one written out in a type made Swift build the
    // value aside and copy it into place, counting its references twice.
    init(rule: RuleFacts, because: BecauseText?, conditions: [TraceNode]) {
        self.init(rule: rule, becauseText: because, conditions: conditions)
    }
}

extension Advice {
    init(rule: RuleFacts, content: AdviceContent, because: BecauseText?, conditions: [TraceNode]) {
        self.init(rule: rule, content: content, becauseText: because, conditions: conditions)
    }
}

extension Strength {
    init(rule: RuleFacts, text: LocalizedText, because: BecauseText?, conditions: [TraceNode]) {
        self.init(rule: rule, text: text, becauseText: because, conditions: conditions)
    }
}

extension Flag {
    init(rule: RuleFacts, severity: Severity, text: LocalizedText, because: BecauseText?, conditions: [TraceNode]) {
        self.init(rule: rule, severity: severity, text: text, becauseText: because, conditions: conditions)
    }
}

extension LevelCap {
    init(rule: RuleFacts, levelID: String, scope: Scope, because: BecauseText?) {
        self.init(rule: rule, levelID: levelID, scope: scope, becauseText: because)
    }
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
