/// Turns one answer into an item result: state, points (after reverse scoring) and a 0-100 score.
enum ItemScoring {
    static func score(_ question: Question, answer: Answer?, relevant: Bool, unknownPolicy: UnknownPolicy) -> ItemResult {
        let kind = question.kind
        var item = ItemResult(questionID: question.id, text: question.text, state: .unanswered, answer: answer?.value,
                              display: answer.map { LocalizedText(nl: kind.display($0.value, in: .nl), en: kind.display($0.value, in: .en)) },
                              weight: question.weight, reverse: question.reverse, critical: question.critical, scored: kind.isScored,
                              note: answer?.note, evidence: answer?.evidence)
        guard relevant else { item.state = .notRelevant; return item }
        guard let value = answer?.value else { return item }
        switch value {
        case .unanswered:
            return item
        case .notApplicable:
            item.state = .notApplicable
            return item
        case .unknown:
            item.state = .unknown
            // "Weet niet" can count as the lowest option when the framework says so.
            if unknownPolicy == .lowest, kind.isScored, let range = range(of: kind) {
                set(&item, points: question.reverse ? range.max : range.min, range: range, reverse: question.reverse)
            }
            return item
        default:
            item.state = .answered
            if let points = kind.points(for: value) {
                set(&item, points: points.points, range: (points.min, points.max), reverse: question.reverse)
            }
            return item
        }
    }

    private static func set(_ item: inout ItemResult, points raw: Double, range: (min: Double, max: Double), reverse: Bool) {
        let points = reverse ? range.max + range.min - raw : raw
        item.points = points
        item.minPoints = range.min
        item.maxPoints = range.max
        item.score = range.max > range.min ? (points - range.min) / (range.max - range.min) * 100 : 0
    }

    /// The points range of a kind, found from an example of its lowest answer.
    private static func range(of kind: any QuestionKind) -> (min: Double, max: Double)? {
        if let option = kind.options.first(where: { $0.value != nil }), let points = kind.points(for: .option(option.id)) {
            return (points.min, points.max)
        }
        if let points = kind.points(for: .bool(false)) { return (points.min, points.max) }
        if let points = kind.points(for: .options([])) { return (points.min, points.max) }
        if let points = kind.points(for: .number(-.greatestFiniteMagnitude)) { return (points.min, points.max) }
        return nil
    }
}
