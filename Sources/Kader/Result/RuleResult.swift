/// Whether a rule fired.
public enum RuleOutcome: String, Sendable, Hashable {
    case fired
    case notFired = "not_fired"
    /// The condition was unknown: answers it needs are missing.
    case unknown
}

/// One rule's outcome, fired or not.
public struct RuleResult: GivenByRule {
    /// The rule's id.
    public let id: String
    public let domainID: String?
    /// The `because` text as the engine filled it in, put into words when it is read.
    let reason: BecauseText?
    public let outcome: RuleOutcome
    /// The effects the rule has, by name.
    public let effects: [String]
    /// Questions whose answers would decide an unknown rule.
    public let undecidedBy: [String]

    /// The rule's id (``id``), as the outcomes it gives name it.
    public var ruleID: String { id }
    /// When fired, the rule's `because`, filled in with the values it saw.
    public var because: LocalizedText? { reason?.localized }
}
