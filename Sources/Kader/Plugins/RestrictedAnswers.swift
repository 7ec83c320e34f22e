/// A question's kind with "weet niet" or "n.v.t." taken away, because the question's `allow:`
/// says so (a critical item that must not be "n.v.t."). Wrapping the kind once at load puts the
/// restriction everywhere a kind is asked: the response loader and the engine refuse the answer,
/// and the template, the paper form, `kader fill` and the survey import no longer offer it.
struct RestrictedAnswers: QuestionKind {
    static let name = "restricted"
    static let summary = Message(nl: "een vraagtype zonder 'weet niet' of 'n.v.t.'", en: "a question kind without 'weet niet' or 'n.v.t.'")
    static let keys: [String] = []
    static func make(_ reader: ConfigReader, context: QuestionKindContext) -> RestrictedAnswers? { nil }

    /// The question's own kind.
    let base: any QuestionKind
    /// Whether the question allows "weet niet".
    let unknownAllowed: Bool
    /// Whether the question allows "n.v.t.".
    let notApplicableAllowed: Bool

    /// `kind`, restricted to what `allow` holds; `kind` itself when it allows both.
    static func wrap(_ kind: any QuestionKind, allow: Set<OptionRole>) -> any QuestionKind {
        if allow.contains(.unknown), allow.contains(.notApplicable) { return kind }
        return RestrictedAnswers(base: kind, unknownAllowed: allow.contains(.unknown), notApplicableAllowed: allow.contains(.notApplicable))
    }

    /// Whether the question takes an option with `role`.
    func allows(_ role: OptionRole) -> Bool {
        switch role {
        case .scored: true
        case .unknown: unknownAllowed
        case .notApplicable: notApplicableAllowed
        }
    }

    var answerType: ExprType { base.answerType }
    var options: [AnswerOption] { base.options.filter { allows($0.role) } }
    var answerShape: AnswerShape { base.answerShape }
    var pointsRange: ClosedRange<Double>? { base.pointsRange }
    var isScored: Bool { base.isScored }
    var allowsUnknown: Bool { unknownAllowed && base.allowsUnknown }
    var allowsNotApplicable: Bool { notApplicableAllowed && base.allowsNotApplicable }

    func read(_ node: YAMLNode, questionID: String, sink: DiagnosticSink) -> AnswerValue? {
        guard let value = base.read(node, questionID: questionID, sink: sink) else { return nil }
        let refused: String? =
            switch value {
            case .unknown where !unknownAllowed: "weet niet"
            case .notApplicable where !notApplicableAllowed: "n.v.t."
            default: nil
            }
        guard let refused else { return value }
        sink.error(
            .invalidAnswer,
            Message(
                nl: "vraag '\(questionID)' kent geen '\(refused)'",
                en: "question '\(questionID)' has no '\(refused)'"),
            fix: Message(
                nl: "kies een van de andere antwoorden, of laat de vraag open",
                en: "choose one of the other answers, or leave the question open"), at: node)
        return nil
    }

    func points(for value: AnswerValue) -> ItemPoints? { base.points(for: value) }
    func display(_ value: AnswerValue, in language: Language) -> String { base.display(value, in: language) }
    func typedAnswer(_ text: String) -> YAMLNode.Kind? { base.typedAnswer(text) }
    func cellAnswer(_ text: String) -> YAMLNode.Kind? { base.cellAnswer(text) }
    func yaml(_ value: AnswerValue) -> String { base.yaml(value) }
}

extension QuestionKind {
    /// Whether the kind takes `value` as an answer: "weet niet" and "n.v.t." only where it allows
    /// them (a question's `allow:`); any other value is for the kind's reader to judge.
    public func admits(_ value: AnswerValue) -> Bool {
        switch value {
        case .unknown: allowsUnknown
        case .notApplicable: allowsNotApplicable
        default: true
        }
    }
}

extension Question {
    /// The name of the kind the question was written with (`scale`, `yesno`), through any
    /// restriction of its `allow:`.
    public var kindName: String {
        (kind as? RestrictedAnswers).map { type(of: $0.base).name } ?? type(of: kind).name
    }
}
