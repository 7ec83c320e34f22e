/// Whether a rule fired.
public enum RuleOutcome: String, Sendable, Hashable {
    case fired
    case notFired = "not_fired"
    /// The condition was unknown: answers it needs are missing.
    case unknown
}

/// One rule's outcome, fired or not.
///
/// The rule's id, domain and effect names are read from the rule as the engine prepared it,
/// shared by every result: a framework's eighty rules gave each response eighty copies of them.
public struct RuleResult: GivenByRule {
    /// The rule, as the engine runs it.
    let rule: PreparedRule
    /// The `because` text as the engine filled it in, put into words when it is read.
    let reason: BecauseText?
    public let outcome: RuleOutcome
    /// Questions whose answers would decide an unknown rule.
    public let undecidedBy: [String]

    /// The rule's id.
    public var id: String { rule.id }
    public var domainID: String? { rule.domainID }
    /// The effects the rule has, by name.
    public var effects: [String] { rule.effectNames }
    /// The rule's id (``id``), as the outcomes it gives name it.
    public var ruleID: String { id }
    /// When fired, the rule's `because`, filled in with the values it saw.
    public var because: LocalizedText? { reason?.localized }
}
