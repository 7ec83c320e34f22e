/// Running rules: conditions, effects, `because` texts and outcomes.
extension Engine {
    func runRules(stage: RuleStage, state: EvaluationState, outcomes: inout RuleOutcomes, results: inout [RuleResult?]) {
        // By index: a `for rule in rules` loop would copy every rule, twice per response.
        for index in framework.rules.indices where tables.ruleStages[index] == stage {
            let value = tables.ruleConditions[index].evaluate(in: state)
            let outcome: RuleOutcome = value.isTrue ? .fired : value == .bool(false) ? .notFired : .unknown
            var because: LocalizedText?
            if outcome == .fired {
                let rule = framework.rules[index]
                because = tables.ruleBecause[index].map { fill($0, state: state) }
                // The summary trace is taken only for rules that fired: cheap, and what reports show.
                let firing = RuleFiring(ruleID: rule.id, domainID: rule.domainID, because: because,
                                        conditions: tables.ruleConditions[index].decidingConditions(in: state))
                for effect in rule.effects { effect.apply(firing, to: &outcomes) }
            }
            results[index] = RuleResult(id: framework.rules[index].id, outcome: outcome, undecidedBy: value.missing?.questions ?? [], because: because,
                                        effects: tables.ruleEffectNames[index])
        }
    }

    /// Fills a `because` template with the values seen, in both languages.
    func fill(_ template: PreparedTemplate, state: EvaluationState) -> LocalizedText {
        LocalizedText(nl: render(template.nl, state: state, language: .nl), en: render(template.en, state: state, language: .en))
    }

    private func render(_ parts: [PreparedTemplate.Part], state: EvaluationState, language: Language) -> String {
        var text = ""
        text.reserveCapacity(256)
        for part in parts {
            switch part {
            case .text(let piece): text += piece
            case .value(let placeholder):
                let (flat, expression, question) = (placeholder.flat, placeholder.expression, placeholder.question)
                let value = flat.evaluate(in: state)
                // The common case, an option chosen, from the engine's tables: the same words
                // ``ValueText/describe`` finds by searching the framework.
                if let question, case .option(let id, _) = value, let option = tables.option(id, of: question) {
                    text += option.label.text(in: language)
                } else {
                    text += ValueText.describe(value, expression: expression, framework: framework, language: language)
                }
            }
        }
        return text
    }
}

/// A `because` template with its placeholders laid out for the engine (``FlatExpression``).
struct PreparedTemplate: Sendable {
    enum Part: Sendable {
        case text(String)
        case value(Placeholder)
    }

    /// A placeholder: its flat form, the checked form (to put the value in words), and the
    /// position of the question when it names an answer. A class, so that walking the parts
    /// does not copy the expression.
    final class Placeholder: Sendable {
        let flat: FlatExpression
        let expression: CheckedExpression
        let question: Int?

        init(_ expression: CheckedExpression) {
            flat = FlatExpression(expression)
            self.expression = expression
            if case .answer(let name) = expression.root.operation, case .question(let slot) = name.slot { question = slot } else { question = nil }
        }
    }

    let nl: [Part]
    let en: [Part]

    init(_ template: Template) {
        func prepare(_ parts: [Template.Part]) -> [Part] {
            parts.map { part in
                switch part {
                case .text(let text): return .text(text)
                case .value(let expression): return .value(Placeholder(expression))
                }
            }
        }
        nl = prepare(template.nl)
        en = prepare(template.en)
    }
}

