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
        var found: [FindOut] = []
        // By position throughout: this runs for every response of a batch, and copying each
        // domain, item and rule result (to loop over or filter them) or each question (to read
        // one flag) counted their references.
        for domain in domains.indices {
            for item in domains[domain].items.indices {
                let state = domains[domain].items[item].state
                guard state == .unanswered || state == .unknown,
                    let place = framework.index.questions[domains[domain].items[item].questionID],
                    framework.domains[place.domain].questions[place.question].openIsConcern
                else { continue }
                let questionID = framework.domains[place.domain].questions[place.question].id
                var waiting: [LocalizedText] = []
                for index in rules.indices where rules[index].outcome == .unknown && rules[index].undecidedBy.contains(questionID) {
                    guard let rule = framework.rules.firstIndex(where: { $0.id == rules[index].id }) else { continue }
                    for effect in framework.rules[rule].effects { if let advice = effect as? AdviceEffect { waiting.append(advice.text) } }
                }
                found.append(
                    FindOut(
                        questionID: questionID, domainID: domains[domain].id,
                        text: framework.domains[place.domain].questions[place.question].text, state: state,
                        critical: framework.domains[place.domain].questions[place.question].critical, waitingAdvice: waiting))
            }
        }
        return found
    }
}
