/// A node of a checked expression: its operation, static type and text range.
public struct ExprNode: Sendable {
    /// What the node does.
    indirect enum Operation: Sendable {
        case constant(Value)
        case answer(ResolvedName)
        case item(ResolvedName)
        case score(ResolvedName)
        case level(ResolvedName)
        case grade(ResolvedName)
        /// `points.d`, `answered.d`, `max.d`, `band.d`: a raw value of domain `d`.
        case domainFact(DomainFact, ResolvedName)
        case context(String)
        case variable(String)
        case not(ExprNode)
        case negate(ExprNode)
        case and(ExprNode, ExprNode)
        case or(ExprNode, ExprNode)
        case compare(String, ExprNode, ExprNode)
        case contains(element: ExprNode, collection: ExprNode)
        case arithmetic(String, ExprNode, ExprNode)
        case call(any ExpressionFunction, [ExprNode])
        case list([ExprNode])
    }
    var operation: Operation
    /// The static type.
    public var type: ExprType
    /// The scalar range in the expression text.
    public var range: Range<Int>
}

extension ExprNode {
    /// True for the word `missing` as written, which no comparison can use.
    var isMissingLiteral: Bool {
        if case .constant(.missing) = operation { return true }
        return false
    }
}

/// A name in an expression with the place it was found at when the expression was checked, so
/// that evaluation reads an array instead of hashing the id: a rule set reads hundreds of answers
/// and scores per response.
public struct ResolvedName: Sendable, Hashable {
    /// Where a name was found in the framework's tables.
    public enum Slot: Sendable, Hashable {
        /// Not looked up (the expression was checked without a framework): found by id.
        case unresolved
        /// Position in ``Framework/questions``.
        case question(Int)
        /// Position in ``Framework/domains``.
        case domain(Int)
        /// Position in the framework's derived scores.
        case derived(Int)
        /// `overall`: whatever score the framework names as overall.
        case overall
    }

    /// The id as written.
    public var id: String
    /// Where it was found.
    public var slot: Slot

    /// Creates a resolved name.
    public init(_ id: String, slot: Slot = .unresolved) {
        self.id = id
        self.slot = slot
    }
}

/// A raw value of a domain that expressions read beside its score: `points.d`, `answered.d`,
/// `max.d` and `band.d`.
public enum DomainFact: String, Sendable, Hashable, CaseIterable {
    /// The points earned (weights applied; prorated when the domain prorates); missing when the
    /// domain has too few answers for a score.
    case points
    /// How many scored items were answered (and counted).
    case answered
    /// The most points the counted items could earn (prorated when the domain prorates).
    case max
    /// The band the score falls in, before caps.
    case band
}

/// What an expression refers to, for dependency and cycle checks.
public enum ExpressionReference: Sendable, Hashable {
    case answer(String)
    case item(String)
    case score(String)
    case level(String)
    case grade(String)
    case context(String)
    /// A domain named as a function argument, for example `items('visie')`.
    case domain(String)
}

/// An expression parsed and type-checked at load, ready to evaluate many times.
public struct CheckedExpression: Sendable {
    /// The text as written.
    public let text: String
    /// Where the text starts in its file.
    public let origin: ExpressionOrigin
    /// The root node: the checked tree, as lints and explanations read it.
    public let root: ExprNode
    /// Everything it refers to.
    public let references: Set<ExpressionReference>
    /// The form every evaluation runs, laid out once when the expression is checked.
    let plan: ExpressionPlan
    /// True when the text (as created) is ASCII, so scalar offsets are byte offsets: traces cut
    /// snippets for every fired rule.
    private let isASCII: Bool

    /// Creates a checked expression.
    init(text: String, origin: ExpressionOrigin, root: ExprNode, references: Set<ExpressionReference>) {
        self.text = text
        self.origin = origin
        self.root = root
        self.references = references
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        self.isASCII = isASCII
        plan = ExpressionPlan(root: root) { Self.snippet(range: $0, of: text, isASCII: isASCII) }
    }

    /// The static type of the whole expression.
    public var type: ExprType { root.type }

    /// The text of a part of the expression.
    public func snippet(_ range: Range<Int>) -> String {
        Self.snippet(range: range, of: text, isASCII: isASCII)
    }

    private static func snippet(range: Range<Int>, of text: String, isASCII: Bool) -> String {
        if isASCII {
            let utf8 = text.utf8
            let lower = min(max(0, range.lowerBound), utf8.count)
            let upper = min(max(lower, range.upperBound), utf8.count)
            let start = utf8.index(utf8.startIndex, offsetBy: lower)
            return String(text[start..<utf8.index(start, offsetBy: upper - lower)])
        }
        let scalars = Array(text.unicodeScalars)
        let lower = min(max(0, range.lowerBound), scalars.count)
        let upper = min(max(lower, range.upperBound), scalars.count)
        return String(String.UnicodeScalarView(scalars[lower..<upper]))
    }
}

/// Where an expression's text sits in a YAML file, to turn offsets into line and column.
public struct ExpressionOrigin: Sendable, Hashable {
    /// The location of the YAML scalar holding the expression.
    public var location: SourceLocation
    /// How the scalar was written.
    public var style: YAMLNode.ScalarStyle
    /// For block scalars, the indentation of the content lines.
    public var blockIndent: Int

    /// Creates an origin.
    public init(location: SourceLocation, style: YAMLNode.ScalarStyle, blockIndent: Int = 0) {
        self.location = location
        self.style = style
        self.blockIndent = blockIndent
    }

    /// The file location of scalar offset `offset` within `text`.
    public func location(ofOffset offset: Int, in text: String) -> SourceLocation {
        switch style {
        case .literal, .folded:
            var line = location.line + 1
            var column = blockIndent + 1
            for (index, scalar) in text.unicodeScalars.enumerated() where index < offset {
                if scalar == "\n" {
                    line += 1
                    column = blockIndent + 1
                } else {
                    column += 1
                }
            }
            return SourceLocation(file: location.file, line: line, column: column)
        case .plain, .singleQuoted, .doubleQuoted:
            let quote = style == .plain ? 0 : 1
            var line = location.line
            var column = location.column + quote
            for (index, scalar) in text.unicodeScalars.enumerated() where index < offset {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            return SourceLocation(file: location.file, line: line, column: column)
        }
    }
}
