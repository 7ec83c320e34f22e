/// Turns one answer into an item's state, points (after reverse scoring) and a 0-100 score.
enum ItemScoring {
    /// What scoring found for one item.
    struct Scored {
        var state: ItemState
        var points: Double?
        var minPoints: Double?
        var maxPoints: Double?
        var score: Double?
    }

    /// Scores `answer` to the question `facts` describes.
    static func score(_ answer: AnswerValue?, of facts: ItemFacts, relevant: Bool, unknownPolicy: UnknownPolicy) -> Scored {
        guard relevant else { return Scored(state: .notRelevant) }
        guard let answer else { return Scored(state: .unanswered) }
        switch answer {
        case .unanswered:
            return Scored(state: .unanswered)
        case .notApplicable:
            return Scored(state: .notApplicable)
        case .unknown:
            // "Weet niet" can count as the lowest option when the framework says so.
            guard unknownPolicy == .lowest, facts.isScored, let range = facts.range else { return Scored(state: .unknown) }
            return scored(.unknown, points: facts.reverse ? range.max : range.min, range: range, reverse: facts.reverse)
        default:
            guard let points = facts.kind.points(for: answer) else { return Scored(state: .answered) }
            return scored(.answered, points: points.points, range: (points.min, points.max), reverse: facts.reverse)
        }
    }

    private static func scored(_ state: ItemState, points raw: Double, range: (min: Double, max: Double), reverse: Bool) -> Scored {
        let points = reverse ? range.max + range.min - raw : raw
        return Scored(
            state: state, points: points, minPoints: range.min, maxPoints: range.max,
            score: range.max > range.min ? (points - range.min) / (range.max - range.min) * 100 : 0)
    }
}

extension ItemResult {
    // Made through the memberwise initialiser: one written out in the type made Swift build the
    // value aside and copy it into place, counting its references twice.
    init(_ facts: ItemFacts, answer: AnswerValue?, note: String?, evidence: String?, scored: ItemScoring.Scored) {
        self.init(
            facts: facts, state: scored.state, answer: answer, points: scored.points, minPoints: scored.minPoints,
            maxPoints: scored.maxPoints, score: scored.score, note: note, evidence: evidence)
    }
}
