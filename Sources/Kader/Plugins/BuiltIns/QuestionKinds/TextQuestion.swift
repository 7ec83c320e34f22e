/// Free text (`type: text`), never scored: "wat gaat goed?", "wat kan beter?", a note.
public struct TextQuestion: QuestionKind {
    public static let name = "text"
    public static let summary = Message(nl: "vrije tekst, niet gescoord", en: "free text, not scored")
    public static let keySpecs = [
        KeySpec("max_length", .count, title: "Maximum length", default: 10_000, "In characters.")
    ]
    public static var keys: [String] { keySpecs.map(\.name) }

    let maxLength: Int

    public static func make(_ reader: ConfigReader, context: QuestionKindContext) -> TextQuestion? {
        TextQuestion(maxLength: reader.count("max_length") ?? 10_000)
    }

    public var answerType: ExprType { .text }
    public var answerShape: AnswerShape { .text }
    public var options: [AnswerOption] { [] }
    public var pointsRange: ClosedRange<Double>? { nil }
    public var allowsUnknown: Bool { false }

    public func read(_ node: YAMLNode, questionID: String, sink: DiagnosticSink) -> AnswerValue? {
        guard
            let text = ValueReader(sink: sink).string(
                node, what: Message(nl: "het antwoord op '\(questionID)'", en: "the answer to '\(questionID)'"))
        else { return nil }
        if text.count > maxLength {
            sink.error(
                .invalidAnswer,
                Message(
                    nl: "het antwoord op '\(questionID)' is langer dan \(maxLength) tekens",
                    en: "the answer to '\(questionID)' is longer than \(maxLength) characters"), at: node)
            return nil
        }
        return .text(text)
    }

    public func points(for value: AnswerValue) -> ItemPoints? { nil }
}
