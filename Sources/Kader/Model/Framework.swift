/// A quality framework: everything needed to score one respondent's answers and advise them.
///
/// Built by ``FrameworkLoader`` from YAML, fully checked: every expression is parsed and typed,
/// every reference resolved, every plugin looked up. An engine can evaluate it many times.
public struct Framework: Sendable {
    /// A stable id, used by responses.
    public var id: String
    /// The framework's version; responses say which version they answered.
    public var version: String
    /// When this version was published.
    public var date: String?
    /// The languages the texts are in.
    public var languages: [Language]
    /// The title.
    public var title: LocalizedText
    /// What the framework is for.
    public var description: LocalizedText?
    /// Who fills it in and who reads the result.
    public var audience: LocalizedText?
    /// How to start and how to repeat the process.
    public var guidance: LocalizedText?
    /// What the content rests on.
    public var sources: [SourceReference]
    /// Documents that come with it (model documents, a session plan), in file order.
    public var resources: [FrameworkResource] = []
    /// Extra fields a response may carry.
    public var context: [ContextField]
    /// The answer scales, in file order.
    public var scales: [AnswerScale]
    /// The domains, in file order (preconditions first if written first).
    public var domains: [Domain]
    /// Scoring settings and derived scores.
    public var scoring: ScoringSettings
    /// The growth model, if any.
    public var growthModel: GrowthModel?
    /// The grade scheme, if any.
    public var grades: GradeScheme?
    /// The rules, in file order.
    public var rules: [Rule]
    /// The preconditions.
    public var preconditions: [Precondition]
    /// The framework's own test cases.
    public var tests: [FrameworkTest]
    /// How reports present its results (`report:`).
    public var report = ReportSettings()
    /// The file it was read from, for resolving relative paths.
    public var sourceName: String

    /// Lookup tables, built once at load.
    public var index: FrameworkIndex

    /// The question with `id`.
    public func question(_ id: String) -> Question? {
        guard let path = index.questions[id] else { return nil }
        return domains[path.domain].questions[path.question]
    }

    /// The domain with `id`.
    public func domain(_ id: String) -> Domain? {
        index.domains[id].map { domains[$0] }
    }

    /// All questions, in order.
    public var questions: [Question] { domains.flatMap(\.questions) }

    /// Per domain: where its questions sit in ``questions`` (the numbering the engine and the
    /// response loaders use for a question's position).
    var questionRanges: [Range<Int>] {
        var start = 0
        return domains.map { domain in
            defer { start += domain.questions.count }
            return start..<start + domain.questions.count
        }
    }
}

/// Lookup tables over a framework, built once at load.
public struct FrameworkIndex: Sendable {
    /// Question id → (domain index, question index).
    public var questions: [String: (domain: Int, question: Int)] = [:]
    /// Domain id → index.
    public var domains: [String: Int] = [:]
    /// Derived score id → index.
    public var scores: [String: Int] = [:]
    /// Scale id → index.
    public var scales: [String: Int] = [:]
    /// Derived scores in dependency order.
    public var scoreOrder: [Int] = []
    /// Question ids as a table that finds them from bytes, with their places: what the response
    /// loader looks a key up in before it makes a string of it. Made when the framework is
    /// loaded; nil in an index built by hand (the loader then uses ``questions``).
    var questionTable: QuestionTable?

    /// Creates an empty index.
    public init() {}
}

/// Question ids → their places, for looking up a response's keys as bytes.
struct QuestionTable: Sendable {
    let ids: IDTable
    /// The ids by their number over all questions.
    let idsByNumber: [String]
    /// Per id's position in ``ids``: its domain, its place in the domain, and its number over all questions.
    let places: [(domain: Int, question: Int, number: Int)]
    /// Per question number: the answers that name one of its options, as bytes.
    let picks: OptionPicks

    init(_ domains: [Domain]) {
        var ids: [String] = []
        var places: [(domain: Int, question: Int, number: Int)] = []
        for (domainIndex, domain) in domains.enumerated() {
            for (questionIndex, question) in domain.questions.enumerated() {
                places.append((domainIndex, questionIndex, ids.count))
                ids.append(question.id)
            }
        }
        self.ids = IDTable(ids)
        idsByNumber = ids
        self.places = places
        picks = OptionPicks(domains)
    }

    /// The place of the question whose id is `bytes`.
    subscript(bytes: UnsafeBufferPointer<UInt8>) -> (domain: Int, question: Int, number: Int)? {
        ids[bytes: bytes].map { places[$0] }
    }
}
