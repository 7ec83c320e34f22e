/// How a ``Response`` keeps its answers: by question id, or by question position when a batch
/// read them against a known framework.
///
/// A batch reads thousands of responses, and a dictionary of answers hashed every id twice per
/// response (once when the reader added it, once when the engine looked it up), then had to be
/// built and freed. The reader already knows each answer's position in the framework, so a
/// batch keeps answers in a list by that position, and the engine reads them there when the
/// response was read against the framework it evaluates with. Everything else sees the same
/// dictionary as always: ``Response/answers`` builds it from the positions when asked, and a
/// change through it turns the store into a dictionary for good.
struct AnswerStore: Sendable {
    private enum Form: Sendable {
        case byID([String: Answer])
        case placed(PlacedAnswers)
    }

    private var form: Form

    init(_ answers: [String: Answer]) { form = .byID(answers) }

    init(placed: PlacedAnswers) { form = .placed(placed) }

    /// The answers by id (built from the positions for a placed store).
    var byID: [String: Answer] {
        switch form {
        case .byID(let answers): return answers
        case .placed(let placed): return placed.dictionary
        }
    }

    /// The answers by position, when they were placed by `questions` (the framework's question
    /// table, compared by identity: the same framework loaded twice is two tables).
    func placed(by questions: IDTable) -> PlacedAnswers? {
        guard case .placed(let placed) = form, placed.questions === questions else { return nil }
        return placed
    }

    /// The answer to question `id`, at `slot` when the store is placed by `questions`.
    func answer(_ id: String, slot: Int, questions: IDTable?) -> Answer? {
        switch form {
        case .byID(let answers): return answers[id]
        case .placed(let placed):
            if let questions, placed.questions === questions { return placed.answers[slot] }
            return placed.dictionary[id]
        }
    }
}

/// Answers by question position, as the framework numbers its questions (domain by domain).
struct PlacedAnswers: Sendable {
    /// The framework's question ids with their positions; its identity says which framework.
    let questions: IDTable
    /// Per question id, in position order.
    let ids: [String]
    /// Per position: the answer, if any.
    var answers: [Answer?]

    /// The same answers by id.
    var dictionary: [String: Answer] {
        var byID: [String: Answer] = [:]
        byID.reserveCapacity(answers.count)
        for (slot, answer) in answers.enumerated() {
            if let answer { byID[ids[slot]] = answer }
        }
        return byID
    }
}
