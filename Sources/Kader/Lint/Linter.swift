/// Static checks on a loaded framework: things that are valid but probably not meant.
///
/// - an advice or strength rule that can never fire (its condition is constant false, or
///   compares an answer with a value outside its scale);
/// - a scored question that feeds no score because its domain has no valid aggregation
///   (never), or an unscored, non-text question no rule reads;
/// - a domain without any advice for a low score;
/// - a question marked critical that no rule reads.
public struct Linter {
    let framework: Framework

    /// Creates a linter.
    public init(framework: Framework) { self.framework = framework }

    /// Every warning, in framework order.
    public func run() -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        warnings += deadRules()
        warnings += unusedQuestions()
        warnings += domainsWithoutAdvice()
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

    private func deadRules() -> [Diagnostic] {
        framework.rules.compactMap { rule in
            guard let reason = ConstantFolder.neverTrue(rule.condition.root) else { return nil }
            return .warning("dead-rule", Message(nl: "regel '\(rule.id)' kan nooit afgaan: \(reason.nl)", en: "rule '\(rule.id)' can never fire: \(reason.en)"),
                            fix: Message(nl: "controleer de voorwaarde: \(rule.condition.text)", en: "check the condition: \(rule.condition.text)"),
                            at: rule.condition.origin.location)
        }
    }

    private func unusedQuestions() -> [Diagnostic] {
        let references = allReferences()
        var warnings: [Diagnostic] = []
        for question in framework.questions {
            let read = references.contains(.answer(question.id)) || references.contains(.item(question.id))
            if !question.kind.isScored, !question.kind.answerShape.isFreeText, !read {
                warnings.append(.warning("unused-question", Message(nl: "vraag '\(question.id)' telt in geen score en geen regel leest hem",
                                                                    en: "question '\(question.id)' counts in no score and no rule reads it"),
                                         fix: Message(nl: "geef de opties waarden, gebruik de vraag in een regel, of maak er een tekstvraag van",
                                                      en: "give its options values, use it in a rule, or make it a text question"), at: question.location))
            }
            if question.critical, !read {
                warnings.append(.warning("unused-critical", Message(nl: "kritieke vraag '\(question.id)' wordt door geen regel gelezen: hij begrenst niets",
                                                                    en: "critical question '\(question.id)' is read by no rule: it caps nothing"),
                                         fix: Message(nl: "voeg een regel met 'cap:' toe die deze vraag leest", en: "add a rule with 'cap:' that reads this question"), at: question.location))
            }
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
            return .warning("no-advice", Message(nl: "domein '\(domain.id)' heeft geen advies voor een lage score", en: "domain '\(domain.id)' has no advice for a low score"),
                            fix: Message(nl: "voeg een regel toe met 'domain: \(domain.id)', bijvoorbeeld when: \"score.\(domain.id) < 50\" en 'advice:'",
                                         en: "add a rule with 'domain: \(domain.id)', for example when: \"score.\(domain.id) < 50\" and 'advice:'"),
                            at: domain.location)
        }
    }
}

/// Finds conditions that can never be true without evaluating any answers.
enum ConstantFolder {
    static func neverTrue(_ node: ExprNode) -> Message? {
        switch node.operation {
        case .constant(.bool(false)):
            return Message(nl: "de voorwaarde is altijd onwaar", en: "the condition is always false")
        case .and(let left, let right):
            return neverTrue(left) ?? neverTrue(right)
        case .or(let left, let right):
            guard let l = neverTrue(left), neverTrue(right) != nil else { return nil }
            return l
        case .compare(let op, let left, let right):
            return outOfRange(op, left, right)
        default:
            return nil
        }
    }

    /// `q < 'lowest'`, `q > 'highest'`, `score.x > 100`, `score.x < 0`.
    private static func outOfRange(_ op: String, _ left: ExprNode, _ right: ExprNode) -> Message? {
        guard case .constant(let constant) = right.operation, let bound = constant.numeric else { return nil }
        var range: (Double, Double)?
        if case .option(let space) = left.type {
            let values = space.values.compactMap { $0 }
            if let low = values.min(), let high = values.max() { range = (low, high) }
        }
        switch left.operation {
        case .score, .item: range = (0, 100)
        case .grade: range = (1, 10)
        default: break
        }
        guard let (low, high) = range else { return nil }
        let impossible = (op == "<" && bound <= low) || (op == ">" && bound >= high) || (op == "<=" && bound < low) || (op == ">=" && bound > high)
            || (op == "==" && (bound < low || bound > high))
        return impossible ? Message(nl: "de waarde ligt altijd tussen \(ExpressionFormat.number(low)) en \(ExpressionFormat.number(high))",
                                    en: "the value always lies between \(ExpressionFormat.number(low)) and \(ExpressionFormat.number(high))") : nil
    }
}
