/// Why a value is missing. Kept distinct so that "weet niet" never looks like "not answered".
public enum MissingReason: String, Sendable, Hashable, Comparable {
    /// The question was not answered.
    case unanswered
    /// The answer was "weet niet".
    case unknown
    /// The answer was "n.v.t.".
    case notApplicable = "not_applicable"
    /// The question was not asked: its relevance condition did not hold.
    case notRelevant = "not_relevant"
    /// A score had too few answered items.
    case insufficient
    /// A computation had no defined result (division by zero, empty list).
    case undefined

    public static func < (lhs: MissingReason, rhs: MissingReason) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A missing value: why, and which questions would decide it.
public struct Missing: Sendable, Hashable {
    /// Why it is missing (the first reason met).
    public var reason: MissingReason
    /// The question ids whose answers would decide the outcome, sorted.
    public var questions: [String]

    /// Creates a missing value.
    public init(_ reason: MissingReason, questions: [String] = []) {
        self.reason = reason
        self.questions = questions
    }

    /// Both sets of questions together.
    public func merged(with other: Missing) -> Missing {
        Missing(min(reason, other.reason), questions: Self.union(questions, other.questions))
    }

    /// The sorted union of two lists of ids; linear when both are sorted already (as merged
    /// lists are), so a long `and` chain over missing answers stays cheap.
    private static func union(_ a: [String], _ b: [String]) -> [String] {
        func isSortedUnique(_ list: [String]) -> Bool {
            var index = 1
            while index < list.count {
                if !(list[index - 1] < list[index]) { return false }
                index += 1
            }
            return true
        }
        guard isSortedUnique(a), isSortedUnique(b) else { return Array(Set(a).union(b)).sorted() }
        if b.isEmpty { return a }
        if a.isEmpty { return b }
        var out: [String] = []
        out.reserveCapacity(a.count + b.count)
        var i = 0
        var j = 0
        while i < a.count, j < b.count {
            if a[i] < b[j] {
                out.append(a[i])
                i += 1
            } else if b[j] < a[i] {
                out.append(b[j])
                j += 1
            } else {
                out.append(a[i])
                i += 1
                j += 1
            }
        }
        out.append(contentsOf: a[i...])
        out.append(contentsOf: b[j...])
        return out
    }
}

/// A value at run time.
public enum Value: Sendable, Hashable {
    case number(Double)
    case bool(Bool)
    case text(String)
    /// An option id with its value (nil when unscored).
    case option(String, Double?)
    case options([String])
    /// A level: its index in the growth model and its id.
    case level(Int, String)
    case list([Value])
    /// Missing: unknown in logic, absent in arithmetic.
    case missing(Missing)

    /// The number this value stands for, if any (an option stands for its value).
    public var numeric: Double? {
        switch self {
        case .number(let n): n
        case .option(_, let v): v
        default: nil
        }
    }

    /// The missing part, if the value is missing.
    public var missing: Missing? {
        if case .missing(let m) = self { return m }
        return nil
    }

    /// True for the boolean `true` only; unknown is not true.
    public var isTrue: Bool { self == .bool(true) }

    /// A short form for traces and explanations.
    public var display: String {
        switch self {
        case .number(let n): ExpressionFormat.number(n)
        case .bool(let b): b ? "true" : "false"
        case .text(let t): "'\(t)'"
        case .option(let id, _): "'\(id)'"
        case .options(let ids): "[" + ids.map { "'\($0)'" }.joined(separator: ", ") + "]"
        case .level(_, let id): "'\(id)'"
        case .list(let items): "[" + items.prefix(20).map(\.display).joined(separator: ", ") + (items.count > 20 ? ", …" : "") + "]"
        case .missing(let m): Value.missingWord(m.reason)
        }
    }

    /// The word for a missing reason in traces.
    public static func missingWord(_ reason: MissingReason) -> String {
        switch reason {
        case .unanswered: "unanswered"
        case .unknown: "weet niet"
        case .notApplicable: "n.v.t."
        case .notRelevant: "not relevant"
        case .insufficient: "insufficient data"
        case .undefined: "undefined"
        }
    }
}
