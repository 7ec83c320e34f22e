/// Turns one answer into an item result: state, points (after reverse scoring) and a 0-100 score.
enum ItemScoring {
    static func score(_ question: Question, answer: Answer?, relevant: Bool, unknownPolicy: UnknownPolicy) -> ItemResult {
        score(ItemFacts(question), value: answer?.value, note: answer?.note, evidence: answer?.evidence, relevant: relevant, unknownPolicy: unknownPolicy)
    }

    /// Scores from the facts of a question: the engine keeps these per question, so scoring a
    /// response does not copy whole questions (with their help texts and conditions).
    /// The answer comes in its parts (value, note, evidence), read in place by the caller:
    /// copying a whole answer would count a reference for each part twice.
    static func score(_ question: ItemFacts, value answered: AnswerValue?, note: String?, evidence: String?, relevant: Bool,
                      unknownPolicy: UnknownPolicy) -> ItemResult {
        let kind = question.kind
        var item = ItemResult(facts: question, state: .unanswered, answer: answered, note: note, evidence: evidence)
        guard relevant else { item.state = .notRelevant; return item }
        guard let value = answered else { return item }
        switch value {
        case .unanswered:
            return item
        case .notApplicable:
            item.state = .notApplicable
            return item
        case .unknown:
            item.state = .unknown
            // "Weet niet" can count as the lowest option when the framework says so.
            if unknownPolicy == .lowest, question.isScored, let range = question.range {
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
    static func range(of kind: any QuestionKind) -> (min: Double, max: Double)? {
        if let option = kind.options.first(where: { $0.value != nil }), let points = kind.points(for: .option(option.id)) {
            return (points.min, points.max)
        }
        if let points = kind.points(for: .bool(false)) { return (points.min, points.max) }
        if let points = kind.points(for: .options([])) { return (points.min, points.max) }
        if let points = kind.points(for: .number(-.greatestFiniteMagnitude)) { return (points.min, points.max) }
        return nil
    }
}
