/// Yes or no (`type: yesno`). Scored 1 for yes and 0 for no unless `scored: false`; use
/// `reverse: true` when "no" is the good answer.
public struct YesNoQuestion: QuestionKind {
    public static let name = "yesno"
    public static let summary = Message(
        nl: "ja of nee; ja telt 1 punt, nee 0 (omkeerbaar met reverse)", en: "yes or no; yes scores 1, no 0 (reversible with reverse)")
    public static let keySpecs = [
        KeySpec("scored", .boolean, default: true, "Whether yes and no count in the score.")
    ]
    public static var keys: [String] { keySpecs.map(\.name) }

    let scored: Bool

    public static func make(_ reader: ConfigReader, context: QuestionKindContext) -> YesNoQuestion? {
        YesNoQuestion(scored: reader.bool("scored") ?? true)
    }

    public var answerType: ExprType { .bool }
    public var answerShape: AnswerShape { .yesNo }
    public var options: [AnswerOption] { [] }
    public var pointsRange: ClosedRange<Double>? { scored ? 0...1 : nil }

    static let yes: Set<String> = ["true", "ja", "yes", "j", "y"]
    static let no: Set<String> = ["false", "nee", "no", "n"]

    public func read(_ node: YAMLNode, questionID: String, sink: DiagnosticSink) -> AnswerValue? {
        let word = node.scalar?.lowercased() ?? ""
        if Self.yes.contains(word) { return .bool(true) }
        if Self.no.contains(word) { return .bool(false) }
        sink.error(
            .invalidAnswer,
            Message(
                nl: "vraag '\(questionID)' verwacht ja of nee, niet '\(node.scalar ?? "…")'",
                en: "question '\(questionID)' expects yes or no, not '\(node.scalar ?? "…")'"),
            fix: Message(nl: "schrijf ja, nee, weet_niet of nvt", en: "write yes, no, weet_niet or nvt"), at: node)
        return nil
    }

    public func points(for value: AnswerValue) -> ItemPoints? {
        guard scored, case .bool(let b) = value else { return nil }
        return ItemPoints(points: b ? 1 : 0, min: 0, max: 1)
    }
}
