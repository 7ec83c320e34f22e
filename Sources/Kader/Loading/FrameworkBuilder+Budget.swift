/// The evaluation budget: a framework whose evaluation of one response would take too many
/// steps is refused at load, so that no framework can make scoring hang.
///
/// The expression language has no loops, but a rule may still walk a large domain
/// (`items('d')`), and thousands of such rules multiply. The estimate counts, for every
/// expression the engine evaluates per response, its parts, the elements of the lists it builds
/// (a domain's items), and the question lists that missing answers carry through `and`/`or`; plus
/// one step per question, domain, score and rule. Each rule condition counts twice (it is
/// evaluated, and traced when it fires); a grade formula counts once per domain and overall.
public enum EvaluationBudget {
    /// The most steps one evaluation may take; documented in docs/limits.md. The bundled
    /// frameworks need about 5,000, a generated one with 1,000 questions and 1,000 rules about
    /// 100,000.
    public static let maxSteps = 2_000_000

    /// The estimated steps to evaluate one response, and the costliest expression with its cost.
    public static func estimate(_ framework: Framework) -> (steps: Int, costliest: (expression: CheckedExpression, steps: Int)?) {
        var domainSizes: [String: Int] = [:]
        for domain in framework.domains { domainSizes[domain.id] = domain.questions.count }
        var total = 0
        var costliest: (expression: CheckedExpression, steps: Int)?
        func add(_ expression: CheckedExpression?, times: Int = 1) {
            guard let expression else { return }
            let steps = cost(expression, domainSizes: domainSizes) * times
            total = total.addingReportingOverflow(steps).overflow ? Int.max / 2 : total + steps
            if steps > (costliest?.steps ?? 0) { costliest = (expression, steps) }
        }
        let questions = framework.questions
        total += questions.count * 4 + framework.domains.count * 4 + framework.rules.count * 2 + framework.scoring.derived.count
        for question in questions { add(question.relevance) }
        for score in framework.scoring.derived {
            if case .expression(let expression) = score.method { add(expression) }
        }
        for level in framework.growthModel?.levels ?? [] { add(level.requires) }
        if case .formula(let expression)? = framework.grades?.method { add(expression, times: framework.domains.count + 1) }
        for rule in framework.rules {
            add(rule.condition, times: 2)
            for part in (rule.because?.nl ?? []) + (rule.because?.en ?? []) {
                if case .value(let expression) = part { add(expression) }
            }
        }
        for precondition in framework.preconditions { add(precondition.condition) }
        return (total, costliest)
    }

    /// The steps one evaluation of `expression` may take.
    static func cost(_ expression: CheckedExpression, domainSizes: [String: Int]) -> Int {
        var references = 0
        let steps = cost(expression.root, domainSizes: domainSizes, references: &references).steps
        // Missing answers carry the questions that would decide them; merging those lists
        // through a chain of `and`/`or` costs up to the square of the questions referred to.
        return steps + references * references / 2
    }

    /// The steps for `node`, and how long a list it yields.
    private static func cost(_ node: ExprNode, domainSizes: [String: Int], references: inout Int) -> (steps: Int, listLength: Int) {
        func sum(_ children: [ExprNode]) -> (steps: Int, longest: Int) {
            var steps = 0
            var longest = 0
            for child in children {
                let (s, l) = cost(child, domainSizes: domainSizes, references: &references)
                steps += s
                longest = max(longest, l)
            }
            return (steps, longest)
        }
        switch node.operation {
        case .constant:
            return (1, 0)
        case .answer, .item, .score, .level, .grade, .domainFact, .context, .variable:
            references += 1
            return (1, 0)
        case .not(let operand), .negate(let operand):
            let (s, l) = sum([operand])
            return (s + 1 + l, l)
        case .and(let a, let b), .or(let a, let b), .compare(_, let a, let b), .arithmetic(_, let a, let b):
            let (s, l) = sum([a, b])
            return (s + 1 + l, l)
        case .contains(let element, let collection):
            let (s, l) = sum([element, collection])
            return (s + 1 + l, 0)
        case .list(let items):
            let (s, _) = sum(items)
            return (s + 1 + items.count, items.count)
        case .call(let function, let arguments):
            var (s, l) = sum(arguments)
            var produced = 0
            // A function with a domain argument walks that domain.
            let takesDomain = type(of: function).signatures.contains { $0.parameters.contains(.domain) }
            if takesDomain {
                for argument in arguments {
                    if case .constant(.text(let id)) = argument.operation, let size = domainSizes[id] { produced = max(produced, size) }
                }
                s += produced
            }
            if case .list = node.type {
                l = max(l, produced)
            } else {
                s += l
                l = 0
            }
            return (s + 1 + l, l)
        }
    }
}

extension FrameworkBuilder {
    /// Refuses a framework whose evaluation would exceed ``EvaluationBudget/maxSteps``.
    func checkEvaluationBudget(_ framework: Framework) {
        let (steps, costliest) = EvaluationBudget.estimate(framework)
        guard steps > EvaluationBudget.maxSteps else { return }
        let location =
            costliest.map { $0.expression.origin.location(ofOffset: 0, in: $0.expression.text) }
            ?? SourceLocation(file: source.name, line: 1, column: 1)
        let worst = costliest.map { " De duurste expressie kost er \(Self.grouped($0.steps, separator: "."))." } ?? ""
        let worstEN = costliest.map { " The costliest expression takes \(Self.grouped($0.steps))." } ?? ""
        sink.report(
            .error(
                .evaluationBudget,
                Message(
                    nl:
                        "dit kader kost ongeveer \(Self.grouped(steps, separator: ".")) stappen per antwoord; "
                        + "de grens is \(Self.grouped(EvaluationBudget.maxSteps, separator: ".")).\(worst)",
                    en:
                        "this framework takes about \(Self.grouped(steps)) steps per response; "
                        + "the limit is \(Self.grouped(EvaluationBudget.maxSteps)).\(worstEN)"
                ),
                fix: Message(
                    nl:
                        "gebruik items() en answered_count() niet in duizenden regels over een groot domein: "
                        + "splits het domein, of reken één afgeleide score uit en gebruik die in de regels",
                    en:
                        "do not use items() or answered_count() over a large domain in thousands of rules: "
                        + "split the domain, or compute one derived score and use that in the rules"
                ),
                at: location))
    }

    /// 1234567 → "1,234,567" (or "1.234.567" in Dutch).
    static func grouped(_ n: Int, separator: String = ",") -> String {
        let digits = String(n)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out += separator }
            out.append(digit)
        }
        return out
    }
}
