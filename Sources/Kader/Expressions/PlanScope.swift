/// What an ``ExpressionPlan`` reads while it runs.
///
/// The engine's evaluation state reads a name at the position the checker found for it, so a
/// rule reads an array instead of hashing an id; any other ``EvaluationScope`` (a plugin's, the
/// fuzzer's) is read by id through ``ScopeByID``. `name` is where the plan keeps the name's id
/// (``ExpressionPlan/names``), for the scopes that need it.
protocol PlanScope: EvaluationScope {
    /// The answer to the question at `slot` in framework order.
    func answer(at slot: Int, name: Int32) -> Value
    /// The item score of the question at `slot`.
    func itemScore(at slot: Int, name: Int32) -> Value
    /// A domain, derived or the overall score.
    func score(at slot: ResolvedName.Slot, name: Int32) -> Value
    /// A domain's or the overall level.
    func level(at slot: ResolvedName.Slot, name: Int32) -> Value
    /// A domain's or the overall grade.
    func grade(at slot: ResolvedName.Slot, name: Int32) -> Value
    /// A raw value of the domain at position `slot`.
    func domainFact(_ fact: DomainFact, at slot: Int, name: Int32) -> Value
    /// Lists for function arguments, reused by every call.
    var argumentLists: ArgumentLists { get }
}

/// Any scope, read by id: what ``Evaluator/evaluate(_:in:)`` and ``Evaluator/trace(_:in:depth:)``
/// run a plan in.
struct ScopeByID: PlanScope {
    let base: any EvaluationScope
    let plan: ExpressionPlan
    let argumentLists = ArgumentLists()

    init(_ base: any EvaluationScope, plan: ExpressionPlan) {
        self.base = base
        self.plan = plan
    }

    func answer(at slot: Int, name: Int32) -> Value { base.answer(plan.names[Int(name)]) }
    func itemScore(at slot: Int, name: Int32) -> Value { base.itemScore(plan.names[Int(name)]) }
    func score(at slot: ResolvedName.Slot, name: Int32) -> Value { base.score(plan.names[Int(name)]) }
    func level(at slot: ResolvedName.Slot, name: Int32) -> Value { base.level(plan.names[Int(name)]) }
    func grade(at slot: ResolvedName.Slot, name: Int32) -> Value { base.grade(plan.names[Int(name)]) }
    func domainFact(_ fact: DomainFact, at slot: Int, name: Int32) -> Value { base.domainFact(fact, of: plan.names[Int(name)]) }

    func answer(_ id: String) -> Value { base.answer(id) }
    func itemScore(_ id: String) -> Value { base.itemScore(id) }
    func score(_ id: String) -> Value { base.score(id) }
    func level(_ id: String) -> Value { base.level(id) }
    func grade(_ id: String) -> Value { base.grade(id) }
    func domainFact(_ fact: DomainFact, of domainID: String) -> Value { base.domainFact(fact, of: domainID) }
    func context(_ key: String) -> Value { base.context(key) }
    func variable(_ name: String) -> Value { base.variable(name) }
    func domainItems(_ domainID: String) -> [Double] { base.domainItems(domainID) }
}
