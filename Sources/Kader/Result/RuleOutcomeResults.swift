/// Something a fired rule gives: which rule, its domain, and why it fired.
public protocol GivenByRule: Sendable {
    /// The rule's id.
    var ruleID: String { get }
    /// The rule's domain, if it names one.
    var domainID: String? { get }
    /// The rule's `because`, filled in with the values it saw; nil when the rule has none.
    var because: LocalizedText? { get }
}

/// An improvement point ("wat kan beter") with what to do.
public struct Advice: GivenByRule {
    public let ruleID: String
    public let domainID: String?
    /// The `because` text as the engine filled it in, put into words when it is read.
    let reason: BecauseText?
    /// What the advice says, shared by every response its rule fires for.
    let content: AdviceContent
    /// The conditions that decided the rule, with the values seen.
    public let conditions: [TraceNode]

    /// The improvement point.
    public var text: LocalizedText { content.text }
    /// A first concrete step.
    public var firstStep: LocalizedText? { content.firstStep }
    /// How urgent it is; critical advice comes first.
    public var priority: Priority { content.priority }
    /// How much work it is; quick wins come before structural work.
    public var effort: Effort { content.effort }
    /// Source ids.
    public var sources: [String] { content.sources }
    /// The ids of the framework's documents it presumes (``FrameworkResource``).
    public var resources: [String] { content.resources }

    public var because: LocalizedText? { reason?.localized }
}

/// What a piece of advice says, made once per rule when the framework loads: each response the
/// rule fires for holds this one object, where its advice used to copy two texts, two lists and
/// their references (a batch gives some sixteen pieces of advice per response).
final class AdviceContent: Sendable {
    let text: LocalizedText
    let firstStep: LocalizedText?
    let priority: Priority
    let effort: Effort
    let sources: [String]
    let resources: [String]

    init(text: LocalizedText, firstStep: LocalizedText?, priority: Priority, effort: Effort, sources: [String], resources: [String]) {
        self.text = text
        self.firstStep = firstStep
        self.priority = priority
        self.effort = effort
        self.sources = sources
        self.resources = resources
    }
}

/// Something that goes well ("wat gaat goed").
public struct Strength: GivenByRule {
    public let ruleID: String
    public let domainID: String?
    /// The `because` text as the engine filled it in, put into words when it is read.
    let reason: BecauseText?
    /// What goes well.
    public let text: LocalizedText
    /// The conditions that decided the rule, with the values seen.
    public let conditions: [TraceNode]

    public var because: LocalizedText? { reason?.localized }
}

/// A signal that needs attention, apart from advice (for example: an answer that contradicts another).
public struct Flag: GivenByRule {
    /// How serious.
    public enum Severity: String, Sendable, Hashable, CaseIterable { case critical, warning, info }

    public let ruleID: String
    public let domainID: String?
    /// The `because` text as the engine filled it in, put into words when it is read.
    let reason: BecauseText?
    public let severity: Severity
    /// The signal.
    public let text: LocalizedText
    /// The conditions that decided the rule, with the values seen.
    public let conditions: [TraceNode]

    public var because: LocalizedText? { reason?.localized }
}

/// A cap on a level: the level may not be higher than `levelID`.
public struct LevelCap: GivenByRule {
    /// Which level the cap applies to.
    public enum Scope: String, Sendable, Hashable { case overall, domain, both }

    public let ruleID: String
    public let domainID: String?
    /// The `because` text as the engine filled it in, put into words when it is read.
    let reason: BecauseText?
    /// The highest level allowed.
    public let levelID: String
    public let scope: Scope

    public var because: LocalizedText? { reason?.localized }
}

/// What a rule effect registered by a plugin gives (for example a point for the next meeting's
/// agenda): shown in the result's `other_outcomes`, and by every report under its heading.
public struct OtherOutcome: GivenByRule {
    /// The effect's YAML key (``RuleEffect/name``).
    public let effect: String
    /// The heading reports list outcomes of this effect under ("Bespreekpunten").
    public let heading: LocalizedText
    public let ruleID: String
    public let domainID: String?
    /// The `because` text as the engine filled it in, put into words when it is read.
    let reason: BecauseText?
    /// What the outcome says.
    public let text: LocalizedText
    /// The conditions that decided the rule, with the values seen.
    public let conditions: [TraceNode]

    public var because: LocalizedText? { reason?.localized }
}

