/// A number within bounds (`type: number`, `min:`, `max:`). Scored linearly between the bounds
/// when `scored: true`.
public struct NumberQuestion: QuestionKind {
    public static let name = "number"
    public static let summary = Message(
        nl: "een getal binnen grenzen; desgewenst lineair gescoord tussen min en max",
        en: "a number within bounds; optionally scored linearly between min and max")
    public static let keySpecs = [
        KeySpec("min", .anyNumber, title: "Minimum", "The lowest allowed answer."),
        KeySpec("max", .anyNumber, title: "Maximum", "The highest allowed answer; greater than min."),
        KeySpec(
            "unit", .text,
            "Shown after the number, after a space, in every report, answer text and `because` text (\"70 %\", \"12 statushouders\")."),
        KeySpec(
            "scored", .boolean, default: false, rules: [.whenTrueRequires(["min", "max"])],
            "Scored linearly between min and max; a scored number question needs both."),
        KeySpec("integer", .boolean, title: "Whole numbers only", default: false, "Only whole numbers are valid answers.")
    ]
    public static var keys: [String] { keySpecs.map(\.name) }

    /// The lowest allowed answer, if any.
    public let minimum: Double?
    /// The highest allowed answer, if any.
    public let maximum: Double?
    let scored: Bool
    /// True when only whole numbers are allowed.
    public let integer: Bool
    /// The unit shown after the number.
    public let unit: LocalizedText?

    public static func make(_ reader: ConfigReader, context: QuestionKindContext) -> NumberQuestion? {
        let minimum = reader.number("min")
        let maximum = reader.number("max")
        let scored = reader.bool("scored") ?? false
        if let minimum, let maximum, minimum >= maximum, let at = reader["max"] {
            reader.sink.error(
                .invalidBounds,
                Message(
                    nl: "max (\(ExpressionFormat.number(maximum))) moet groter zijn dan min (\(ExpressionFormat.number(minimum)))",
                    en: "max (\(ExpressionFormat.number(maximum))) must be greater than min (\(ExpressionFormat.number(minimum)))"),
                fix: Message(
                    nl: "zet min onder max, bijvoorbeeld min: 0 en max: 10", en: "put min below max, for example min: 0 and max: 10"),
                at: at)
            return nil
        }
        if scored, minimum == nil || maximum == nil {
            reader.sink.error(
                .missingKey,
                Message(nl: "een gescoorde getalvraag heeft min en max nodig", en: "a scored number question needs min and max"),
                fix: Message(nl: "voeg 'min:' en 'max:' toe", en: "add 'min:' and 'max:'"), at: reader.node)
            return nil
        }
        return NumberQuestion(
            minimum: minimum, maximum: maximum, scored: scored, integer: reader.bool("integer") ?? false, unit: reader.text("unit"))
    }

    public var answerType: ExprType { .number }

    /// A number with its unit, in every report and `because` text: "70 %", "12 statushouders".
    public func display(_ value: AnswerValue, in language: Language) -> String {
        let number = AnswerDisplay.text(value, options: [], in: language)
        guard case .number = value, let unit else { return number }
        return number + " " + unit.text(in: language)
    }
    public var options: [AnswerOption] { [] }
    public var answerShape: AnswerShape { .number(NumberRange(minimum: minimum, maximum: maximum, integer: integer, unit: unit)) }

    /// The bounds, when the answer is scored.
    public var pointsRange: ClosedRange<Double>? {
        guard scored, let minimum, let maximum, minimum <= maximum else { return nil }
        return minimum...maximum
    }

    public func read(_ node: YAMLNode, questionID: String, sink: DiagnosticSink) -> AnswerValue? {
        guard
            let value = ValueReader(sink: sink).number(
                node, what: Message(nl: "het antwoord op '\(questionID)'", en: "the answer to '\(questionID)'"))
        else { return nil }
        if (minimum.map { value < $0 } ?? false) || (maximum.map { value > $0 } ?? false) {
            let bounds = "\(minimum.map(ExpressionFormat.number) ?? "…") – \(maximum.map(ExpressionFormat.number) ?? "…")"
            sink.error(
                .outOfBounds,
                Message(
                    nl: "\(ExpressionFormat.number(value)) valt buiten de grenzen van '\(questionID)' (\(bounds))",
                    en: "\(ExpressionFormat.number(value)) is outside the bounds of '\(questionID)' (\(bounds))"),
                fix: Message(nl: "geef een getal tussen \(bounds)", en: "give a number within \(bounds)"), at: node)
            return nil
        }
        if integer, value != value.rounded() {
            sink.error(
                .invalidAnswer, Message(nl: "'\(questionID)' verwacht een geheel getal", en: "'\(questionID)' expects a whole number"),
                at: node)
            return nil
        }
        return .number(value)
    }

    public func points(for value: AnswerValue) -> ItemPoints? {
        guard scored, case .number(let n) = value, let minimum, let maximum else { return nil }
        return ItemPoints(points: Swift.min(maximum, Swift.max(minimum, n)), min: minimum, max: maximum)
    }
}
