/// Conditions that can never be true (``ConditionAnalyzer``): a rule that never fires, a
/// question never asked, a precondition never met, a level's requirement never held.
extension Linter {
    func impossibleConditions() -> [Diagnostic] {
        let analyzer = ConditionAnalyzer(framework: framework)
        var warnings: [Diagnostic] = []
        for rule in framework.rules {
            guard case .impossible(let why) = analyzer.assume(rule.condition) else { continue }
            warnings.append(
                warning(
                    .deadRule, Message(nl: "regel '\(rule.id)' kan nooit afgaan", en: "rule '\(rule.id)' can never fire"),
                    why, in: rule.condition, analyzer: analyzer,
                    advice: Message(
                        nl: "pas de voorwaarde aan of verwijder de regel",
                        en: "change the condition or remove the rule")))
        }
        for question in framework.questions {
            guard let relevance = question.relevance, case .impossible(let why) = analyzer.assume(relevance) else { continue }
            warnings.append(
                warning(
                    .deadRelevance,
                    Message(
                        nl: "vraag '\(question.id)' wordt nooit gesteld",
                        en: "question '\(question.id)' is never asked"),
                    why, in: relevance, analyzer: analyzer,
                    advice: Message(
                        nl: "pas de voorwaarde onder 'relevant' aan, of verwijder hem",
                        en: "change the condition under 'relevant', or remove it")))
        }
        for precondition in framework.preconditions {
            guard case .impossible(let why) = analyzer.assume(precondition.condition) else { continue }
            warnings.append(
                warning(
                    .deadPrecondition,
                    Message(
                        nl: "randvoorwaarde '\(precondition.id)' is nooit vervuld",
                        en: "precondition '\(precondition.id)' is never met"),
                    why, in: precondition.condition, analyzer: analyzer,
                    advice: Message(nl: "pas de voorwaarde aan", en: "change the condition")))
        }
        for level in framework.growthModel?.levels ?? [] {
            guard let requires = level.requires, case .impossible(let why) = analyzer.assume(requires) else { continue }
            warnings.append(
                warning(
                    .deadLevel,
                    Message(
                        nl: "niveau '\(level.id)' is als totaalniveau nooit te halen: "
                            + "'requires' is nooit waar",
                        en: "level '\(level.id)' is never reached as the overall level: "
                            + "'requires' never holds"),
                    why, in: requires, analyzer: analyzer,
                    advice: Message(nl: "pas 'requires' aan", en: "change 'requires'")))
        }
        return warnings
    }

    /// A warning at the impossible part, whose fix says which part that is and why.
    private func warning(
        _ code: DiagnosticCode, _ message: Message, _ why: ConditionAnalyzer.Impossibility, in expression: CheckedExpression,
        analyzer: ConditionAnalyzer, advice: Message
    ) -> Diagnostic {
        let explanation = explain(why, analyzer: analyzer)
        let range = why.range ?? 0..<expression.text.unicodeScalars.count
        return .warning(
            code, message, fix: Message(nl: "\(explanation.nl); \(advice.nl)", en: "\(explanation.en); \(advice.en)"),
            at: expression.origin.location(ofOffset: range.lowerBound, in: expression.text), length: max(1, range.count))
    }

    /// Which part cannot hold, and why: "'score.visie > 120' cannot hold: a score lies between 0 and 100".
    func explain(_ why: ConditionAnalyzer.Impossibility, analyzer: ConditionAnalyzer) -> Message {
        let part = why.part
        switch why.reason {
        case .alwaysFalse:
            return Message(nl: "'\(part)' is altijd onwaar", en: "'\(part)' is always false")
        case .outOfRange(let atom):
            let range = analyzer.describeRange(atom)
            return Message(nl: "'\(part)' kan niet: \(range.nl)", en: "'\(part)' cannot hold: \(range.en)")
        case .contradicts(_, let constraints):
            let earlier = constraints.map(describe)
            return Message(
                nl: "'\(part)' kan niet samen met \(earlier.map(\.nl).joined(separator: " en "))",
                en: "'\(part)' cannot hold together with \(earlier.map(\.en).joined(separator: " and "))")
        case .relevance(let question, let condition, let inner):
            let reason = explain(inner.value, analyzer: analyzer)
            return Message(
                nl: "'\(question)' wordt alleen gevraagd als \(condition), en dat kan hier niet ('\(part)'): \(reason.nl)",
                en: "'\(question)' is only asked when \(condition), which cannot hold here ('\(part)'): \(reason.en)")
        case .neverRelated:
            return Message(
                nl: "'\(part)' kan niet: de waarden aan beide kanten kunnen nooit zo uitkomen",
                en: "'\(part)' cannot hold: the values on its two sides can never compare like that")
        }
    }

    /// "'commissie == 'ja'' (the condition under which 'plan' is asked)".
    private func describe(_ constraint: ConditionAnalyzer.Constraint) -> Message {
        guard let question = constraint.viaRelevanceOf else { return Message(nl: "'\(constraint.text)'", en: "'\(constraint.text)'") }
        return Message(
            nl: "'\(constraint.text)' (de voorwaarde waaronder '\(question)' gevraagd wordt)",
            en: "'\(constraint.text)' (the condition under which '\(question)' is asked)")
    }
}
