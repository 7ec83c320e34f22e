/// Points an item earns, with the range it could have earned.
public struct ItemPoints: Sendable, Hashable {
    /// Points earned (before reverse scoring and weight).
    public var points: Double
    /// The lowest possible points.
    public var min: Double
    /// The highest possible points.
    public var max: Double

    /// Creates item points.
    public init(points: Double, min: Double, max: Double) {
        self.points = points
        self.min = min
        self.max = max
    }
}

/// What a question kind's `make` can see of the framework.
public struct QuestionKindContext {
    /// The framework's scales by id.
    public var scales: [String: AnswerScale]
    /// The question's id.
    public var questionID: String
    /// Reads option lists the same way everywhere.
    public var readOptions: (YAMLNode, Message) -> [AnswerOption]?
}

/// A kind of question: scale choice, yes/no, several choices, number, free text, or your own.
/// Register with ``PluginRegistry/register(questionKind:)``; frameworks name it in `type:`.
///
/// A kind reads its own YAML keys (``make(_:context:)``), reads and checks answers
/// (``read(_:questionID:sink:)``) and scores them (``points(for:)`` within ``pointsRange``).
/// Everything else that deals with answers without knowing the kind — `kader fill`, the answer
/// template, the paper form, CSV import, the response writer, reports — works from the kind's
/// ``answerShape`` and the hooks below, so a plugin kind works wherever a built-in does. The
/// hooks have defaults that follow the shape; override one where your kind needs its own words.
///
/// A mark from 1 to 10 (`type: rating`), answered as a number, printed on the paper form as a
/// number line:
///
/// ```swift
/// public struct RatingQuestion: QuestionKind {
///     public static let name = "rating"
///     public static let summary = Message(nl: "een cijfer van 1 tot en met 10", en: "a mark from 1 to 10")
///     public static let keys: [String] = []
///     public static func make(_ reader: ConfigReader, context: QuestionKindContext) -> RatingQuestion? { RatingQuestion() }
///
///     public var answerType: ExprType { .number }
///     public var options: [AnswerOption] { [] }
///     public var answerShape: AnswerShape { .number(NumberRange(minimum: 1, maximum: 10, integer: true)) }
///     public var pointsRange: ClosedRange<Double>? { 1...10 }
///
///     public func read(_ node: YAMLNode, questionID: String, sink: DiagnosticSink) -> AnswerValue? {
///         if let mark = node.scalar.flatMap({ Int($0) }), (1...10).contains(mark) { return .number(Double(mark)) }
///         sink.error(.invalidAnswer, Message(nl: "geef een cijfer van 1 tot en met 10", en: "give a mark from 1 to 10"), at: node)
///         return nil
///     }
///     public func points(for value: AnswerValue) -> ItemPoints? {
///         guard case .number(let mark) = value else { return nil }
///         return ItemPoints(points: mark, min: 1, max: 10)
///     }
///     public func paperAnswer(reverse: Bool, in language: Language) -> PaperAnswer {
///         PaperAnswer(.numberLine((1...10).map(String.init)))
///     }
/// }
/// ```
///
/// `Examples/CustomPlugin` has this kind in full, with a test that runs it through every
/// command; `docs/question-kinds.md` describes each requirement.
public protocol QuestionKind: Sendable {
    /// The name frameworks use in `type:`.
    static var name: String { get }
    /// One sentence on what it asks.
    static var summary: Message { get }
    /// The YAML keys this kind reads besides the common question keys.
    static var keys: [String] { get }
    /// The same keys with what their values look like and mean, for `kader schema` and the docs;
    /// by default each of `keys`, taking any value.
    static var keySpecs: [KeySpec] { get }
    /// Reads the kind's own keys; reports problems through `reader.sink` and returns nil on error.
    static func make(_ reader: ConfigReader, context: QuestionKindContext) -> Self?
    /// The type of the answer in expressions.
    var answerType: ExprType { get }
    /// The options a respondent picks from (empty for numbers and text).
    var options: [AnswerOption] { get }
    /// What an answer looks like. Default: the shape of ``answerType``, without bounds or limits;
    /// a kind with bounds (a number from 1 to 10) or a number of choices states them here.
    var answerShape: AnswerShape { get }
    /// The lowest and highest points an answer can earn (before reverse scoring and weight);
    /// nil when the kind is not scored. "Weet niet" counts as the lowest when a framework says so.
    var pointsRange: ClosedRange<Double>? { get }
    /// True when the kind produces an item score. Default: it has a ``pointsRange``.
    var isScored: Bool { get }
    /// True when "weet niet" and "n.v.t." are allowed answers.
    var allowsUnknown: Bool { get }
    /// True when "n.v.t." is an allowed answer.
    var allowsNotApplicable: Bool { get }
    /// Reads an answer value from a response, reporting problems; nil when invalid.
    func read(_ node: YAMLNode, questionID: String, sink: DiagnosticSink) -> AnswerValue?
    /// The points for an answer value, or nil when it is not scored.
    func points(for value: AnswerValue) -> ItemPoints?
    /// An answer as a person reads it (reports, explanations, `kader fill`). Default: option
    /// labels, "ja"/"nee", the number, the text.
    func display(_ value: AnswerValue, in language: Language) -> String

