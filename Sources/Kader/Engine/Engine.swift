/// Scores one response against a framework and advises: the heart of Kader.
///
/// The stages run in a fixed order, each reading only what earlier stages produced:
/// relevance → item scores → domain scores → derived scores → level caps → levels → grades →
/// rules (advice, strengths, flags) → preconditions. Everything the engine decides can be
/// explained afterwards with ``Explainer``.
public struct Engine: Sendable {
    /// The framework, checked at load.
    public let framework: Framework
    /// Lookups built once per framework and shared by every evaluation.
    let tables: EngineTables

    /// Creates an engine for a loaded framework.
    public init(framework: Framework) {
        self.framework = framework
        tables = EngineTables(framework)
    }

    /// Evaluates `response`, keeping the reasons of fired rules unless `detail` says
    /// ``ResultDetail/figures``.
    public func evaluate(_ response: Response, detail: ResultDetail = .full) -> AssessmentResult { run(response, detail: detail).result }

    /// Evaluates `response` and keeps the evaluation state, for explanations.
    func run(_ response: Response, detail: ResultDetail = .full) -> (result: AssessmentResult, state: EvaluationState) {
        let state = EvaluationState(response: response, tables: tables)
        applyRelevance(state)
        state.relevanceFinal = true
        scoreItems(state)
        state.itemsFinal = true
        var domains = scoreDomains(state)
        let scores = scoreDerived(state)
        var outcomes = RuleOutcomes()
        outcomes.advice.reserveCapacity(tables.adviceCapacity)
        let ruleResults = SlotTable<RuleResult?>(repeating: nil, count: framework.rules.count)
        var advicePlaces: [AdviceOrder.Place] = []
        advicePlaces.reserveCapacity(tables.adviceCapacity)
        runRules(stage: .levels, detail: detail, state: state, outcomes: &outcomes, results: ruleResults, advicePlaces: &advicePlaces)
        var overall = OverallScoring(score: state.score("overall").numeric)
        assignLevels(&domains, &overall, state: state, caps: outcomes.caps)
        assignGrades(&domains, &overall, state: state)
        runRules(stage: .advice, detail: detail, state: state, outcomes: &outcomes, results: ruleResults, advicePlaces: &advicePlaces)
        AdviceOrder.sort(&outcomes.advice, places: advicePlaces)
        let notices = checkAnswers(state)
        let preconditions = framework.preconditions.indices.map { index in
            evaluate(framework.preconditions[index], tables.preconditions[index], state: state)
        }
        let domainResults = results(of: &domains)
        var result = AssessmentResult(
            framework: FrameworkSummary(
                id: framework.id, version: framework.version, title: framework.title,
                answeredVersion: response.frameworkVersion == framework.version ? nil : response.frameworkVersion),
            respondent: response.respondent, organisation: response.organisation, date: response.date,
            context: response.context.sorted { $0.key < $1.key }.map { ($0.key, $0.value) },
            completeness: domainResults.reduce(Completeness.none) { $0 + $1.completeness }, domains: domainResults, scores: scores,
            overall: result(of: overall),
            preconditions: preconditions, advice: outcomes.advice, plan: plannedAdvice(response.plan, given: outcomes.advice),
            strengths: outcomes.strengths,
            flags: outcomes.flags.sorted { Self.severityRank($0) < Self.severityRank($1) },
            otherOutcomes: outcomes.other, rules: Self.moved(ruleResults), notices: notices)
        result.focus = framework.report.focusCount(of: result.advice)
        if detail == .full {
            result.findOut = FindOut.list(framework, domains: result.domains, rules: result.rules)
            annotateLevels(&result, overall: overall)
        }
        return (result, state)
    }

    /// Where a flag comes in the result: critical first.
    private static func severityRank(_ flag: Flag) -> Int { Flag.Severity.allCases.firstIndex(of: flag.severity) ?? 0 }

