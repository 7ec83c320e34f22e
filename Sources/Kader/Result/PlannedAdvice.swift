/// A point of the respondent's action plan as the result reports it: the plan item with the
/// advice it names, in the framework's words.
public struct PlannedAdvice: Sendable {
    /// The point as written: advice id, owner, due date, status, note.
    public let item: PlanItem
    /// The advice rule's domain, if it names one.
    public let domainID: String?
    /// The advice's text (from the framework, also when the advice is not given this time).
    public let text: LocalizedText
    /// Whether this result gives the advice (false once the answers no longer call for it).
    public let isGiven: Bool

    /// The advice id.
    public var adviceID: String { item.adviceID }
}

extension Engine {
    /// The response's plan, each point with its advice's words; a point naming no advice rule
    /// (a response read without its framework) keeps its id as its text.
    func plannedAdvice(_ plan: [PlanItem], given advice: [Advice]) -> [PlannedAdvice] {
        guard !plan.isEmpty else { return [] }
        return plan.map { item in
            let rule = framework.rules.first { $0.id == item.adviceID }
            let effect = rule?.effects.lazy.compactMap { $0 as? AdviceEffect }.first
            return PlannedAdvice(
                item: item, domainID: rule?.domainID, text: effect?.text ?? LocalizedText(nl: item.adviceID, en: item.adviceID),
                isGiven: advice.contains { $0.ruleID == item.adviceID })
        }
    }
}
