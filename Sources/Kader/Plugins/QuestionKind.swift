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
public protocol QuestionKind: Sendable {
    /// The name frameworks use in `type:`.
    static var name: String { get }
    /// One sentence on what it asks.
    static var summary: Message { get }
    /// The YAML keys this kind reads besides the common question keys.
    static var keys: [String] { get }
    /// Reads the kind's own keys; reports problems through `reader.sink` and returns nil on error.
    static func make(_ reader: ConfigReader, context: QuestionKindContext) -> Self?
    /// The type of the answer in expressions.
    var answerType: ExprType { get }
    /// The options a respondent picks from (empty for numbers and text).
    var options: [AnswerOption] { get }
    /// True when the kind produces an item score.
    var isScored: Bool { get }
    /// True when "weet niet" and "n.v.t." are allowed answers.
    var allowsUnknown: Bool { get }
    /// True when "n.v.t." is an allowed answer.
    var allowsNotApplicable: Bool { get }
    /// Reads an answer value from a response, reporting problems; nil when invalid.
    func read(_ node: YAMLNode, questionID: String, sink: DiagnosticSink) -> AnswerValue?
    /// The points for an answer value, or nil when it is not scored.
    func points(for value: AnswerValue) -> ItemPoints?
    /// An answer as a person reads it.
    func display(_ value: AnswerValue, in language: Language) -> String
}

extension QuestionKind {
    public var allowsUnknown: Bool { true }
    public var allowsNotApplicable: Bool { true }

    /// The default display: option labels for options, "ja"/"nee", numbers, text.
    public func display(_ value: AnswerValue, in language: Language) -> String {
        AnswerDisplay.text(value, options: options, in: language)
    }
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
            guard !ids.isEmpty else { return language == .nl ? "geen" : "none" }
            var text = ""
            for (offset, id) in ids.enumerated() {
                if offset > 0 { text += ", " }
                text += label(id)
            }
            return text
        case .bool(let b): return language == .nl ? (b ? "ja" : "nee") : (b ? "yes" : "no")
        case .number(let n): return ExpressionFormat.number(n)
        case .text(let t): return t
        case .unknown: return language == .nl ? "weet niet" : "don't know"
        case .notApplicable: return language == .nl ? "n.v.t." : "n/a"
        case .unanswered: return language == .nl ? "niet ingevuld" : "not answered"
        }
    }
}
