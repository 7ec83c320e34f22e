/// One answer as given: a value, or an honest "weet niet" or "n.v.t.".
public enum AnswerValue: Sendable, Hashable {
    /// A scale or single-choice option, by id.
    case option(String)
    /// Several choices, by id, in the order given.
    case options([String])
    /// Yes or no.
    case bool(Bool)
    /// A number.
    case number(Double)
    /// Free text.
    case text(String)
    /// "weet niet": the respondent does not know.
    case unknown
    /// "n.v.t.": does not apply.
    case notApplicable
    /// No answer yet; kept only when the respondent wrote a note without answering.
    case unanswered
}

/// An answer with the respondent's note and evidence.
public struct Answer: Sendable, Hashable {
    /// The value.
    public var value: AnswerValue
    /// A note: why this answer, what is planned.
    public var note: String?
    /// Evidence: a document, a link, a minute.
    public var evidence: String?
    /// Where it was written.
    public var location: SourceLocation

    /// Creates an answer.
    public init(value: AnswerValue, note: String? = nil, evidence: String? = nil, location: SourceLocation) {
        self.value = value
        self.note = note
        self.evidence = evidence
        self.location = location
    }
}

/// One respondent's answers to a framework, possibly partial.
public struct Response: Sendable {
    /// The framework id it answers.
    public var frameworkID: String
    /// The framework version it answered.
    public var frameworkVersion: String?
    /// Who answered (a mosque, a municipality, an intervention).
    public var respondent: String?
    /// The organisation, when the respondent is a person.
    public var organisation: String?
    /// When (ISO date, YYYY-MM-DD).
    public var date: String?
    /// Free context fields.
    public var context: [String: ContextValue]
    /// The answers by question id.
    public var answers: [String: Answer] {
        get { store.byID }
        set { store = AnswerStore(newValue) }
        _modify {
            // Changed in place: a placed store becomes a dictionary once, not per change.
            var answers = store.byID
            store = AnswerStore([:])
            defer { store = AnswerStore(answers) }
            yield &answers
        }
    }
    /// Where the answers are kept (``AnswerStore``).
    var store: AnswerStore
    /// Answers in the order written, for stable output.
    public var answerOrder: [String]
    /// The action plan: advice chosen to work on, in the order written.
    public var plan: [PlanItem]
    /// The file it was read from.
    public var sourceName: String

    /// Creates a response.
    public init(
        frameworkID: String, frameworkVersion: String? = nil, respondent: String? = nil,
        organisation: String? = nil, date: String? = nil, context: [String: ContextValue] = [:],
        answers: [String: Answer] = [:], answerOrder: [String]? = nil, plan: [PlanItem] = [],
        sourceName: String = "<response>"
    ) {
        self.frameworkID = frameworkID
        self.frameworkVersion = frameworkVersion
        self.respondent = respondent
        self.organisation = organisation
        self.date = date
        self.context = context
        self.store = AnswerStore(answers)
        self.answerOrder = answerOrder ?? answers.keys.sorted()
        self.plan = plan
        self.sourceName = sourceName
    }
}

/// A context field's value.
public enum ContextValue: Sendable, Hashable {
    case text(String)
    case number(Double)
}
