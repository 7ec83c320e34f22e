/// `round(x)` or `round(x, decimals)`, halves away from zero.
public struct RoundFunction: ExpressionFunction {
    public static let name = "round"
    public static let summary = Message(
        nl: "rondt af (halven naar boven), eventueel op een aantal decimalen", en: "rounds (halves up), optionally to a number of decimals")
    public static let signatures = [FunctionSignature([.number], returns: .number), FunctionSignature([.number, .number], returns: .number)]
    public static let examples = [FunctionExample("round(2.5)", "3"), FunctionExample("round(66.666, 1)", "66.7")]
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value {
        guard let value = arguments[0].numeric else { return .missing(Missing(.undefined)) }
        let decimals = arguments.count > 1 ? Int(max(0, min(6, arguments[1].numeric ?? 0))) : 0
        return .number(Rounding(decimals: decimals, mode: .halfUp).apply(value))
    }
}

/// `abs(x)`.
public struct AbsFunction: ExpressionFunction {
    public static let name = "abs"
    public static let summary = Message(nl: "de absolute waarde", en: "the absolute value")
    public static let signatures = [FunctionSignature([.number], returns: .number)]
    public static let examples = [FunctionExample("abs(0 - 4)", "4")]
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value {
        arguments[0].numeric.map { .number(abs($0)) } ?? .missing(Missing(.undefined))
    }
}

/// `between(x, low, high)`: low ≤ x ≤ high.
public struct BetweenFunction: ExpressionFunction {
    public static let name = "between"
    public static let summary = Message(
        nl: "waar als de waarde tussen de grenzen ligt (grenzen meegerekend)", en: "true when the value lies between the bounds (inclusive)"
    )
    public static let signatures = [FunctionSignature([.number, .number, .number], returns: .bool)]
    public static let examples = [FunctionExample("between(q1, 1, 3)", "true"), FunctionExample("between(q2, 1, 3)", "weet niet")]
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value {
        guard let x = arguments[0].numeric, let low = arguments[1].numeric, let high = arguments[2].numeric else {
            return .missing(Missing(.undefined))
        }
        return .bool(x >= low && x <= high)
    }
}
