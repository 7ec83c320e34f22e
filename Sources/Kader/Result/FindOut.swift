/// A question whose blank or "weet niet" answer the framework counts as a concern
/// (`unanswered: concern`): something to find out ("Zoek uit"), with the advice that waits on it.
public struct FindOut: Sendable {
    /// The question's id.
    public let questionID: String
    /// Its domain's id.
    public let domainID: String
    /// The question.
    public let text: LocalizedText
    /// `unanswered` or `unknown`.
    public let state: ItemState
    /// Whether the question is a critical item.
    public let critical: Bool
    /// The advice of rules left undecided for want of this answer, in rule order: advice that
    /// would otherwise be dropped without a word.
    public let waitingAdvice: [LocalizedText]
}

extension FindOut {
    /// The questions of `framework` marked `unanswered: concern` that `domains` show blank or
    /// "weet niet", each with the advice of the `rules` that could not be decided without it.
    static func list(_ framework: Framework, domains: [DomainResult], rules: [RuleResult]) -> [FindOut] {
        let undecided = rules.filter { $0.outcome == .unknown }
        var found: [FindOut] = []
        for domain in domains {
            for item in domain.items where item.state == .unanswered || item.state == .unknown {
                guard let question = framework.question(item.questionID), question.openIsConcern else { continue }
                let waiting = undecided.filter { $0.undecidedBy.contains(question.id) }.flatMap { result -> [LocalizedText] in
                    let rule = framework.rules.first { $0.id == result.id }
                    return rule?.effects.compactMap { ($0 as? AdviceEffect)?.text } ?? []
                }
                found.append(
                    FindOut(
                        questionID: question.id, domainID: domain.id, text: question.text, state: item.state,
                        critical: question.critical, waitingAdvice: waiting))
            }
        }
        return found
    }
}