// Made through the memberwise initialisers: one written out in the type made Swift build the
// value aside and copy it into place, counting its references twice.
extension Advice {
    /// Advice with every part given.
    public init(
        ruleID: String, domainID: String? = nil, because: LocalizedText? = nil, text: LocalizedText,
        firstStep: LocalizedText? = nil, priority: Priority = .medium, effort: Effort = .moderate, sources: [String] = [],
        resources: [String] = [], conditions: [TraceNode] = []
    ) {
        self.init(
            ruleID: ruleID, domainID: domainID, reason: because.map(BecauseText.init),
            content: AdviceContent(
                text: text, firstStep: firstStep, priority: priority, effort: effort, sources: sources, resources: resources),
            conditions: conditions)
    }

    /// Advice given by `firing`: its rule, domain, `because` and conditions.
    public init(
        _ firing: RuleFiring, text: LocalizedText, firstStep: LocalizedText? = nil, priority: Priority = .medium,
        effort: Effort = .moderate, sources: [String] = [], resources: [String] = []
    ) {
        self.init(
            firing,
            content: AdviceContent(
                text: text, firstStep: firstStep, priority: priority, effort: effort, sources: sources, resources: resources))
    }

    /// Advice given by `firing`, saying what `content` says.
    init(_ firing: RuleFiring, content: AdviceContent) {
        self.init(ruleID: firing.ruleID, domainID: firing.domainID, reason: firing.reason, content: content, conditions: firing.conditions)
    }
}

extension Strength {
    /// A strength with every part given.
    public init(ruleID: String, domainID: String? = nil, because: LocalizedText? = nil, text: LocalizedText, conditions: [TraceNode] = []) {
        self.init(ruleID: ruleID, domainID: domainID, reason: because.map(BecauseText.init), text: text, conditions: conditions)
    }

    /// A strength given by `firing`.
    public init(_ firing: RuleFiring, text: LocalizedText) {
        self.init(ruleID: firing.ruleID, domainID: firing.domainID, reason: firing.reason, text: text, conditions: firing.conditions)
    }
}

extension Flag {
    /// A flag with every part given.
    public init(
        ruleID: String, domainID: String? = nil, because: LocalizedText? = nil, severity: Severity, text: LocalizedText,
        conditions: [TraceNode] = []
    ) {
        self.init(
            ruleID: ruleID, domainID: domainID, reason: because.map(BecauseText.init), severity: severity, text: text,
            conditions: conditions)
    }

    /// A flag given by `firing`.
    public init(_ firing: RuleFiring, severity: Severity, text: LocalizedText) {
        self.init(
            ruleID: firing.ruleID, domainID: firing.domainID, reason: firing.reason, severity: severity, text: text,
            conditions: firing.conditions)
    }
}

extension LevelCap {
    /// A cap with every part given.
    public init(ruleID: String, domainID: String? = nil, because: LocalizedText? = nil, levelID: String, scope: Scope) {
        self.init(ruleID: ruleID, domainID: domainID, reason: because.map(BecauseText.init), levelID: levelID, scope: scope)
    }

    /// A cap given by `firing`.
    public init(_ firing: RuleFiring, levelID: String, scope: Scope) {
        self.init(ruleID: firing.ruleID, domainID: firing.domainID, reason: firing.reason, levelID: levelID, scope: scope)
    }
}

extension OtherOutcome {
    /// An outcome with every part given.
    public init(
        effect: String, heading: LocalizedText, ruleID: String, domainID: String? = nil, because: LocalizedText? = nil,
        text: LocalizedText, conditions: [TraceNode] = []
    ) {
        self.init(
            effect: effect, heading: heading, ruleID: ruleID, domainID: domainID, reason: because.map(BecauseText.init), text: text,
            conditions: conditions)
    }

    /// An outcome of effect `effect` given by `firing`.
    public init(_ firing: RuleFiring, effect: String, heading: LocalizedText, text: LocalizedText) {
        self.init(
            effect: effect, heading: heading, ruleID: firing.ruleID, domainID: firing.domainID, reason: firing.reason, text: text,
            conditions: firing.conditions)
    }
}

extension AssessmentResult {
    /// The other outcomes grouped by effect, each group under its heading, in the order each
    /// effect first gave one: how reports list them.
    public var otherOutcomesByEffect: [(heading: LocalizedText, outcomes: [OtherOutcome])] {
        var groups: [(effect: String, heading: LocalizedText, outcomes: [OtherOutcome])] = []
        for outcome in otherOutcomes {
            if let index = groups.firstIndex(where: { $0.effect == outcome.effect }) {
                groups[index].outcomes.append(outcome)
            } else {
                groups.append((outcome.effect, outcome.heading, [outcome]))
            }
        }
        return groups.map { ($0.heading, $0.outcomes) }
    }
}
