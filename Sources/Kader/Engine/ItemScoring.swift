/// Turns one answer into an item result: state, points (after reverse scoring) and a 0-100 score.
enum ItemScoring {
    /// Scores `item`, made with its facts and answer, in place (the engine scores items where
    /// they sit in their domain's list: returning one copied it).
    static func score(_ item: inout ItemResult, relevant: Bool, unknownPolicy: UnknownPolicy) {
        guard relevant else { return item.state = .notRelevant }
        guard let value = item.answer else { return item.state = .unanswered }
        let question = item.facts
        switch value {
        case .unanswered:
            item.state = .unanswered
        case .notApplicable:
            item.state = .notApplicable
        case .unknown:
            item.state = .unknown
            // "Weet niet" can count as the lowest option when the framework says so.
            if unknownPolicy == .lowest, question.isScored, let range = question.range {
                set(&item, points: question.reverse ? range.max : range.min, range: range, reverse: question.reverse)
            }
        default:
            item.state = .answered
            if let points = question.kind.points(for: value) {
                set(&item, points: points.points, range: (points.min, points.max), reverse: question.reverse)
            }
        }
    }

    private static func set(_ item: inout ItemResult, points raw: Double, range: (min: Double, max: Double), reverse: Bool) {
        let points = reverse ? range.max + range.min - raw : raw
        item.points = points
        item.minPoints = range.min
        item.maxPoints = range.max
        item.score = range.max > range.min ? (points - range.min) / (range.max - range.min) * 100 : 0
    }
}