    /// The results present, moved out in order (copying each would count its references).
    private static func moved(_ results: SlotTable<RuleResult?>) -> [RuleResult] {
        var out: [RuleResult] = []
        out.reserveCapacity(results.count)
        for index in 0..<results.count { if let result = results.exchange(index, with: nil) { out.append(result) } }
        return out
    }

    // MARK: Relevance and items

    func applyRelevance(_ state: EvaluationState) {
        for slot in tables.relevanceOrder {
            guard let condition = tables.relevance[slot] else { continue }
            state.setRelevant(slot, condition.evaluate(in: state).isTrue)
        }
    }

    private func scoreItems(_ state: EvaluationState) {
        let unknownPolicy = framework.scoring.unknown
        state.itemsByDomain = tables.domainSlots.map { slots in
            var items: [ItemResult] = []
            items.reserveCapacity(slots.count)
            for slot in slots {
                let answer = state.answerParts(slot)
                let facts = tables.itemFacts[slot]
                let scored = ItemScoring.score(
                    answer.value, of: facts, relevant: state.isRelevant(slot),
                    unknownPolicy: facts.unknownPolicy ?? unknownPolicy)
                state.setItem(slot, state: scored.state, score: scored.score)
                items.append(ItemResult(facts, answer: answer.value, note: answer.note, evidence: answer.evidence, scored: scored))
            }
            return items
        }
    }

    // MARK: Notices

    private func checkAnswers(_ state: EvaluationState) -> [Diagnostic] {
        var notices: [Diagnostic] = []
        // Answers to questions that are not asked here: kept, not counted, and said so in the
        // order of the file. Found from the questions (few are not asked), not by looking up
        // every answer's id.
        var notCounted: [(order: Int, id: String, location: SourceLocation)] = []
        for slot in 0..<tables.questionIDs.count where !state.isRelevant(slot) {
            guard let value = state.answerValue(slot), value != .unanswered else { continue }
            let id = tables.questionIDs[slot]
            guard let answer = state.responseAnswer(slot) else { continue }
            notCounted.append((state.response.answerOrder.firstIndex(of: id) ?? Int.max, id, answer.location))
        }
        for (_, id, location) in notCounted.sorted(by: { $0.order < $1.order }) {
            notices.append(
                .warning(
                    .notRelevant,
                    Message(
                        nl:
                            "'\(id)' is beantwoord, maar de vraag is hier niet van toepassing; "
                            + "het antwoord blijft bewaard en telt niet mee",
                        en: "'\(id)' is answered, but the question does not apply here; the answer is kept and not counted"),
                    at: location))
        }
        let order = state.response.answerOrder
        for id in state.refused.sorted(by: { (order.firstIndex(of: $0) ?? Int.max) < (order.firstIndex(of: $1) ?? Int.max) }) {
            guard let slot = tables.questionSlots[id], let answer = state.responseAnswer(slot) else { continue }
            let word = answer.value == .unknown ? "weet niet" : "n.v.t."
            notices.append(
                .warning(
                    .invalidAnswer,
                    Message(
                        nl: "vraag '\(id)' kent geen '\(word)'; het antwoord telt als open",
                        en: "question '\(id)' has no '\(word)'; the answer counts as open"),
                    at: answer.location))
        }
        for slot in tables.required.indices where tables.required[slot] && state.itemState(slot) == .unanswered {
            let id = tables.questionIDs[slot]
            notices.append(
                .warning(
                    .missingAnswer,
                    Message(nl: "verplichte vraag '\(id)' is niet beantwoord", en: "required question '\(id)' is not answered"),
                    at: SourceLocation(file: state.response.sourceName, line: 1, column: 1)))
        }
        return notices
    }

    private func evaluate(_ precondition: Precondition, _ condition: ExpressionPlan, state: EvaluationState) -> PreconditionResult {
        let value = condition.evaluate(in: state)
        let outcome: ConditionOutcome = value.isTrue ? .met : value == .bool(false) ? .notMet : .unknown
        return PreconditionResult(
            id: precondition.id, text: precondition.text, outcome: outcome, advice: precondition.advice,
            undecidedBy: value.missing?.questions ?? [])
    }
}