    /// The lines `kader fill` shows under the question: the options by number, or what to type.
    /// The keys for "weet niet" and "n.v.t." follow them. Default: by ``answerShape``.
    func fillPrompt(in language: Language) -> [String]
    /// A line typed at `kader fill` as the node ``read(_:questionID:sink:)`` checks, for answers
    /// written the kind's own way (`7/10`); nil reads it by ``answerShape`` (the default): option
    /// numbers and labels, `ja`/`nee`, a number with a decimal comma, the text.
    func typedAnswer(_ text: String) -> YAMLNode.Kind?
    /// A cell of a survey tool's CSV export as the node ``read(_:questionID:sink:)`` checks; nil
    /// reads it by ``answerShape`` (the default): labels and values, several choices separated by
    /// `;` or `,`, yes and no in the survey tools' words, numbers with a decimal comma.
    func cellAnswer(_ text: String) -> YAMLNode.Kind?
    /// What the answer template says may be written, after the question. Default: by
    /// ``answerShape``, with the words for "weet niet" and "n.v.t." the kind accepts.
    func templateChoices(in language: Language) -> String
    /// What the paper form prints to answer on: boxes, a number line, a line or lines to write
    /// on. Default: by ``answerShape``; "weet niet" and "n.v.t." boxes are added after it.
    func paperAnswer(reverse: Bool, in language: Language) -> PaperAnswer
    /// An answer as YAML in a response file, as ``read(_:questionID:sink:)`` reads it back.
    /// Default: the option id or ids, `ja`/`nee`, the number, the quoted text, and the kind's
    /// own words for "weet niet" and "n.v.t.".
    func yaml(_ value: AnswerValue) -> String
}

extension QuestionKind {
    public var answerShape: AnswerShape { AnswerShape(answerType) ?? .text }
    public var isScored: Bool { pointsRange != nil }
    public var allowsUnknown: Bool { true }
    public var allowsNotApplicable: Bool { true }

    /// The default display: option labels for options, "ja"/"nee", numbers, text.
    public func display(_ value: AnswerValue, in language: Language) -> String {
        AnswerDisplay.text(value, options: options, in: language)
    }

    public func typedAnswer(_ text: String) -> YAMLNode.Kind? { nil }
    public func cellAnswer(_ text: String) -> YAMLNode.Kind? { nil }
}

/// How answers read in reports and explanations.
public enum AnswerDisplay {
    /// The answer in words.
    public static func text(_ value: AnswerValue, options: [AnswerOption], in language: Language) -> String {
        // By index: `first(where:)` would copy each option it passes.
        func label(_ id: String) -> String {
            for index in options.indices where options[index].id == id { return options[index].label.text(in: language) }
            return id
        }
        switch value {
        case .option(let id): return label(id)
        case .options(let ids):
            guard !ids.isEmpty else { return Say(language)("geen", "none") }
            var text = ""
            for (offset, id) in ids.enumerated() {
                if offset > 0 { text += ", " }
                text += label(id)
            }
            return text
        case .bool(let b): return b ? Say(language)("ja", "yes") : Say(language)("nee", "no")
        case .number(let n): return ExpressionFormat.number(n)
        case .text(let t): return t
        case .unknown: return Say(language)("weet niet", "don't know")
        case .notApplicable: return Say(language)("n.v.t.", "n/a")
        case .unanswered: return Say(language)("niet ingevuld", "not answered")
        }
    }
}
