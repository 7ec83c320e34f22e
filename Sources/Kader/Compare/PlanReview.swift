/// A point of the earlier scan's action plan beside what became of its advice in the latest
/// scan: the check "did what we planned last time help?" that a comparison over time makes.
public struct PlanReview: Sendable {
    /// What became of a planned advice.
    public enum Outcome: String, Sendable, Hashable, CaseIterable {
        /// The latest scan no longer gives the advice: its rule was decided and did not fire, a
        /// changed answer resolved it.
        case resolved
        /// The latest scan still gives the advice.
        case stillOpen = "still_open"
        /// The latest answers cannot decide it: answers its rule needs are missing.
        case undecided
        /// The advice no longer applies: a question its rule reads is no longer asked or now
        /// "n.v.t.", or the latest framework dropped or changed the rule (``AdviceFollowUp/lapse``).
        case noLongerApplies = "no_longer_applies"
    }

    /// The point as planned in the earlier scan.
    public var planned: PlannedAdvice
    /// The same advice in the latest scan's own plan, when it has one (with its new status).
    public var latest: PlannedAdvice?
    /// What became of the advice, and why it no longer applies when it does not.
    public var followUp: AdviceFollowUp

    /// What became of the advice.
    public var outcome: Outcome { followUp.outcome }

    /// Each point of `earlier`'s plan with what became of it in `latest` (each with the
    /// framework it was scored with).
    public static func review(
        _ earlier: (result: AssessmentResult, framework: Framework), in latest: (result: AssessmentResult, framework: Framework)
    ) -> [PlanReview] {
        earlier.result.plan.map { planned in
            let followUp = AdviceFollowUp.of(
                planned.adviceID, earlier: earlier.result, latest: latest.result, earlierFramework: earlier.framework,
                latestFramework: latest.framework)
            return PlanReview(planned: planned, latest: latest.result.plan.first { $0.adviceID == planned.adviceID }, followUp: followUp)
        }
    }
}
