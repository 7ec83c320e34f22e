/// One problem found in a framework or a response: where, what, and how to fix it.
///
/// Recoverable problems are collected into a ``DiagnosticList``; nothing is thrown until a whole
/// stage has run, so a user sees every problem in one go.
public struct Diagnostic: Sendable, Hashable, Error {
    /// How bad a problem is.
    public enum Severity: String, Sendable, Hashable, Comparable {
        /// Blocks loading or scoring.
        case error
        /// Worth fixing; does not block.
        case warning
        /// Extra information attached to another diagnostic.
        case note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Error, warning or note.
    public var severity: Severity
    /// The kind of problem, for example ``DiagnosticCode/unknownKey`` (`unknown-key`).
    public var code: DiagnosticCode
    /// What is wrong.
    public var message: Message
    /// How to fix it, when there is something to say.
    public var fix: Message?
    /// Where it is; nil only for problems with no place in a file (an empty file has line 1).
    public var location: SourceLocation?
    /// How many scalars the caret underline spans (at least 1).
    public var length: Int

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, code: DiagnosticCode, _ message: Message, fix: Message? = nil,
        at location: SourceLocation?, length: Int = 1
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.fix = fix
        self.location = location
        self.length = max(1, length)
    }

    /// An error.
    public static func error(
        _ code: DiagnosticCode, _ message: Message, fix: Message? = nil, at location: SourceLocation?, length: Int = 1
    ) -> Diagnostic {
        Diagnostic(.error, code: code, message, fix: fix, at: location, length: length)
    }

    /// A warning.
    public static func warning(
        _ code: DiagnosticCode, _ message: Message, fix: Message? = nil, at location: SourceLocation?, length: Int = 1
    ) -> Diagnostic {
        Diagnostic(.warning, code: code, message, fix: fix, at: location, length: length)
    }
}

/// Diagnostics collected during one stage, in the order found.
///
/// A list stops growing at ``limit`` entries so that a hostile file with 200,000 mistakes cannot
/// flood memory or the terminal; ``dropped`` counts the rest.
public struct DiagnosticList: Sendable, Error {
    /// The diagnostics kept, in the order found.
    public private(set) var all: [Diagnostic] = []
    /// How many were not kept because the list was full.
    public private(set) var dropped = 0
    /// How many of those were errors: a survey export with 100,000 columns nobody maps has
    /// 100,000 warnings, and counting them as errors refused the import.
    public private(set) var droppedErrors = 0
    /// How many of those were warnings.
    public private(set) var droppedWarnings = 0
    /// The most diagnostics kept.
    public let limit: Int

    /// Creates an empty list.
    public init(limit: Int = 200) { self.limit = limit }

    /// Adds a diagnostic, unless the list is full.
    public mutating func append(_ diagnostic: Diagnostic) {
        guard all.count < limit else {
            dropped += 1
            if diagnostic.severity == .error { droppedErrors += 1 }
            if diagnostic.severity == .warning { droppedWarnings += 1 }
            return
        }
        all.append(diagnostic)
    }

    /// Adds several diagnostics.
    public mutating func append(contentsOf other: DiagnosticList) {
        for diagnostic in other.all { append(diagnostic) }
        dropped += other.dropped
        droppedErrors += other.droppedErrors
        droppedWarnings += other.droppedWarnings
    }

    /// True when at least one error (not only warnings) was found.
    public var hasErrors: Bool { droppedErrors > 0 || all.contains { $0.severity == .error } }
    /// The errors only.
    public var errors: [Diagnostic] { all.filter { $0.severity == .error } }
    /// The warnings only.
    public var warnings: [Diagnostic] { all.filter { $0.severity == .warning } }
    /// True when nothing was found.
    public var isEmpty: Bool { all.isEmpty && dropped == 0 }

    /// The diagnostics sorted by place, errors before warnings at the same place.
    public var sorted: [Diagnostic] {
        all.enumerated().sorted { lhs, rhs in
            let (l, r) = (lhs.element, rhs.element)
            switch (l.location, r.location) {
            case (let a?, let b?) where a != b: return a < b
            case (nil, _?): return true
            case (_?, nil): return false
            default: return l.severity != r.severity ? l.severity < r.severity : lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
