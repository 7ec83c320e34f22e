/// What a function parameter accepts.
public enum ParameterType: Sendable, Hashable {
    /// A number (an option counts by its value).
    case number
    /// A boolean (unknown allowed).
    case bool
    /// Text.
    case text
    /// A bare question id, for functions about the answer itself (`answered(q)`).
    case answer
    /// A quoted domain id (`items('visie')`), checked at load.
    case domain
    /// A list; with an element type, only lists of that type.
    case list(ExprType?)
    /// Anything.
    case any
}

/// One way to call a function.
public struct FunctionSignature: Sendable {
    /// What the result type is.
    public enum Returns: Sendable {
        /// Always this type.
        case type(ExprType)
        /// The element type of the list passed as argument `index`.
        case elementOf(Int)
    }
    /// The parameters.
    public var parameters: [ParameterType]
    /// When true, the last parameter may repeat (one or more times).
    public var variadic: Bool
    /// The result type.
    public var returns: Returns

    /// Creates a signature.
    public init(_ parameters: [ParameterType], variadic: Bool = false, returns: Returns) {
        self.parameters = parameters
        self.variadic = variadic
        self.returns = returns
    }

    /// Creates a signature with a fixed result type.
    public init(_ parameters: [ParameterType], variadic: Bool = false, returns type: ExprType) {
        self.init(parameters, variadic: variadic, returns: .type(type))
    }

    /// How the signature reads in documentation: `mean(list of number)`.
    public func describe(_ name: String) -> String {
        let params = parameters.map { p -> String in
            switch p {
            case .number: "number"
            case .bool: "boolean"
            case .text: "text"
            case .answer: "question"
            case .domain: "'domain'"
            case .list(let element?): "list of \(element)"
            case .list(nil): "list"
            case .any: "value"
            }
        }
        return "\(name)(\(params.joined(separator: ", "))\(variadic ? ", …" : ""))"
    }
}

/// An example call and its result, run by the test suite against a small example context:
/// questions `q1` (answered 2 on a 0-3 scale), `q2` ("weet niet"), `q3` ("n.v.t."), `q4`
/// (unanswered), and domain `d` with item scores 0, 50 and 100.
public struct FunctionExample: Sendable {
    /// The expression.
    public var expression: String
    /// The expected value, as ``Value/display`` writes it.
    public var expected: String

    /// Creates an example.
    public init(_ expression: String, _ expected: String) {
        self.expression = expression
        self.expected = expected
    }
}

/// What a function can see while it runs: domain item scores, for list functions over a domain.
public protocol EvaluationScope {
    /// The answer to question `id`.
    func answer(_ id: String) -> Value
    /// The normalised item score of question `id`.
    func itemScore(_ id: String) -> Value
    /// A domain, derived or overall score.
    func score(_ id: String) -> Value
    /// A domain or the overall level.
    func level(_ id: String) -> Value
    /// A domain or the overall grade.
    func grade(_ id: String) -> Value
    /// A response context field.
    func context(_ key: String) -> Value
    /// A variable such as `score` in a grade formula.
    func variable(_ name: String) -> Value
    /// The item scores of a domain's answered, scored, relevant items, in order.
    func domainItems(_ domainID: String) -> [Double]
    /// A raw value of a domain: `points.d`, `answered.d`, `max.d`, `band.d`.
    func domainFact(_ fact: DomainFact, of domainID: String) -> Value
}

extension EvaluationScope {
    /// A scope that knows no domains (a plugin's own, for trying a function) has none of their values.
    public func domainFact(_ fact: DomainFact, of domainID: String) -> Value { .missing(Missing(.undefined)) }
}

/// A function available in expressions. Register your own with
/// ``PluginRegistry/register(function:)``.
public protocol ExpressionFunction: Sendable {
    /// The name used in expressions.
    static var name: String { get }
    /// One sentence on what it does.
    static var summary: Message { get }
    /// The ways to call it; the first that fits the arguments is used.
    static var signatures: [FunctionSignature] { get }
    /// Examples; the test suite runs every one.
    static var examples: [FunctionExample] { get }
    /// When false (the default), a missing argument makes the result missing without a call.
    static var handlesMissing: Bool { get }
    /// Creates the function.
    init()
    /// Computes the result.
    func call(_ arguments: [Value], scope: any EvaluationScope) -> Value
}

extension ExpressionFunction {
    /// By default a missing argument makes the result missing.
    public static var handlesMissing: Bool { false }
}
