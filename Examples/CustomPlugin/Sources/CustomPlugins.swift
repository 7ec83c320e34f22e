import Kader

/// `percentage(part, whole)`: a function for frameworks that count things, such as "children
/// seen by the youth team" out of "children at the location".
public struct PercentageFunction: ExpressionFunction {
    public static let name = "percentage"
    public static let summary = Message(nl: "deel van een geheel in procenten", en: "part of a whole as a percentage")
    public static let signatures = [FunctionSignature([.number, .number], returns: .number)]
    public static let examples = [FunctionExample("percentage(1, 4)", "25")]
    public init() {}
    public func call(_ arguments: [Value], scope: any EvaluationScope) -> Value {
        guard let part = arguments[0].numeric, let whole = arguments[1].numeric, whole != 0 else { return .missing(Missing(.undefined)) }
        return .number(part / whole * 100)
    }
}

/// `aggregate: lowest_two`: the mean of the two weakest items, for a domain where one strong
/// item must not hide two weak ones.
public struct LowestTwoAggregator: Aggregator {
    public static let name = "lowest_two"
    public static let summary = Message(nl: "het gemiddelde van de twee zwakste items", en: "the mean of the two weakest items")
    public static let examples = [AggregatorExample(scores: [20, 100, 40], expected: 30)]
    public init() {}
    public func aggregate(_ parts: [ScorePart]) -> Double? {
        let lowest = parts.map(\.score).sorted().prefix(2)
        return lowest.isEmpty ? nil : lowest.reduce(0, +) / Double(lowest.count)
    }
}

/// The registry with Kader's built-ins and these plugins, registered the same way.
public let customRegistry: PluginRegistry = {
    var registry = PluginRegistry.builtIn
    registry.register(function: PercentageFunction.self)
    registry.register(aggregator: LowestTwoAggregator.self)
    registry.register(questionKind: RatingQuestion.self)
    registry.register(ruleEffect: DiscussionPointEffect.self)
    return registry
}()
