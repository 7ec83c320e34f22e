/// Numbers from arguments: one list, or several numbers.
private func numbers(_ arguments: [Value]) -> [Double] {
    if arguments.count == 1, case .list(let items) = arguments[0] { return items.compactMap(\.numeric) }
    return arguments.compactMap(\.numeric)
}

/// `count(list)`: how many elements; for a list of booleans, how many are true; for a
/// several-choices question, how many were chosen.
public struct CountFunction: ExpressionFunction {
    public static let name = "count"
    public static let summary = Message(
        nl: "het aantal elementen; bij waar/onwaar het aantal dat waar is; bij meerkeuze het aantal gekozen opties",
        en: "the number of elements; for booleans how many are true; for several choices how many were chosen")
    public static let signatures = [FunctionSignature([.list(nil)], returns: .number), FunctionSignature([.any], returns: .number)]
    public static let examples = [FunctionExample("count(items('d'))", "3"), FunctionExample("count(items('d') >= 50)", "2")]
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value {
        switch arguments[0] {
        case .list(let items):
            if items.contains(where: { if case .bool = $0 { true } else { false } }) {
                return .number(Double(items.filter(\.isTrue).count))
            }
            return .number(Double(items.count))
        case .options(let ids): return .number(Double(ids.count))
        default: return .number(1)
        }
    }
}

/// `sum(list)` or `sum(a, b, ...)`.
public struct SumFunction: ExpressionFunction {
    public static let name = "sum"
    public static let summary = Message(nl: "de som van de getallen", en: "the sum of the numbers")
    public static let signatures = [
        FunctionSignature([.list(.number)], returns: .number),
        FunctionSignature([.number], variadic: true, returns: .number)
    ]
    public static let examples = [FunctionExample("sum(items('d'))", "150"), FunctionExample("sum(1, 2, 3)", "6")]
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value { .number(numbers(arguments).reduce(0, +)) }
}

/// `mean(list)` or `mean(a, b, ...)`; missing for an empty list.
public struct MeanFunction: ExpressionFunction {
    public static let name = "mean"
    public static let summary = Message(nl: "het gemiddelde; ontbreekt bij een lege lijst", en: "the mean; missing for an empty list")
    public static let signatures = [
        FunctionSignature([.list(.number)], returns: .number),
        FunctionSignature([.number], variadic: true, returns: .number)
    ]
    public static let examples = [FunctionExample("mean(items('d'))", "50"), FunctionExample("mean(50, 100)", "75")]
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value {
        let values = numbers(arguments)
        return values.isEmpty ? .missing(Missing(.undefined)) : .number(values.reduce(0, +) / Double(values.count))
    }
}

/// `min(list)` or `min(a, b, ...)`.
public struct MinFunction: ExpressionFunction {
    public static let name = "min"
    public static let summary = Message(nl: "het kleinste getal", en: "the smallest number")
    public static let signatures = [
        FunctionSignature([.list(.number)], returns: .number),
        FunctionSignature([.number], variadic: true, returns: .number)
    ]
    public static let examples = [FunctionExample("min(items('d'))", "0"), FunctionExample("min(3, 1, 2)", "1")]
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value {
        numbers(arguments).min().map(Value.number) ?? .missing(Missing(.undefined))
    }
}

/// `max(list)` or `max(a, b, ...)`.
public struct MaxFunction: ExpressionFunction {
    public static let name = "max"
    public static let summary = Message(nl: "het grootste getal", en: "the largest number")
    public static let signatures = [
        FunctionSignature([.list(.number)], returns: .number),
        FunctionSignature([.number], variadic: true, returns: .number)
    ]
    public static let examples = [FunctionExample("max(items('d'))", "100"), FunctionExample("max(3, 1, 2)", "3")]
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value {
        numbers(arguments).max().map(Value.number) ?? .missing(Missing(.undefined))
    }
}

/// `any(list of booleans)`: true when at least one is true.
public struct AnyFunction: ExpressionFunction {
    public static let name = "any"
    public static let summary = Message(nl: "waar als minstens één waar is", en: "true when at least one is true")
    public static let signatures = [FunctionSignature([.list(.bool)], returns: .bool)]
    public static let examples = [FunctionExample("any(items('d') < 20)", "true"), FunctionExample("any(items('d') > 100)", "false")]
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value {
        guard case .list(let items) = arguments[0] else { return .bool(false) }
        return items.reduce(Value.bool(false)) { Evaluator.or($0, $1) }
    }
}

/// `all(list of booleans)`: true when every one is true (and true for an empty list).
public struct AllFunction: ExpressionFunction {
    public static let name = "all"
    public static let summary = Message(
        nl: "waar als ze allemaal waar zijn (ook bij een lege lijst)", en: "true when all are true (also for an empty list)")
    public static let signatures = [FunctionSignature([.list(.bool)], returns: .bool)]
    public static let examples = [FunctionExample("all(items('d') >= 0)", "true"), FunctionExample("all(items('d') >= 50)", "false")]
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value {
        guard case .list(let items) = arguments[0] else { return .bool(true) }
        return items.reduce(Value.bool(true)) { Evaluator.and($0, $1) }
    }
}

/// `items('domain')`: the item scores (0-100) of a domain's answered, scored questions.
public struct ItemsFunction: ExpressionFunction {
    public static let name = "items"
    public static let summary = Message(
        nl: "de itemscores (0-100) van de beantwoorde, gescoorde vragen van een domein",
        en: "the item scores (0-100) of a domain's answered, scored questions")
    public static let signatures = [FunctionSignature([.domain], returns: .list(.number))]
    public static let examples = [FunctionExample("items('d')", "[0, 50, 100]")]
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value {
        guard case .text(let domain) = arguments[0] else { return .list([]) }
        return .list(scope.domainItems(domain).map(Value.number))
    }
}

/// `answered_count('domain')`: how many of a domain's scored questions have a real answer.
public struct AnsweredCountFunction: ExpressionFunction {
    public static let name = "answered_count"
    public static let summary = Message(
        nl: "hoeveel gescoorde vragen van een domein een echt antwoord hebben",
        en: "how many of a domain's scored questions have a real answer")
    public static let signatures = [FunctionSignature([.domain], returns: .number)]
    public static let examples = [FunctionExample("answered_count('d')", "3")]
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value {
        guard case .text(let domain) = arguments[0] else { return .number(0) }
        return .number(Double(scope.domainItems(domain).count))
    }
}
