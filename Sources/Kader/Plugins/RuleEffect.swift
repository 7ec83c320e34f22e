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

/// Which fired rule gave an outcome, and why it fired: held once by the firing and by the advice,
/// strengths, flags and caps it gives (see ``GivenByRule``). The `because` text is put into words
/// when it is read.
public struct RuleOrigin: Sendable {
    /// The rule, as the framework states it.
    var rule: RuleFacts
    /// The `because` text, filled in when read.
    var becauseText: BecauseText?
}

/// Something a fired rule gives: its rule and `because` text come from one ``RuleOrigin``.
public protocol GivenByRule: Sendable {
    /// Which rule gave it, and why.
    var origin: RuleOrigin { get set }
}

extension GivenByRule {
    /// The rule's id.
    public var ruleID: String {
        get { origin.rule.id }
        set { origin.rule = origin.rule.with(id: newValue) }
    }

    /// The rule's domain, if any.
    public var domainID: String? {
        get { origin.rule.domainID }
        set { origin.rule = origin.rule.with(domainID: .some(newValue)) }
    }

    /// The filled-in `because` text, if the rule has one.
    public var because: LocalizedText? {
        get { origin.becauseText?.localized }
        set { origin.becauseText = newValue.map(BecauseText.init) }
    }

    /// The `because` text in one language, put into words only in that language.
    func because(in language: Language) -> String? {
        origin.becauseText?.text(in: language)
    }
}

/// A fired rule, as its effects see it.
public struct RuleFiring: GivenByRule {
    public var origin: RuleOrigin
    /// The conditions that decided it, with the values seen.
    public var conditions: [TraceNode]
}

/// An improvement point ("wat kan beter") with what to do.
///
/// What the framework says (the rule, the text, priority, effort, sources) is held once for every
/// result: a piece of advice holds a reference to it.
public struct Advice: GivenByRule {
    public var origin: RuleOrigin
    var content: AdviceContent
    public var conditions: [TraceNode]

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
public struct Strength: GivenByRule {
    public var origin: RuleOrigin
    public var text: LocalizedText
    public var conditions: [TraceNode]
}

/// A signal that needs attention, apart from advice (for example: an answer that contradicts another).
public struct Flag: GivenByRule {
    /// How serious.
    public enum Severity: String, Sendable, Hashable, CaseIterable { case critical, warning, info }
    public var origin: RuleOrigin
    public var severity: Severity
    public var text: LocalizedText
    public var conditions: [TraceNode]
}

/// A cap on a level: the level may not be higher than `levelID`.
public struct LevelCap: GivenByRule {
    /// Which level the cap applies to.
    public enum Scope: String, Sendable, Hashable { case overall, domain, both }
    public var origin: RuleOrigin
    public var levelID: String
    public var scope: Scope
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
    /// What the value under its key looks like, for `kader schema` and the docs; by default any value.
    static var valueShape: ValueShape { get }
    /// Reads the effect's value; reports problems through `context.sink`, nil on error.
    static func make(_ node: YAMLNode, context: RuleEffectContext) -> Self?
    /// When it acts.
    var stage: RuleStage { get }
    /// Adds its outcome.
    func apply(_ firing: RuleFiring, to outcomes: inout RuleOutcomes)
}
