/// Running rules: conditions, effects, `because` texts and outcomes.
extension Engine {
    /// `adviceRules` gets, for each piece of advice added, the position of the rule that gave it.
    func runRules(stage: RuleStage, state: EvaluationState, outcomes: inout RuleOutcomes, results: SlotTable<RuleResult?>, adviceRules: inout [Int]) {
        for (index, rule) in tables.rules.enumerated() where rule.stage == stage {
            let value = rule.condition.evaluate(in: state)
            let outcome: RuleOutcome = value.isTrue ? .fired : value == .bool(false) ? .notFired : .unknown
            var reason: BecauseText?
            if outcome == .fired {
                reason = rule.because.map { template in BecauseText(template, values: template.placeholders.map { $0.expression.plan.evaluate(in: state) }) }
                // The summary trace is taken only for rules that fired: cheap, and what reports show.
                let firing = RuleFiring(ruleID: rule.id, domainID: rule.domainID, reason: reason,
                                        conditions: rule.condition.decidingConditions(in: state, value: value))
                for effect in rule.effects { effect.apply(firing, to: &outcomes) }
                while adviceRules.count < outcomes.advice.count { adviceRules.append(index) }
            }
            results[index] = RuleResult(id: rule.id, domainID: rule.domainID, reason: reason, outcome: outcome, effects: rule.effectNames,
                                        undecidedBy: value.missing?.questions ?? [])
        }
    }
}
