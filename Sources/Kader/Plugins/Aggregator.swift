/// One part going into an aggregate: an item's score inside a domain, or a domain's score inside
/// a total.
public struct ScorePart: Sendable, Hashable {
    /// The normalised score, 0-100.
    public var score: Double
    /// The weight, greater than zero.
    public var weight: Double
    /// Raw points earned (for point-based aggregators).
    public var points: Double
    /// The most points this part could earn.
    public var maxPoints: Double

    /// Creates a part; raw points default to the score out of 100.
    public init(score: Double, weight: Double = 1, points: Double? = nil, maxPoints: Double? = nil) {
        self.score = score
        self.weight = weight
        self.points = points ?? score
        self.maxPoints = maxPoints ?? 100
    }
}

/// Combines part scores into one normalised score (0-100). Register your own with
/// ``PluginRegistry/register(aggregator:)``; frameworks name it in `aggregate:`.
///
/// ```swift
/// struct Median: Aggregator {
///     static let name = "median"
///     static let summary = Message(nl: "de middelste score", en: "the middle score")
///     static let examples = [AggregatorExample(scores: [0, 50, 100], expected: 50)]
///     func aggregate(_ parts: [ScorePart]) -> Double? { ... }
/// }
/// ```
public protocol Aggregator: Sendable {
    /// The name frameworks use.
    static var name: String { get }
    /// One sentence on what it computes.
    static var summary: Message { get }
    /// Examples; the test suite runs every one.
    static var examples: [AggregatorExample] { get }
    /// Creates the aggregator.
    init()
    /// The aggregate of `parts` (never empty), or nil when undefined.
    func aggregate(_ parts: [ScorePart]) -> Double?
    /// The aggregate of whole scores (a derived score over domains and other scores), which have
    /// no points of their own. The default is ``aggregate(_:)``; an aggregator whose meaning
    /// over item points differs from its meaning over scores (`sum`) says so here.
    func combine(_ scores: [ScorePart]) -> Double?
}

extension Aggregator {
    /// Whole scores combine as item scores do, unless the aggregator says otherwise.
    public func combine(_ scores: [ScorePart]) -> Double? { aggregate(scores) }
}

/// An example of an aggregator: parts in, score out.
public struct AggregatorExample: Sendable {
    /// The parts.
    public var parts: [ScorePart]
    /// The expected result.
    public var expected: Double?

    /// Parts with the given scores (and weights), points out of 100.
    public init(scores: [Double], weights: [Double]? = nil, expected: Double?) {
        self.parts = scores.enumerated().map { index, score in
            ScorePart(score: score, weight: weights?[index] ?? 1)
        }
        self.expected = expected
    }

    /// Parts with raw points and maxima.
    public init(points: [(Double, Double)], expected: Double?) {
        self.parts = points.map { ScorePart(score: $0.1 > 0 ? $0.0 / $0.1 * 100 : 0, points: $0.0, maxPoints: $0.1) }
        self.expected = expected
    }
}
