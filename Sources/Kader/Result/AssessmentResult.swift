/// Everything the engine computed for one response, with the means to explain it.
///
/// This is the one result every renderer, comparison and aggregate builds on. Its JSON form
/// (``ResultJSON``) is documented in `docs/result.md` and stable. A result is a plain value: it
/// owns what it says and keeps nothing of the engine that made it.
public struct AssessmentResult: Sendable {
    /// The framework's id, version and title.
    public let framework: FrameworkSummary
    /// Who answered, when, and the context fields.
    public let respondent: String?
    public let organisation: String?
    public let date: String?
    public let context: [(key: String, value: ContextValue)]
    /// Completeness over all relevant questions.
    public let completeness: Completeness
    /// One result per domain, in framework order (preconditions included, with their role).
    public internal(set) var domains: [DomainResult]
    /// Derived scores, in framework order (the overall score last).
    public let scores: [ScoreResult]
    /// The overall score, level and grade.
    public internal(set) var overall: OverallResult
    /// Each precondition's outcome.
    public let preconditions: [PreconditionResult]
    /// Improvement points, in the order people should act on them.
    public let advice: [Advice]
    /// The respondent's action plan: the advice chosen to work on, in the order written.
    public let plan: [PlannedAdvice]
    /// What goes well.
    public let strengths: [Strength]
    /// Signals.
    public let flags: [Flag]
    /// What rule effects registered by plugins gave, in the order the rules fired.
    public let otherOutcomes: [OtherOutcome]
    /// Every rule's outcome, fired or not, in framework order.
    public let rules: [RuleResult]
    /// Problems found while evaluating (answers to questions that were not relevant, missing
    /// required answers).
    public let notices: [Diagnostic]
    /// How many of the first ``advice`` to begin with ("Begin hier"): every critical one, and
    /// then as many more as the framework's `report.focus` says. Nil when the framework sets no
    /// focus: all advice is one list.
    public internal(set) var focus: Int? = nil
    /// The questions marked `unanswered: concern` left blank or "weet niet", with the advice
    /// that waits on each ("Zoek uit"), in framework order.
    public internal(set) var findOut: [FindOut] = []

    /// The advice to begin with, in the order to act on it: all advice when there is no focus.
    public var beginHere: ArraySlice<Advice> { advice.prefix(focus ?? advice.count) }

    /// The advice that comes after ``beginHere`` ("Later").
    public var later: ArraySlice<Advice> { advice.dropFirst(focus ?? advice.count) }

    /// Whether the advice at `index` is one to begin with; nil when there is no focus.
    public func isInFocus(_ index: Int) -> Bool? { focus.map { index < $0 } }
}

extension ReportSettings {
    /// How many of `advice` (in the order to act on it) to begin with: every critical one, and
    /// ``focus`` more, never more than there are; nil without a focus.
    func focusCount(of advice: [Advice]) -> Int? {
        guard let focus else { return nil }
        // By position: `prefix(while:)` copied each piece of advice it looked at.
        let critical = advice.indices.first { advice[$0].priority != .critical } ?? advice.count
        return min(advice.count, max(focus, critical))
    }
}

/// Which framework a result belongs to.
public struct FrameworkSummary: Sendable {
    public let id: String
    public let version: String
    public let title: LocalizedText
    /// The version the response said it answered, when different.
    public let answeredVersion: String?
}

/// How much of a scan was filled in.
public struct Completeness: Sendable, Hashable {
    /// Relevant questions (asked).
    public let relevant: Int
    /// With a real answer.
    public let answered: Int
    /// "weet niet".
    public let unknown: Int
    /// "n.v.t.".
    public let notApplicable: Int
    /// Relevant but not answered.
    public let unanswered: Int
    /// Not asked because their relevance condition did not hold.
    public let notRelevant: Int

    /// Nothing counted.
    static let none = Completeness(relevant: 0, answered: 0, unknown: 0, notApplicable: 0, unanswered: 0, notRelevant: 0)

    /// The share of relevant questions with any answer (including "weet niet" and "n.v.t."), 0-100.
    public var percentage: Double {
        relevant == 0 ? 100 : Double(relevant - unanswered) / Double(relevant) * 100
    }

    /// Adds another count.
    public static func + (lhs: Completeness, rhs: Completeness) -> Completeness {
        Completeness(
            relevant: lhs.relevant + rhs.relevant, answered: lhs.answered + rhs.answered, unknown: lhs.unknown + rhs.unknown,
            notApplicable: lhs.notApplicable + rhs.notApplicable, unanswered: lhs.unanswered + rhs.unanswered,
            notRelevant: lhs.notRelevant + rhs.notRelevant)
    }
}

extension Completeness {
    /// The count of items in `states`.
    init(_ states: some Sequence<ItemState>) {
        var counts = (relevant: 0, answered: 0, unknown: 0, notApplicable: 0, unanswered: 0, notRelevant: 0)
        for state in states {
            switch state {
            case .answered: counts.answered += 1
            case .unknown: counts.unknown += 1
            case .notApplicable: counts.notApplicable += 1
            case .unanswered: counts.unanswered += 1
            case .notRelevant: counts.notRelevant += 1
            }
            if state != .notRelevant { counts.relevant += 1 }
        }
        self.init(
            relevant: counts.relevant, answered: counts.answered, unknown: counts.unknown, notApplicable: counts.notApplicable,
            unanswered: counts.unanswered, notRelevant: counts.notRelevant)
    }
}
