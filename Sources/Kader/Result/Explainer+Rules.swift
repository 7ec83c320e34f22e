/// Rules: why each rule fired, did not fire or stayed undecided, with the trace of its condition.
extension Explainer {
    func truth(_ value: Value, _ language: Language) -> String { ConditionText(framework: framework).truth(value, language) }

    func rule(_ rule: Rule, result: AssessmentResult, state: EvaluationState, depth: TraceDepth) -> [Line] {
        let outcome = result.rules.first { $0.id == rule.id }
        let trace = rule.condition.plan.trace(in: state, depth: depth)
        var lines = [line(0, "Regel \(rule.id): als \(rule.condition.text)", "Rule \(rule.id): when \(rule.condition.text)")]
        switch outcome?.outcome {
        case .fired?:
            lines.append(line(1, "Ging af, omdat:", "Fired, because:"))
        case .notFired?:
            lines.append(line(1, "Ging niet af, omdat:", "Did not fire, because:"))
        default:
            let questions = trace.undecidedQuestions
            if questions.isEmpty {
                lines.append(
                    line(
                        1,
                        "Bleef onbeslist: de voorwaarde leest iets wat hier niet bekend is (een vraag die niet gesteld wordt, "
                            + "of een score met onvoldoende gegevens).",
                        "Stayed undecided: the condition reads something unknown here (a question that is not asked, "
                            + "or a score with insufficient data)."
                    ))
            } else {
                lines.append(
                    line(
                        1, "Bleef onbeslist: de voorwaarde is onbekend omdat antwoorden ontbreken (\(questions.joined(separator: ", "))).",
                        "Stayed undecided: the condition is unknown because answers are missing (\(questions.joined(separator: ", ")))."))
                lines.append(
                    line(1, "Met deze antwoorden erbij is de uitkomst te bepalen.", "With these answers the outcome can be decided."))
            }
        }
        lines += traceLines(trace, depth: 2, full: depth == .full)
        if let because = outcome?.because {
            lines.append(line(1, "Toelichting: \(because.text(in: .nl))", "Why: \(because.text(in: .en))"))
        }
        if let advice = result.advice.first(where: { $0.ruleID == rule.id }) {
            lines.append(
                line(
                    1, "Advies (\(advice.priority.label(in: .nl)), \(advice.effort.label(in: .nl))): \(advice.text.text(in: .nl))",
                    "Advice (\(advice.priority.label(in: .en)), \(advice.effort.label(in: .en))): \(advice.text.text(in: .en))"))
        }
        return lines
    }

    private func traceLines(_ node: TraceNode, depth: Int, full: Bool) -> [Line] {
        var lines = [
            Line(
                depth: depth,
                text: Message(nl: "[\(truth(node.value, .nl))] ", en: "[\(truth(node.value, .en))] ").appendingTight(conditionText(node)))
        ]
        // At summary depth only the parts that decided the outcome are shown.
        for child in node.children where full || child.decisive {
            lines += traceLines(child, depth: depth + 1, full: full)
        }
        return lines
    }
}

extension Message {
    /// Both texts with `other` appended without a space.
    func appendingTight(_ other: Message) -> Message { Message(nl: nl + other.nl, en: en + other.en) }
}
