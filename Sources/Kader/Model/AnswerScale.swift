/// What an answer option means for scoring.
public enum OptionRole: String, Sendable, Hashable {
    /// An ordinary option with a value that counts.
    case scored
    /// "weet niet": an information gap. Left out of the score; counted in completeness.
    case unknown
    /// "n.v.t.": does not apply here. Left out of the score and of the maximum.
    case notApplicable = "not_applicable"
}

/// One option of a scale or a choice question.
public struct AnswerOption: Sendable, Hashable {
    /// The id written in a response, for example `grotendeels`.
    public var id: String
    /// What the respondent reads.
    public var label: LocalizedText
    /// The points for a scored option; nil for "weet niet" and "n.v.t.".
    public var value: Double?
    /// Scored, unknown or not applicable.
    public var role: OptionRole
    /// An optional longer explanation of when to pick this option.
    public var help: LocalizedText?
    /// Where it was defined.
    public var location: SourceLocation
}

/// A named, ordered list of answer options, shared by many questions.
public struct AnswerScale: Sendable, Hashable {
    /// The id questions use to name it.
    public var id: String {
        didSet { optionSpace = OptionAnswers.space("scale '\(id)'", options) }
    }
    /// The options, lowest first as written.
    public var options: [AnswerOption] {
        didSet { optionSpace = OptionAnswers.space("scale '\(id)'", options) }
    }
    /// Where it was defined.
    public var location: SourceLocation
    /// What expressions know of an answer on this scale, made once: every question on the
    /// scale shares it, and a framework may have a thousand.
    public private(set) var optionSpace: OptionSpace

    /// Creates a scale.
    public init(id: String, options: [AnswerOption], location: SourceLocation) {
        self.id = id
        self.options = options
        self.location = location
        optionSpace = OptionAnswers.space("scale '\(id)'", options)
    }

    /// The scored options.
    public var scoredOptions: [AnswerOption] { options.filter { $0.role == .scored } }
    /// The lowest value of a scored option.
    public var minValue: Double { scoredOptions.compactMap(\.value).min() ?? 0 }
    /// The highest value of a scored option.
    public var maxValue: Double { scoredOptions.compactMap(\.value).max() ?? 0 }

    /// The option with `id`.
    public func option(_ id: String) -> AnswerOption? { options.first { $0.id == id } }
}
