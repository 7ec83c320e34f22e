/// `answered(q)`: true when q has a real answer (not "weet niet", "n.v.t." or empty).
public struct AnsweredFunction: ExpressionFunction {
    public static let name = "answered"
    public static let summary = Message(
        nl: "waar als de vraag een echt antwoord heeft (geen 'weet niet', 'n.v.t.' of leeg)",
        en: "true when the question has a real answer (not 'weet niet', 'n.v.t.' or empty)")
    public static let signatures = [FunctionSignature([.answer], returns: .bool)]
    public static let examples = [
        FunctionExample("answered(q1)", "true"), FunctionExample("answered(q2)", "false"),
        FunctionExample("answered(q4)", "false")
    ]
    public static let handlesMissing = true
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value { .bool(arguments[0].missing == nil) }
}

/// `unknown(q)`: true when the answer is "weet niet".
public struct UnknownFunction: ExpressionFunction {
    public static let name = "unknown"
    public static let summary = Message(nl: "waar als het antwoord 'weet niet' is", en: "true when the answer is 'weet niet'")
    public static let signatures = [FunctionSignature([.answer], returns: .bool)]
    public static let examples = [FunctionExample("unknown(q2)", "true"), FunctionExample("unknown(q1)", "false")]
    public static let handlesMissing = true
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value { .bool(arguments[0].missing?.reason == .unknown) }
}

/// `not_applicable(q)`: true when the answer is "n.v.t.".
public struct NotApplicableFunction: ExpressionFunction {
    public static let name = "not_applicable"
    public static let summary = Message(nl: "waar als het antwoord 'n.v.t.' is", en: "true when the answer is 'n.v.t.'")
    public static let signatures = [FunctionSignature([.answer], returns: .bool)]
    public static let examples = [FunctionExample("not_applicable(q3)", "true"), FunctionExample("not_applicable(q4)", "false")]
    public static let handlesMissing = true
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value { .bool(arguments[0].missing?.reason == .notApplicable) }
}

/// `coalesce(x, fallback)`: x, or the fallback when x is missing.
public struct CoalesceFunction: ExpressionFunction {
    public static let name = "coalesce"
    public static let summary = Message(
        nl: "de waarde, of de tweede als de eerste ontbreekt", en: "the value, or the second one when the first is missing")
    public static let signatures = [
        FunctionSignature([.number, .number], returns: .number),
        FunctionSignature([.bool, .bool], returns: .bool),
        FunctionSignature([.text, .text], returns: .text)
    ]
    public static let examples = [FunctionExample("coalesce(q4, 0)", "0"), FunctionExample("coalesce(q1, 0)", "2")]
    public static let handlesMissing = true
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value {
        guard arguments[0].missing != nil else {
            if case .option(_, let value?) = arguments[0] { return .number(value) }
            return arguments[0]
        }
        return arguments[1]
    }
}

/// `if(condition, then, else)`: chooses a value; unknown conditions give a missing value.
public struct IfFunction: ExpressionFunction {
    public static let name = "if"
    public static let summary = Message(
        nl: "kiest de tweede waarde als de voorwaarde waar is, anders de derde",
        en: "picks the second value when the condition is true, else the third")
    public static let signatures = [
        FunctionSignature([.bool, .number, .number], returns: .number),
        FunctionSignature([.bool, .text, .text], returns: .text),
        FunctionSignature([.bool, .bool, .bool], returns: .bool)
    ]
    public static let examples = [FunctionExample("if(q1 >= 2, 10, 0)", "10"), FunctionExample("if(q4 >= 2, 10, 0)", "unanswered")]
    public static let handlesMissing = true
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value {
        switch arguments[0] {
        case .bool(true): return numeric(arguments[1])
        case .bool(false): return numeric(arguments[2])
        default: return arguments[0]
        }
    }
    private func numeric(_ value: Value) -> Value {
        if case .option(_, let v?) = value { return .number(v) }
        return value
    }
}
