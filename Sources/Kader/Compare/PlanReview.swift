/// A point of the earlier scan's action plan beside what became of its advice in the latest
/// scan: the check "did what we planned last time help?" that a comparison over time makes.
public struct PlanReview: Sendable {
    /// What became of a planned advice.
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        /// The latest scan no longer gives the advice: its rule did not fire.
        case resolved
        /// The latest scan still gives the advice.
        case stillOpen = "still_open"
        /// The latest answers cannot decide it: answers its rule needs are missing.
        case undecided
        /// The latest framework has no such advice any more (a newer version dropped or changed the rule).
        case noLongerApplies = "no_longer_applies"
    }

    /// The point as planned in the earlier scan.
    public var planned: PlannedAdvice
    /// The same advice in the latest scan's own plan, when it has one (with its new status).
    public var latest: PlannedAdvice?
    /// What became of the advice.
    public var outcome: Outcome

    /// Each point of `earlier`'s plan with what became of it in `latest`.
    public static func review(_ earlier: AssessmentResult, in latest: AssessmentResult) -> [PlanReview] {
        earlier.plan.map { planned in
            let id = planned.adviceID
            let outcome: Outcome
            if latest.advice.contains(where: { $0.ruleID == id }) {
                outcome = .stillOpen
            } else {
                switch latest.rules.first(where: { $0.id == id }).map({ ($0.outcome, $0.effects.contains(AdviceEffect.name)) }) {
                case (.notFired, true)?: outcome = .resolved
                case (.unknown, true)?: outcome = .undecided
                default: outcome = .noLongerApplies
                }
            }
            return PlanReview(planned: planned, latest: latest.plan.first { $0.adviceID == id }, outcome: outcome)
        }
    }
}
