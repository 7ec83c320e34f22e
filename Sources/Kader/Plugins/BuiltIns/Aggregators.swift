/// The mean of the part scores.
public struct MeanAggregator: Aggregator {
    public static let name = "mean"
    public static let summary = Message(nl: "het gemiddelde van de scores", en: "the mean of the scores")
    public static let examples = [
        AggregatorExample(scores: [50, 100], expected: 75),
        AggregatorExample(scores: [0, 100, 100], expected: 66.67)
    ]
    public init() {}
    public func aggregate(_ parts: [ScorePart]) -> Double? {
        parts.isEmpty ? nil : parts.reduce(0) { $0 + $1.score } / Double(parts.count)
    }
}

/// The mean weighted by each part's weight.
public struct WeightedMeanAggregator: Aggregator {
    public static let name = "weighted_mean"
    public static let summary = Message(
        nl: "het gewogen gemiddelde: zwaardere vragen tellen meer", en: "the weighted mean: heavier questions count more")
    public static let examples = [AggregatorExample(scores: [0, 100], weights: [1, 3], expected: 75)]
    public init() {}
    public func aggregate(_ parts: [ScorePart]) -> Double? {
        let total = parts.reduce(0) { $0 + $1.weight }
        return total > 0 ? parts.reduce(0) { $0 + $1.score * $1.weight } / total : nil
    }
}

/// Points earned as a share of the points possible (weights multiply points); "n.v.t." leaves the
/// maximum, so the share is honest.
public struct SumAggregator: Aggregator {
    public static let name = "sum"
    public static let summary = Message(
        nl: "de behaalde punten als deel van de haalbare punten (n.v.t. telt niet mee in het maximum)",
        en: "points earned as a share of points possible (n.v.t. leaves the maximum)")
    public static let examples = [AggregatorExample(points: [(2, 3), (3, 3), (1, 3)], expected: 66.67)]
    public init() {}
    public func aggregate(_ parts: [ScorePart]) -> Double? {
        let max = parts.reduce(0) { $0 + $1.maxPoints * $1.weight }
        return max > 0 ? parts.reduce(0) { $0 + $1.points * $1.weight } / max * 100 : nil
    }
    /// Over whole scores (a derived score), a sum is a sum: parts 2 and 1 give 3, each part
    /// counted `weight` times. `mean` is the aggregator for their mean.
    public func combine(_ scores: [ScorePart]) -> Double? {
        scores.reduce(0) { $0 + $1.score * $1.weight }
    }
}

/// The lowest part score: a chain is as strong as its weakest link.
public struct MinimumAggregator: Aggregator {
    public static let name = "minimum"
    public static let summary = Message(
        nl: "de laagste score: de zwakste schakel bepaalt", en: "the lowest score: the weakest link decides")
    public static let examples = [AggregatorExample(scores: [40, 90, 70], expected: 40)]
    public init() {}
    public func aggregate(_ parts: [ScorePart]) -> Double? { parts.map(\.score).min() }
}

/// The highest part score.
public struct MaximumAggregator: Aggregator {
    public static let name = "maximum"
    public static let summary = Message(nl: "de hoogste score", en: "the highest score")
    public static let examples = [AggregatorExample(scores: [40, 90, 70], expected: 90)]
    public init() {}
    public func aggregate(_ parts: [ScorePart]) -> Double? { parts.map(\.score).max() }
}

/// The median part score: robust against one outlier.
public struct MedianAggregator: Aggregator {
    public static let name = "median"
    public static let summary = Message(
        nl: "de middelste score; één uitschieter telt niet zwaar", en: "the middle score; one outlier does not weigh much")
    public static let examples = [
        AggregatorExample(scores: [0, 60, 100], expected: 60),
        AggregatorExample(scores: [20, 40, 60, 100], expected: 50)
    ]
    public init() {}
    public func aggregate(_ parts: [ScorePart]) -> Double? {
        let sorted = parts.map(\.score).sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
