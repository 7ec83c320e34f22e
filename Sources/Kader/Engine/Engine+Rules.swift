/// Running rules: conditions, effects, `because` texts and outcomes.
extension Engine {
    /// `advicePlaces` gets, for each piece of advice added, where it comes from (``AdviceOrder``).
    func runRules(
        stage: RuleStage, detail: ResultDetail, state: EvaluationState, outcomes: inout RuleOutcomes, results: SlotTable<RuleResult?>,
        advicePlaces: inout [AdviceOrder.Place]
    ) {
        // Only this stage's rules: taking each rule out of the list only to pass it over counted a reference.
        for index in stage == .levels ? tables.levelRules : tables.adviceRules {
            let rule = tables.rules[index]
            // The condition is read without counting a reference to it: the rule holds it, and
            // the rule is held until its result takes it. Counting cost two atomic operations on
            // a shared object per rule per response (a framework runs eighty).
            let value = Unmanaged.passUnretained(rule.condition)._withUnsafeGuaranteedRef { $0.evaluate(in: state) }
            let outcome: RuleOutcome = value.isTrue ? .fired : value == .bool(false) ? .notFired : .unknown
            var reason: BecauseText?
            if outcome == .fired {
                var conditions: [TraceNode] = []
                if detail == .full {
                    reason = rule.because.map { template in BecauseText(template, values: template.values(in: state)) }
                    // The summary trace is taken only for rules that fired: what reports show.
                    conditions = rule.condition.decidingConditions(in: state, value: value)
                }
                let firing = RuleFiring(ruleID: rule.id, domainID: rule.domainID, reason: reason, conditions: conditions)
                for effect in rule.effects { effect.apply(firing, to: &outcomes) }
                while advicePlaces.count < outcomes.advice.count {
                    // Usually the rule's own domain, whose position is known without hashing the id.
                    let domainID = outcomes.advice[advicePlaces.count].domainID
                    let domain = domainID == rule.domainID ? rule.domain : domainID.flatMap { framework.index.domains[$0] }
                    advicePlaces.append(AdviceOrder.Place(rule: index, domain: domain ?? Int.max))
                }
            }
            results[index] = RuleResult(rule: rule, reason: reason, outcome: outcome, undecidedBy: value.missing?.questions ?? [])
        }
    }
}
