/// How urgent a piece of advice is.
public enum Priority: String, Sendable, Hashable, CaseIterable, Comparable {
    case critical, high, medium, low
    /// Lower rank sorts first.
    public var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Priority, rhs: Priority) -> Bool { lhs.rank < rhs.rank }
}

/// How much work a piece of advice is.
public enum Effort: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Can be done by volunteers in a few weeks.
    case quickWin = "quick_win"
    /// Needs a few months or some money.
    case moderate
    /// A change of structure, people or money over a year or more.
    case structural
    /// Lower rank sorts first.
    public var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
    public static func < (lhs: Effort, rhs: Effort) -> Bool { lhs.rank < rhs.rank }
}

extension Priority {
    /// The word for people.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.critical, .nl): "kritiek"
        case (.critical, .en): "critical"
        case (.high, .nl): "hoog"
        case (.high, .en): "high"
        case (.medium, .nl): "middel"
        case (.medium, .en): "medium"
        case (.low, .nl): "laag"
        case (.low, .en): "low"
        }
    }
}

extension Effort {
    /// The word for people.
    public func label(in language: Language) -> String {
        switch (self, language) {
        case (.quickWin, .nl): "snel te doen"
        case (.quickWin, .en): "quick win"
        case (.moderate, .nl): "gemiddelde inspanning"
        case (.moderate, .en): "moderate effort"
        case (.structural, .nl): "structureel"
        case (.structural, .en): "structural"
        }
    }
}

/// A rule: a condition, and what happens when it holds.
public struct Rule: Sendable {
    /// A unique id.
    public var id: String
    /// The condition, checked at load.
    public var condition: CheckedExpression
    /// The domain the rule is about, if any.
    public var domainID: String?
    /// The effects, from the registry (advice, strength, flag, cap, ...).
    public var effects: [any RuleEffect]
    /// A text explaining why it fired, with `{expression}` placeholders the engine fills in.
    public var because: Template?
    /// Where it was defined.
    public var location: SourceLocation
}

/// A text with `{expression}` placeholders, checked at load.
public struct Template: Sendable {
    /// A piece of a template.
    public enum Part: Sendable {
        case text(String)
        case value(CheckedExpression)
    }
    /// The parts per language.
    public var nl: [Part]
    /// The parts per language.
    public var en: [Part]

    /// The text without values, for a page printed before any answer: each placeholder an
    /// ellipsis, never its expression.
    public func words(in language: Language) -> String {
        language.pick(nl, en).map { part in
            switch part {
            case .text(let text): text
            case .value: "…"
            }
        }.joined()
    }
}

/// A condition that should hold before the work starts (for example: there is an education
/// committee).
public struct Precondition: Sendable {
    /// A unique id.
    public var id: String
    /// What must be in place.
    public var text: LocalizedText
    /// When it holds.
    public var condition: CheckedExpression
    /// What to do when it does not hold.
    public var advice: LocalizedText?
    /// Where it was defined.
    public var location: SourceLocation
}