/// Values in words for people: option labels, level labels, numbers with a decimal comma in Dutch.
public enum ValueText {
    /// `value` as a person reads it, using labels from the framework.
    public static func describe(_ value: Value, expression: CheckedExpression? = nil, framework: Framework, language: Language) -> String {
        // The question's kind only: copying the whole question would copy its texts and conditions.
        var kind: (any QuestionKind)?
        if case .answer(let name)? = expression?.root.operation, let path = framework.index.questions[name.id] {
            kind = framework.domains[path.domain].questions[path.question].kind
        }
        switch (value, expression?.root.operation) {
        case (.number(let n), .score?): return fixed(n, decimals: framework.scoring.rounding.decimals, language: language)
        case (.number(let n), .grade?): return fixed(n, decimals: framework.grades?.rounding.decimals ?? 1, language: language)
        case (.options(let ids), _) where kind != nil:
            let labels = ids.map { id in kind?.options.first { $0.id == id }?.label.text(in: language) ?? id }
            return labels.isEmpty ? (language == .nl ? "geen" : "none") : labels.joined(separator: ", ")
        case (.missing(let missing), _) where missing.reason == .unknown || missing.reason == .notApplicable:
            // The scale's own words for "weet niet" and "n.v.t.", as the respondent saw them.
            let role: OptionRole = missing.reason == .unknown ? .unknown : .notApplicable
            if let option = kind?.options.first(where: { $0.role == role }) { return option.label.text(in: language) }
        default: break
        }
        switch value {
        case .option(let id, _):
            if let option = kind?.options.first(where: { $0.id == id }) {
                return option.label.text(in: language)
            }
            for question in framework.questions { if let option = question.kind.options.first(where: { $0.id == id }) { return option.label.text(in: language) } }
            return id
        case .level(let index, _):
            return framework.growthModel?.levels[index].label.text(in: language) ?? value.display
        case .number(let n):
            return number(n, language: language)
        case .bool(let b):
            return language == .nl ? (b ? "ja" : "nee") : (b ? "yes" : "no")
        case .text(let t):
            return t
        case .options(let ids):
            return ids.joined(separator: ", ")
        case .list(let items):
            return items.map { describe($0, framework: framework, language: language) }.joined(separator: ", ")
        case .missing(let missing):
            return missingText(missing.reason, language: language)
        }
    }

    /// A number with exactly `decimals` decimals (as a framework declares for scores and grades);
    /// a decimal comma in Dutch.
    public static func fixed(_ n: Double, decimals: Int, language: Language) -> String {
        let rounded = Rounding(decimals: decimals, mode: .halfUp).apply(n)
        let negative = rounded < 0
        var factor = 1.0
        for _ in 0..<max(0, decimals) { factor *= 10 }
        let scaled = Int((abs(rounded) * factor).rounded())
        let whole = scaled / Int(factor)
        var text = String(whole)
        if decimals > 0 {
            let fraction = String(scaled % Int(factor))
            text += (language == .nl ? "," : ".") + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return negative ? "-" + text : text
    }

    /// A number with at most one decimal; a decimal comma in Dutch.
    public static func number(_ n: Double, language: Language) -> String {
        let text = ExpressionFormat.number(Rounding(decimals: 1, mode: .halfUp).apply(n))
        return language == .nl ? String(text.map { $0 == "." ? "," : $0 }) : text
    }

    /// Why something is missing, in words.
    public static func missingText(_ reason: MissingReason, language: Language) -> String {
        switch (reason, language) {
        case (.unanswered, .nl): "niet ingevuld"
        case (.unanswered, .en): "not answered"
        case (.unknown, .nl): "weet niet"
        case (.unknown, .en): "don't know"
        case (.notApplicable, .nl): "n.v.t."
        case (.notApplicable, .en): "not applicable"
        case (.notRelevant, .nl): "niet van toepassing"
        case (.notRelevant, .en): "not relevant"
        case (.insufficient, .nl): "onvoldoende gegevens"
        case (.insufficient, .en): "insufficient data"
        case (.undefined, .nl): "niet te bepalen"
        case (.undefined, .en): "undefined"
        }
    }
}

/// The order advice is shown in: critical first, then priority, quick wins before structural
/// work, then the framework's domain order and rule order.
enum AdviceOrder {
    static func sorted(_ advice: [Advice], framework: Framework, ruleIndex: [String: Int]) -> [Advice] {
        // The sort key of each piece of advice, looked up once rather than at every comparison.
        let keys = advice.enumerated().map { offset, a in
            (priority: a.priority.rank, effort: a.effort.rank, domain: a.domainID.flatMap { framework.index.domains[$0] } ?? Int.max,
             rule: ruleIndex[a.ruleID] ?? 0, offset: offset)
        }
        return keys.sorted { a, b in
            (a.priority, a.effort, a.domain, a.rule, a.offset) < (b.priority, b.effort, b.domain, b.rule, b.offset)
        }.map { advice[$0.offset] }
    }
}
