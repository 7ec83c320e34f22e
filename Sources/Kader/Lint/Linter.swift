/// Static checks on a loaded framework: things that are valid but probably not meant.
///
/// - a condition that can never be true (``ConditionAnalyzer``): a rule that never fires (a number
///   compared beyond its bounds, a score beyond 0-100, an option below the lowest, a condition
///   that contradicts itself, a rule on a question that is only asked when the rule cannot
///   hold), a question never asked, a precondition never met, a level's `requires` never held;
/// - an outcome another rule always makes useless: a cap while a lower cap always applies too,
///   advice, a strength or a flag whose text another rule always gives as well;
/// - a scored question that feeds no score because its domain has no valid aggregation
///   (never), or an unscored, non-text question no rule reads;
/// - a domain without any advice for a low score;
/// - a question marked critical that no rule reads;
/// - a level's `requires` without `requires_text`, or a cap without `because`: reports would
///   have no words for why a level is lower than its score;
/// - the keys that shape a report used where they can do nothing (``reportKeyMisuses()``): a
///   `focus` that leaves "Later" empty, `allow:` shutting out both non-answers of a question that
///   is not required, `unknown:` on a question without "weet niet" or points, `grades.when_capped`
///   without any cap.
public struct Linter {
    let framework: Framework

    /// Creates a linter.
    public init(framework: Framework) { self.framework = framework }

    /// Every warning, in framework order.
    public func run() -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        warnings += impossibleConditions()
        warnings += overriddenCaps()
        warnings += duplicatedOutcomes()
        warnings += unusedQuestions()
        warnings += domainsWithoutAdvice()
        warnings += levelReasonsWithoutWords()
        warnings += reportKeyMisuses()
        return warnings
    }

    private func allReferences() -> Set<ExpressionReference> {
        var references = Set<ExpressionReference>()
        for rule in framework.rules { references.formUnion(rule.condition.references) }
        for precondition in framework.preconditions { references.formUnion(precondition.condition.references) }
        for question in framework.questions { references.formUnion(question.relevance?.references ?? []) }
        for level in framework.growthModel?.levels ?? [] { references.formUnion(level.requires?.references ?? []) }
        for score in framework.scoring.derived {
            if case .expression(let expression) = score.method { references.formUnion(expression.references) }
        }
        return references
    }

    private func unusedQuestions() -> [Diagnostic] {
        let references = allReferences()
        var warnings: [Diagnostic] = []
        for question in framework.questions {
            let read = references.contains(.answer(question.id)) || references.contains(.item(question.id))
            if !question.kind.isScored, !question.kind.answerShape.isFreeText, !read {
                warnings.append(
                    .warning(
                        .unusedQuestion,
                        Message(
                            nl: "vraag '\(question.id)' telt in geen score en geen regel leest hem",
                            en: "question '\(question.id)' counts in no score and no rule reads it"),
                        fix: Message(
                            nl: "geef de opties waarden, gebruik de vraag in een regel, of maak er een tekstvraag van",
                            en: "give its options values, use it in a rule, or make it a text question"), at: question.location))
            }
            if question.critical, !read {
                warnings.append(
                    .warning(
                        .unusedCritical,
                        Message(
                            nl: "kritieke vraag '\(question.id)' wordt door geen regel gelezen: hij begrenst niets",
                            en: "critical question '\(question.id)' is read by no rule: it caps nothing"),
                        fix: Message(
                            nl: "voeg een regel met 'cap:' toe die deze vraag leest",
                            en: "add a rule with 'cap:' that reads this question"),
                        at: question.location))
            }
        }
        return warnings
    }

    private func levelReasonsWithoutWords() -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for level in framework.growthModel?.levels ?? [] where level.requires != nil && level.requiresText == nil {
            warnings.append(
                .warning(
                    .missingText,
                    Message(
                        nl: "niveau '\(level.id)' heeft 'requires' zonder 'requires_text'",
                        en: "level '\(level.id)' has 'requires' without 'requires_text'"),
                    fix: Message(
                        nl: "schrijf in woorden wat 'requires' vraagt: rapporten tonen nooit de expressie",
                        en: "say in words what 'requires' asks: reports never show the expression"),
                    at: level.location))
        }
        for rule in framework.rules where rule.because == nil && rule.effects.contains(where: { $0 is CapEffect }) {
            warnings.append(
                .warning(
                    .capWithoutBecause,
                    Message(
                        nl: "regel '\(rule.id)' begrenst een niveau zonder 'because'",
                        en: "rule '\(rule.id)' caps a level without 'because'"),
                    fix: Message(
                        nl: "zeg met 'because' waarom: rapporten tonen het naast het niveau, nooit het regel-id",
                        en: "say why with 'because': reports show it beside the level, never the rule id"),
                    at: rule.location))
        }
        return warnings
    }

    private func domainsWithoutAdvice() -> [Diagnostic] {
        framework.domains.compactMap { domain in
            guard domain.questions.contains(where: { $0.kind.isScored }) else { return nil }
            let ids = Set(domain.questions.map(\.id))
            let advises = framework.rules.contains { rule in
                guard rule.effects.contains(where: { $0 is AdviceEffect }) else { return false }
                if rule.domainID == domain.id { return true }
                return rule.condition.references.contains { reference in
                    switch reference {
                    case .score(let id), .level(let id), .grade(let id), .domain(let id): id == domain.id
                    case .answer(let id), .item(let id): ids.contains(id)
                    case .context: false
                    }
                }
            }
            guard !advises else { return nil }
            // The bad end of the scale: low, or high where lower is better; the example is its middle.
            let range = domain.scoring.range
            let middle = ExpressionFormat.number((range.min + range.max) / 2)
            let lowIsBad = domain.scoring.direction == .higherIsBetter
            let (bad, badEN, op) = lowIsBad ? ("lage", "low", "<") : ("hoge", "high", ">")
            return .warning(
                .noAdvice,
                Message(
                    nl: "domein '\(domain.id)' heeft geen advies voor een \(bad) score",
                    en: "domain '\(domain.id)' has no advice for a \(badEN) score"),
                fix: Message(
                    nl:
                        "voeg een regel toe met 'domain: \(domain.id)', bijvoorbeeld "
                        + "when: \"score.\(domain.id) \(op) \(middle)\" en 'advice:'",
                    en: "add a rule with 'domain: \(domain.id)', for example when: \"score.\(domain.id) \(op) \(middle)\" and 'advice:'"),
                at: domain.location)
        }
    }
}
