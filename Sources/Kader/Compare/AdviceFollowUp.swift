/// What became of a piece of advice an earlier result gave, in a later result: the one reading
/// that a comparison's advice lists and the review of an earlier action plan share. It tells
/// advice resolved by a changed answer apart from advice that no longer applies because a
/// question it rests on is no longer asked, or because the framework changed.
public struct AdviceFollowUp: Sendable {
    /// Why advice no longer applies.
    public enum Lapse: String, Sendable, Hashable, CaseIterable {
        /// A question its rule reads is no longer asked (its relevance no longer holds) or is now
        /// answered "n.v.t.": the advice's subject is gone, not solved.
        case questionNotAsked = "question_not_asked"
        /// The later framework version has no such advice, or decides it differently.
        case frameworkChanged = "framework_changed"
    }

    /// What became of the advice.
    public let outcome: PlanReview.Outcome
    /// Why it no longer applies, when ``outcome`` is ``PlanReview/Outcome/noLongerApplies``.
    public let lapse: Lapse?
    /// The questions no longer asked or now "n.v.t." (with ``Lapse/questionNotAsked``), in framework order.
    public let questions: [LocalizedText]

    /// What became of the advice of rule `ruleID` between `earlier` (scored with
    /// `earlierFramework`) and `latest` (scored with `latestFramework`).
    public static func of(
        _ ruleID: String, earlier: AssessmentResult, latest: AssessmentResult, earlierFramework: Framework, latestFramework: Framework
    ) -> AdviceFollowUp {
        if latest.advice.contains(where: { $0.ruleID == ruleID }) { return AdviceFollowUp(outcome: .stillOpen, lapse: nil, questions: []) }
        let lapsed = AdviceFollowUp(outcome: .noLongerApplies, lapse: .frameworkChanged, questions: [])
        guard let outcome = latest.rules.first(where: { $0.id == ruleID }), outcome.effects.contains(AdviceEffect.name),
            let rule = latestFramework.rules.first(where: { $0.id == ruleID })
        else { return lapsed }
        if let before = earlierFramework.rules.first(where: { $0.id == ruleID }), before.condition.text != rule.condition.text {
            return lapsed
        }
        let gone = questionsNoLongerAsked(by: rule, earlier: earlier, latest: latest)
        if !gone.isEmpty { return AdviceFollowUp(outcome: .noLongerApplies, lapse: .questionNotAsked, questions: gone) }
        return AdviceFollowUp(outcome: outcome.outcome == .unknown ? .undecided : .resolved, lapse: nil, questions: [])
    }

    /// The questions `rule` reads that `earlier` asked and `latest` no longer asks or shows "n.v.t.".
    private static func questionsNoLongerAsked(by rule: Rule, earlier: AssessmentResult, latest: AssessmentResult) -> [LocalizedText] {
        let read = Set(
            rule.condition.references.compactMap { reference -> String? in
                switch reference {
                case .answer(let id), .item(let id): id
                default: nil
                }
            })
        guard !read.isEmpty else { return [] }
        let before = Dictionary(earlier.domains.flatMap(\.items).map { ($0.questionID, $0.state) }, uniquingKeysWith: { first, _ in first })
        let notAsked: Set<ItemState> = [.notRelevant, .notApplicable]
        return latest.domains.flatMap(\.items).filter { item in
            guard read.contains(item.questionID), notAsked.contains(item.state), let state = before[item.questionID] else { return false }
            return !notAsked.contains(state)
        }.map(\.text)
    }
}
