import Kader

/// A report of what Kader computed, built once for every format as a ``ReportDocument``. What
/// it reports is its `Subject`, and each kind of report is an extension for its subject:
/// ``ResultReport`` (one respondent's result), ``ComparisonReport`` (results over time or side by
/// side), ``GroupReport`` (many results to one framework), ``ConsensusReport`` (colleagues'
/// answers combined). Their parts are public, so that new views (a two-page summary, a web page)
/// can put them together in another way.
public struct Report<Subject> {
    /// What the report is about.
    public let subject: Subject
    /// The framework's words in the report's language.
    let words: Vocabulary

    /// The report of `subject`, with the words of `framework`, in `language`.
    public init(_ subject: Subject, framework: Framework, language: Language) {
        self.init(subject, words: Vocabulary(framework, language))
    }

    init(_ subject: Subject, words: Vocabulary) {
        self.subject = subject
        self.words = words
    }
}

/// One respondent's result (`kader scan`).
public typealias ResultReport = Report<AssessmentResult>
/// Two or more results compared (`kader compare`).
public typealias ComparisonReport = Report<Comparison>
/// Many results to one framework (`kader aggregate`).
public typealias GroupReport = Report<GroupSummary>
/// Colleagues' answers combined (`kader aggregate --combine`).
public typealias ConsensusReport = Report<Consensus>
