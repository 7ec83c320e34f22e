import Kader

/// `type: rating`: a mark from 1 to 10 ("Welk cijfer geeft u de samenwerking?"), asked as a
/// whole number and printed as a number line on paper. Scored linearly, 1 lowest; `highest: 5`
/// makes it 1–5.
///
/// It states its answer shape (a whole number within bounds) and points range; fill, the
/// template, CSV import and the response writer work from those alone. It adds its own words
/// where a mark differs from a plain number: "7/10" is read as 7, reports say "7 van 10", and the
/// paper form prints a number line.
public struct RatingQuestion: QuestionKind {
    public static let name = "rating"
    public static let summary = Message(
        nl: "een cijfer van 1 tot en met 10 (of tot 'highest'), lineair gescoord",
        en: "a mark from 1 to 10 (or to 'highest'), scored linearly")
    /// Its own key, described so that `JSONSchemaGenerator` and the docs' tables show it.
    public static let keySpecs = [
        KeySpec("highest", .integer(minimum: 2, maximum: 100), default: 10, "The highest mark; the lowest is 1.")
    ]
    public static var keys: [String] { keySpecs.map(\.name) }

    /// The highest mark; the lowest is 1.
    public let highest: Int

    public static func make(_ reader: ConfigReader, context: QuestionKindContext) -> RatingQuestion? {
        let highest = reader.integer("highest") ?? 10
        guard (2...100).contains(highest) else {
            reader.sink.error(
                .invalidValue,
                Message(
                    nl: "highest moet tussen 2 en 100 liggen, niet \(highest)",
                    en: "highest must be from 2 to 100, not \(highest)"),
                fix: Message(nl: "laat 'highest' weg voor 1 tot en met 10", en: "leave out 'highest' for 1 to 10"),
                at: reader["highest"] ?? reader.node)
            return nil
        }
        return RatingQuestion(highest: highest)
    }

    public var answerType: ExprType { .number }
    public var options: [AnswerOption] { [] }
    public var answerShape: AnswerShape { .number(NumberRange(minimum: 1, maximum: Double(highest), integer: true)) }
    public var pointsRange: ClosedRange<Double>? { 1...Double(highest) }

    /// A whole number from 1 to `highest`, written `7` or `7/10`.
    public func read(_ node: YAMLNode, questionID: String, sink: DiagnosticSink) -> AnswerValue? {
        let text = node.scalar ?? ""
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map { $0.filter { $0 != " " } }
        if let mark = Int(parts[0]), (1...highest).contains(mark), parts.count == 1 || (parts.count == 2 && parts[1] == String(highest)) {
            return .number(Double(mark))
        }
        sink.error(
            .invalidAnswer,
            Message(
                nl: "'\(text)' is geen cijfer van 1 tot en met \(highest) bij '\(questionID)'",
                en: "'\(text)' is not a mark from 1 to \(highest) for '\(questionID)'"),
            fix: Message(
                nl: "geef een heel getal van 1 tot en met \(highest), zoals 7",
                en: "give a whole number from 1 to \(highest), such as 7"),
            at: node)
        return nil
    }

    public func points(for value: AnswerValue) -> ItemPoints? {
        guard case .number(let mark) = value else { return nil }
        return ItemPoints(points: mark, min: 1, max: Double(highest))
    }

    /// "7 van 10" in reports, explanations and `kader fill`.
    public func display(_ value: AnswerValue, in language: Language) -> String {
        guard case .number(let mark) = value else { return AnswerDisplay.text(value, options: [], in: language) }
        return ValueText.number(mark, language: language) + Say(language)(" van ", " out of ") + String(highest)
    }

    /// "7/10", typed or in a survey export, goes to `read`; a plain number is read as numbers are.
    public func typedAnswer(_ text: String) -> YAMLNode.Kind? { text.contains("/") ? .scalar(text, .doubleQuoted) : nil }
    public func cellAnswer(_ text: String) -> YAMLNode.Kind? { typedAnswer(text) }

    /// A number line to tick a mark on, instead of a line to write a number on.
    public func paperAnswer(reverse: Bool, in language: Language) -> PaperAnswer {
        let hint =
            language == .nl
            ? "Kruis één cijfer aan: 1 is het laagst, \(highest) het hoogst."
            : "Tick one mark: 1 is the lowest, \(highest) the highest."
        return PaperAnswer(.numberLine((1...highest).map(String.init)), hint: hint)
    }
}
