/// One choice from the question's own options (`type: choice`, `options: [...]`). Scored when
/// the options have values.
public struct ChoiceQuestion: QuestionKind {
    public static let name = "choice"
    public static let summary = Message(nl: "één keuze uit de eigen opties van de vraag", en: "one choice from the question's own options")
    public static let keySpecs = [
        KeySpec("options", FrameworkFormat.optionList, required: true, "The question's own options; scored when they have values.")
    ]
    public static var keys: [String] { keySpecs.map(\.name) }

    public let options: [AnswerOption]
    let questionID: String
    /// The lowest and highest option values, found once: `points(for:)` runs for every answer;
    /// nil when no option has a value.
    public let pointsRange: ClosedRange<Double>?

    init(options: [AnswerOption], questionID: String) {
        self.options = options
        self.questionID = questionID
        let values = options.compactMap(\.value)
        pointsRange = values.min().flatMap { low in values.max().map { low...$0 } }
    }

    public static func make(_ reader: ConfigReader, context: QuestionKindContext) -> ChoiceQuestion? {
        guard let node = reader.required("options"),
            let options = context.readOptions(
                node, Message(nl: "de opties van '\(context.questionID)'", en: "the options of '\(context.questionID)'"))
        else { return nil }
        return ChoiceQuestion(options: options, questionID: context.questionID)
    }

    public var answerType: ExprType { .option(OptionAnswers.space("question '\(questionID)'", options)) }
    // Stated, not derived from `answerType`: that would build an option space for every answer read.
    public var answerShape: AnswerShape { .option }

    public func read(_ node: YAMLNode, questionID: String, sink: DiagnosticSink) -> AnswerValue? {
        OptionAnswers.answer(node, in: options, questionID: questionID, sink: sink)
    }

    public func points(for value: AnswerValue) -> ItemPoints? {
        guard case .option(let id) = value, let range = pointsRange, let index = OptionAnswers.position(of: id, in: options),
            let points = options[index].value
        else { return nil }
        return ItemPoints(points: points, min: range.lowerBound, max: range.upperBound)
    }
}
