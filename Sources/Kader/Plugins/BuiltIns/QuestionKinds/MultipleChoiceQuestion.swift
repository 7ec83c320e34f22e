/// Several choices (`type: multi`). Scored when options have values: the points of the chosen
/// options, out of the points of all positive options.
public struct MultipleChoiceQuestion: QuestionKind {
    public static let name = "multi"
    public static let summary = Message(
        nl: "meerdere keuzes; de punten van de gekozen opties tellen op", en: "several choices; the points of the chosen options add up")
    public static let keySpecs = [
        KeySpec("options", FrameworkFormat.optionList, required: true, "The options to choose from."),
        KeySpec("min_choices", .count, title: "Minimum choices", default: 0, "The fewest options to choose."),
        KeySpec(
            "max_choices", .integer(minimum: 1, maximum: nil), title: "Maximum choices",
            "The most options to choose; at least 1 and at least min_choices.")
    ]
    public static var keys: [String] { keySpecs.map(\.name) }

    public let options: [AnswerOption]
    let questionID: String
    /// The fewest options to choose.
    public let minChoices: Int
    /// The most options to choose, if limited.
    public let maxChoices: Int?

    public static func make(_ reader: ConfigReader, context: QuestionKindContext) -> MultipleChoiceQuestion? {
        guard let node = reader.required("options"),
            let options = context.readOptions(
                node, Message(nl: "de opties van '\(context.questionID)'", en: "the options of '\(context.questionID)'"))
        else { return nil }
        let minChoices = reader.count("min_choices") ?? 0
        let maxChoices = reader.count("max_choices")
        if let maxChoices, maxChoices < max(1, minChoices), let at = reader["max_choices"] {
            reader.sink.error(
                .invalidValue,
                Message(nl: "max_choices is kleiner dan min_choices of 1", en: "max_choices is smaller than min_choices or 1"), at: at)
        }
        return MultipleChoiceQuestion(options: options, questionID: context.questionID, minChoices: minChoices, maxChoices: maxChoices)
    }

    public var answerType: ExprType { .options(OptionAnswers.space("question '\(questionID)'", options)) }
    public var answerShape: AnswerShape { .options(ChoiceCount(min: minChoices, max: maxChoices)) }

    /// From the points of the negative options together to those of the positive ones; nil when
    /// no option has a value.
    public var pointsRange: ClosedRange<Double>? {
        guard options.contains(where: { $0.value != nil }) else { return nil }
        let values = options.compactMap(\.value)
        return values.filter { $0 < 0 }.reduce(0, +)...values.filter { $0 > 0 }.reduce(0, +)
    }

    public func read(_ node: YAMLNode, questionID: String, sink: DiagnosticSink) -> AnswerValue? {
        guard
            let items = ValueReader(sink: sink).list(
                node, what: Message(nl: "het antwoord op '\(questionID)'", en: "the answer to '\(questionID)'"))
        else { return nil }
        var ids: [String] = []
        for item in items {
            guard let index = OptionAnswers.index(item, in: options, questionID: questionID, sink: sink) else { continue }
            let id = options[index].id
            if ids.contains(id) {
                sink.warning(
                    .duplicateChoice,
                    Message(nl: "optie '\(id)' staat twee keer in het antwoord", en: "option '\(id)' appears twice in the answer"), at: item
                )
            } else {
                ids.append(id)
            }
        }
        if ids.count < minChoices || (maxChoices.map { ids.count > $0 } ?? false) {
            let range = "\(minChoices)–\(maxChoices.map(String.init) ?? "…")"
            sink.error(
                .invalidAnswer,
                Message(
                    nl: "kies \(range) opties bij '\(questionID)' (nu \(ids.count))",
                    en: "choose \(range) options for '\(questionID)' (now \(ids.count))"), at: node)
            return nil
        }
        return .options(ids)
    }

    public func points(for value: AnswerValue) -> ItemPoints? {
        guard case .options(let ids) = value else { return nil }
        // One pass, no intermediate lists: every response scores every multiple-choice item.
        var earned = 0.0
        var best = 0.0
        var worst = 0.0
        var valued = false
        for index in options.indices {
            guard let points = options[index].value else { continue }
            valued = true
            if points > 0 { best += points } else if points < 0 { worst += points }
            if ids.contains(options[index].id) { earned += points }
        }
        return valued ? ItemPoints(points: min(best, max(worst, earned)), min: worst, max: best) : nil
    }
}
