/// A rule as the engine runs it: the plan of its condition, its `because` text prepared, and
/// what its results show, found once per framework.
///
/// One object per rule rather than a table per property: running a rule read five tables, and
/// each read of a shared object from a table counted a reference.
final class PreparedRule: Sendable {
    /// When it runs (a rule with a level cap runs before levels).
    let stage: RuleStage
    let condition: ExpressionPlan
    let because: BecauseTemplate?
    let id: String
    let domainID: String?
    /// Its effects' names, as its result lists them.
    let effectNames: [String]
    let effects: [any RuleEffect]
    /// The position of its domain, for ordering advice.
    let domain: Int?

    init(_ rule: Rule, framework: Framework) {
        let index = framework.index
        stage = rule.effects.contains { $0.stage == .levels } ? .levels : .advice
        condition = rule.condition.plan
        because = rule.because.map { BecauseTemplate($0, framework: framework) }
        id = rule.id
        domainID = rule.domainID
        effectNames = rule.effects.map { type(of: $0).name }
        effects = rule.effects
        domain = rule.domainID.flatMap { index.domains[$0] }
    }
}
