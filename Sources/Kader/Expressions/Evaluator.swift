/// What expressions mean: three-valued logic, comparison, arithmetic and calls, in one place.
/// Every expression runs as an ``ExpressionPlan``, which calls these functions; plugins may call
/// them too.
///
/// Missing values (unanswered, "weet niet", "n.v.t.", insufficient data) are unknown in logic:
/// `and` is false as soon as one side is false, `or` true as soon as one side is true, and
/// otherwise the result stays unknown and remembers which questions would decide it. Comparisons
/// and arithmetic with a missing value are missing. A rule fires only on `true`.
public enum Evaluator {
    /// Evaluates `expression` in `scope`, reading names by id.
    public static func evaluate(_ expression: CheckedExpression, in scope: any EvaluationScope) -> Value {
        expression.plan.evaluate(in: ScopeByID(scope, plan: expression.plan))
    }

    /// Evaluates `expression` in `scope` and records how it came to its value.
    public static func trace(_ expression: CheckedExpression, in scope: any EvaluationScope, depth: TraceDepth) -> TraceNode {
        expression.plan.trace(in: ScopeByID(scope, plan: expression.plan), depth: depth)
    }

    // MARK: Semantics

    /// Three-valued negation.
    public static func not(_ value: Value) -> Value {
        if case .bool(let b) = value { return .bool(!b) }
        return value.missing.map(Value.missing) ?? .missing(Missing(.undefined))
    }

    /// Arithmetic negation; missing stays missing.
    public static func negate(_ value: Value) -> Value {
        if let n = value.numeric { return .number(-n) }
        return value.missing.map(Value.missing) ?? .missing(Missing(.undefined))
    }

    /// Kleene `and`: false wins, then unknown.
    public static func and(_ l: Value, _ r: Value) -> Value {
        if l == .bool(false) || r == .bool(false) { return .bool(false) }
        if l == .bool(true), r == .bool(true) { return .bool(true) }
        return .missing(unknownOf(l, r))
    }

    /// Kleene `or`: true wins, then unknown.
    public static func or(_ l: Value, _ r: Value) -> Value {
        if l == .bool(true) || r == .bool(true) { return .bool(true) }
        if l == .bool(false), r == .bool(false) { return .bool(false) }
        return .missing(unknownOf(l, r))
    }

    private static func unknownOf(_ l: Value, _ r: Value) -> Missing {
        switch (l.missing, r.missing) {
        case (let a?, let b?): a.merged(with: b)
        case (let a?, nil): a
        case (nil, let b?): b
        default: Missing(.undefined)
        }
    }

    /// A comparison; missing operands give missing, lists compare element by element.
    public static func compare(_ op: String, _ l: Value, _ r: Value) -> Value {
        compare(Comparison(op), l, r)
    }

    /// A comparison operator, decoded once (the engine compares thousands of times a batch).
    enum Comparison: Sendable {
        case equal, notEqual, less, lessOrEqual, greater, greaterOrEqual

        init(_ op: String) {
            self =
                switch op {
                case "==": .equal
                case "!=": .notEqual
                case "<": .less
                case "<=": .lessOrEqual
                case ">": .greater
                default: .greaterOrEqual
                }
        }
    }

    static func compare(_ op: Comparison, _ l: Value, _ r: Value) -> Value {
        if l.missing != nil || r.missing != nil { return .missing(unknownOf(l, r)) }
        if case .list(let items) = l {
            return .list(items.map { compare(op, $0, r) })
        }
        switch op {
        case .equal: return .bool(equal(l, r))
        case .notEqual: return .bool(!equal(l, r))
        default:
            guard let (a, b) = ordered(l, r) else { return .missing(Missing(.undefined)) }
            switch op {
            case .less: return .bool(a < b)
            case .lessOrEqual: return .bool(a <= b)
            case .greater: return .bool(a > b)
            default: return .bool(a >= b)
            }
        }
    }

    /// Equality by option id, level index, text, boolean or number.
    public static func equal(_ l: Value, _ r: Value) -> Bool {
        switch (l, r) {
        case (.option(let a, _), .option(let b, _)): return a == b
        case (.level(let a, _), .level(let b, _)): return a == b
        case (.text(let a), .text(let b)): return a == b
        case (.bool(let a), .bool(let b)): return a == b
        default:
            if let a = l.numeric, let b = r.numeric { return a == b }
            return false
        }
    }

    private static func ordered(_ l: Value, _ r: Value) -> (Double, Double)? {
        switch (l, r) {
        case (.level(let a, _), .level(let b, _)): return (Double(a), Double(b))
        case (.text(let a), .text(let b)): return a < b ? (0, 1) : a == b ? (0, 0) : (1, 0)
        default:
            guard let a = l.numeric, let b = r.numeric else { return nil }
            return (a, b)
        }
    }

    /// Membership of an option or value in choices or a list.
    public static func contains(_ element: Value, _ collection: Value) -> Value {
        if element.missing != nil || collection.missing != nil { return .missing(unknownOf(element, collection)) }
        switch (element, collection) {
        case (.option(let id, _), .options(let ids)), (.text(let id), .options(let ids)): return .bool(ids.contains(id))
        case (_, .list(let items)): return .bool(items.contains { equal(element, $0) })
        default: return .bool(false)
        }
    }

    /// `+ - * /`; missing operands and division by zero give missing.
    public static func arithmetic(_ op: String, _ l: Value, _ r: Value) -> Value {
        arithmetic(Arithmetic(op), l, r)
    }

    /// An arithmetic operator, decoded once (like ``Comparison``).
    enum Arithmetic: Sendable {
        case add, subtract, multiply, divide

        init(_ op: String) {
            self =
                switch op {
                case "+": .add
                case "-": .subtract
                case "*": .multiply
                default: .divide
                }
        }
    }

    static func arithmetic(_ op: Arithmetic, _ l: Value, _ r: Value) -> Value {
        if l.missing != nil || r.missing != nil { return .missing(unknownOf(l, r)) }
        guard let a = l.numeric, let b = r.numeric else { return .missing(Missing(.undefined)) }
        let result: Double
        switch op {
        case .add: result = a + b
        case .subtract: result = a - b
        case .multiply: result = a * b
        case .divide:
            guard b != 0 else { return .missing(Missing(.undefined)) }
            result = a / b
        }
        return result.isFinite ? .number(result) : .missing(Missing(.undefined))
    }

    static func call(_ function: any ExpressionFunction, _ arguments: [Value], _ scope: any EvaluationScope) -> Value {
        // Checked before anything is allocated: most calls have no missing argument.
        if arguments.contains(where: { $0.missing != nil }), !type(of: function).handlesMissing {
            let missing = arguments.compactMap(\.missing)
            return .missing(missing.dropFirst().reduce(missing[0]) { $0.merged(with: $1) })
        }
        return function.call(arguments, scope: scope)
    }
}
