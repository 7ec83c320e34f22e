/// Scores one response against a framework and advises: the heart of Kader.
///
/// The stages run in a fixed order, each reading only what earlier stages produced:
/// relevance → item scores → domain scores → derived scores → level caps → levels → grades →
/// rules (advice, strengths, flags) → preconditions. Everything the engine decides can be
/// explained afterwards with ``Explainer``.
public struct Engine: Sendable {
    /// The framework, checked at load.
    public let framework: Framework
    /// Questions in an order where each comes after the questions its relevance reads.
    let relevanceOrder: [Question]
    /// Lookups built once per framework and shared by every evaluation.
    let tables: EngineTables

    /// Creates an engine for a loaded framework.
    public init(framework: Framework) {
        self.framework = framework
        tables = EngineTables(framework)
        var graph: [String: [String]] = [:]
        for question in tables.questions {
            graph[question.id] = question.relevance?.references.compactMap { if case .answer(let id) = $0 { id } else { nil } } ?? []
        }
        let order = CycleFinder.order(graph)
        relevanceOrder = order.compactMap { framework.question($0) }
    }

    /// Evaluates `response`.
    public func evaluate(_ response: Response) -> AssessmentResult { run(response).result }

    /// Evaluates `response` and keeps the evaluation state, for explanations.
    func run(_ response: Response) -> (result: AssessmentResult, state: EvaluationState) {
        let state = EvaluationState(framework: framework, response: response, tables: tables)
        var notices: [Diagnostic] = []
        applyRelevance(state)
        state.relevanceFinal = true
        scoreItems(state)
        state.itemsFinal = true
        let domains = scoreDomains(state)
        let scores = scoreDerived(state)
        var outcomes = RuleOutcomes()
        var ruleResults: [String: RuleResult] = [:]
        runRules(stage: .levels, state: state, outcomes: &outcomes, results: &ruleResults)
        var (domainResults, overall) = assignLevels(domains, state: state, caps: outcomes.caps)
        assignGrades(&domainResults, &overall, state: state)
        runRules(stage: .advice, state: state, outcomes: &outcomes, results: &ruleResults)
        notices += checkAnswers(state)
        let preconditions = framework.preconditions.map { evaluate($0, state: state) }
        var completeness = Completeness()
        for domain in domainResults { completeness = completeness + domain.completeness }
        let result = AssessmentResult(
            framework: FrameworkSummary(id: framework.id, version: framework.version, title: framework.title,
                                        answeredVersion: response.frameworkVersion == framework.version ? nil : response.frameworkVersion),
            respondent: response.respondent, organisation: response.organisation, date: response.date,
            context: response.context.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            completeness: completeness, domains: domainResults, scores: scores, overall: overall,
            preconditions: preconditions, advice: AdviceOrder.sorted(outcomes.advice, framework: framework, ruleIndex: tables.ruleIndex),
            strengths: outcomes.strengths, flags: outcomes.flags.sorted { Flag.Severity.allCases.firstIndex(of: $0.severity)! < Flag.Severity.allCases.firstIndex(of: $1.severity)! },
            rules: framework.rules.compactMap { ruleResults[$0.id] }, notices: notices)
        return (result, state)
    }

    // MARK: Relevance and items

    private func applyRelevance(_ state: EvaluationState) {
        for question in relevanceOrder {
            guard let condition = question.relevance else { state.relevant[question.id] = true; continue }
            state.relevant[question.id] = Evaluator.evaluate(condition, in: state).isTrue
        }
    }

    private func scoreItems(_ state: EvaluationState) {
        for question in tables.questions {
            state.items[question.id] = ItemScoring.score(question, answer: state.response.answers[question.id],
                                                         relevant: state.relevant[question.id] ?? true,
                                                         unknownPolicy: framework.scoring.unknown)
        }
    }

    // MARK: Notices

    private func checkAnswers(_ state: EvaluationState) -> [Diagnostic] {
        var notices: [Diagnostic] = []
        for id in state.response.answerOrder {
            guard let answer = state.response.answers[id], state.relevant[id] == false, answer.value != .unanswered else { continue }
            notices.append(.warning("not-relevant", Message(nl: "'\(id)' is beantwoord, maar de vraag is hier niet van toepassing; het antwoord blijft bewaard en telt niet mee",
                                                            en: "'\(id)' is answered, but the question does not apply here; the answer is kept and not counted"),
                                    at: answer.location))
        }
        for question in tables.questions where question.required && state.items[question.id]?.state == .unanswered {
            notices.append(.warning("missing-answer", Message(nl: "verplichte vraag '\(question.id)' is niet beantwoord", en: "required question '\(question.id)' is not answered"),
                                    at: SourceLocation(file: state.response.sourceName, line: 1, column: 1)))
        }
        return notices
    }

    private func evaluate(_ precondition: Precondition, state: EvaluationState) -> PreconditionResult {
        let value = Evaluator.evaluate(precondition.condition, in: state)
        let outcome: ConditionOutcome = value.isTrue ? .met : value == .bool(false) ? .notMet : .unknown
        return PreconditionResult(id: precondition.id, text: precondition.text, outcome: outcome, advice: precondition.advice,
                                  undecidedBy: value.missing?.questions ?? [])
    }
}

/// Lookups over a framework that every evaluation needs, built once when an engine is made.
final class EngineTables: Sendable {
    /// Every question, in framework order (``Framework/questions`` builds this list anew).
    let questions: [Question]
    /// Rule id → position, for ordering advice.
    let ruleIndex: [String: Int]
    /// Question id → option id → value, for the options that have one.
    let optionValues: [String: [String: Double]]
    /// Per rule, in order: the stage it runs in (a rule with a level cap runs before levels).
    let ruleStages: [RuleStage]
    /// Per rule, in order: the names of its effects.
    let ruleEffectNames: [[String]]
    /// Domain id → its question ids, in order.
    let domainQuestionIDs: [String: [String]]

    init(_ framework: Framework) {
        questions = framework.questions
        domainQuestionIDs = Dictionary(framework.domains.map { ($0.id, $0.questions.map(\.id)) }, uniquingKeysWith: { first, _ in first })
        ruleStages = framework.rules.map { rule in rule.effects.contains { $0.stage == .levels } ? .levels : .advice }
        ruleEffectNames = framework.rules.map { rule in rule.effects.map { type(of: $0).name } }
        ruleIndex = Dictionary(framework.rules.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        var values: [String: [String: Double]] = [:]
        for question in questions {
            var options: [String: Double] = [:]
            for option in question.kind.options { if let value = option.value, options[option.id] == nil { options[option.id] = value } }
            if !options.isEmpty { values[question.id] = options }
        }
        optionValues = values
    }
}
