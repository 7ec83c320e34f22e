/// How far a planned point has come.
///
/// Written in a response file as the Dutch word (the working language of the boards that keep
/// the plan); the English ids are read as the same status (`planned` is `gepland`), and Kader
/// always writes the Dutch one back.
public enum PlanStatus: String, Sendable, Hashable, CaseIterable {
    /// Chosen, not started.
    case planned = "gepland"
    /// Being worked on.
    case inProgress = "bezig"
    /// Finished.
    case done = "gedaan"
    /// Let go on purpose: no longer pursued.
    case dropped = "losgelaten"

    /// The English id read as the same status.
    public var englishID: String {
        switch self {
        case .planned: "planned"
        case .inProgress: "in_progress"
        case .done: "done"
        case .dropped: "dropped"
        }
    }

    /// Every word a response file may use: the Dutch ids, then the English ones.
    public static let words: [String] = allCases.map(\.rawValue) + allCases.map(\.englishID)

    /// The status a word in a file means (Dutch or English id), or nil.
    public init?(word: String) {
        guard let status = Self.allCases.first(where: { $0.rawValue == word || $0.englishID == word }) else { return nil }
        self = status
    }

    /// The word for people.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.planned, .nl): "gepland"
        case (.planned, .en): "planned"
        case (.inProgress, .nl): "bezig"
        case (.inProgress, .en): "in progress"
        case (.done, .nl): "gedaan"
        case (.done, .en): "done"
        case (.dropped, .nl): "losgelaten"
        case (.dropped, .en): "dropped"
        }
    }
}

/// One point of a respondent's action plan: an advice chosen to work on, who takes it on, by
/// when, and how far it has come (the `plan:` section of a response, docs/response-format.md).
public struct PlanItem: Sendable, Hashable {
    /// The id of the rule that gives the advice.
    public var adviceID: String
    /// Who takes it on.
    public var owner: String?
    /// By when, `YYYY-MM-DD`.
    public var due: String?
    /// How far it has come.
    public var status: PlanStatus
    /// A note: what was agreed, what is in the way.
    public var note: String?
    /// Where it was written.
    public var location: SourceLocation

    /// Creates a plan item.
    public init(
        adviceID: String, owner: String? = nil, due: String? = nil, status: PlanStatus = .planned, note: String? = nil,
        location: SourceLocation
    ) {
        self.adviceID = adviceID
        self.owner = owner
        self.due = due
        self.status = status
        self.note = note
        self.location = location
    }
}
