/// A question answered on a named scale shared by many questions (`type: scale`, `scale: mate`).
public struct ScaleQuestion: QuestionKind {
    public static let name = "scale"
    public static let summary = Message(nl: "één keuze op een benoemde antwoordschaal", en: "one choice on a named answer scale")
    public static let keySpecs = [
        KeySpec("scale", .id, required: true, "The id of a scale under `scales:`.")
    ]
    public static var keys: [String] { keySpecs.map(\.name) }

    /// The scale.
    public let scale: AnswerScale
    /// The lowest and highest scored values, found once: `points(for:)` runs for every answer.
    public let pointsRange: ClosedRange<Double>?
    /// Whether the scale has a "weet niet" option, and an "n.v.t." one, found once: asked for
    /// every such answer, and walking the options copied each.
    public let allowsUnknown: Bool
    public let allowsNotApplicable: Bool

    /// A question on `scale`.
    public init(scale: AnswerScale) {
        self.scale = scale
        pointsRange = scale.options.contains { $0.value != nil } ? scale.minValue...scale.maxValue : nil
        allowsUnknown = scale.options.contains { $0.role == .unknown }
        allowsNotApplicable = scale.options.contains { $0.role == .notApplicable }
    }

    public static func make(_ reader: ConfigReader, context: QuestionKindContext) -> ScaleQuestion? {
        guard let id = reader.identifier("scale"), let node = reader["scale"] else { return nil }
        guard let scale = context.scales[id] else {
            reader.sink.error(
                .unknownReference, Message(nl: "onbekende schaal '\(id)'", en: "unknown scale '\(id)'"),
                fix: Suggestion.fix(for: id, in: context.scales.keys.sorted(), what: Message(nl: "schalen", en: "scales")), at: node)
            return nil
        }
        return ScaleQuestion(scale: scale)
    }

    public var answerType: ExprType { .option(scale.optionSpace) }
    // Stated, not derived from `answerType`: that would copy the option space for every answer read.
    public var answerShape: AnswerShape { .option }
    public var options: [AnswerOption] { scale.options }
    public var isScored: Bool { true }

    public func read(_ node: YAMLNode, questionID: String, sink: DiagnosticSink) -> AnswerValue? {
        OptionAnswers.answer(node, in: scale.options, questionID: questionID, sink: sink)
    }

    public func points(for value: AnswerValue) -> ItemPoints? {
        guard case .option(let id) = value, let range = pointsRange, let index = OptionAnswers.position(of: id, in: scale.options),
            let points = scale.options[index].value
        else { return nil }
        return ItemPoints(points: points, min: range.lowerBound, max: range.upperBound)
    }
}
