/// How scores are rounded. Declared by the framework so that the same answers always give the
/// same number in every report.
public struct Rounding: Sendable, Hashable {
    /// How a value exactly halfway is rounded.
    public enum Mode: String, Sendable, Hashable {
        /// 2.45 → 2.5 (the school rule).
        case halfUp = "half_up"
        /// 2.45 → 2.4 (banker's rounding).
        case halfEven = "half_even"
        /// Always towards zero.
        case down
    }
    /// Decimals kept.
    public var decimals: Int
    /// How halves are rounded.
    public var mode: Mode

    /// Creates a rounding rule.
    public init(decimals: Int, mode: Mode) {
        self.decimals = decimals
        self.mode = mode
    }

    /// Rounds `value`. A tiny epsilon absorbs binary noise (66.65 stored as 66.6499999).
    public func apply(_ value: Double) -> Double {
        let factor = pow10(decimals)
        let scaled = value * factor
        let rounded: Double
        switch mode {
        case .halfUp: rounded = (scaled + (scaled >= 0 ? 1e-9 : -1e-9)).rounded(.toNearestOrAwayFromZero)
        case .halfEven: rounded = scaled.rounded(.toNearestOrEven)
        case .down: rounded = (scaled + (scaled >= 0 ? 1e-9 : -1e-9)).rounded(.towardZero)
        }
        return rounded / factor
    }

    private func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<max(0, n) { result *= 10 }
        return result
    }
}

/// The scale a score is on: a percentage (the default), the instrument's own raw sum of item
/// points, or their mean.
public enum ScoreScale: String, Sendable, Hashable, CaseIterable {
    /// 0-100: the aggregator's percentage.
    case percent
    /// The weighted sum of the items' points, prorated when the domain prorates (e.g. 0-10).
    case points
    /// The weighted mean of the items' points (e.g. 1-5).
    case mean
}

/// The lowest and highest value a score can have on its scale, as reports show it ("7 van 10").
public struct ScoreRange: Sendable, Hashable {
    public var min: Double
    public var max: Double

    /// Creates a range.
    public init(min: Double, max: Double) {
        self.min = min
        self.max = max
    }

    /// 0-100.
    public static let percent = ScoreRange(min: 0, max: 100)

    /// `value` as a percentage of the range: what the framework-wide levels, grades and charts
    /// read. A percentage is returned as it is, so that a percent score meets its levels exactly.
    public func percent(of value: Double) -> Double {
        if self == .percent { return value }
        return max > min ? (value - min) / (max - min) * 100 : 0
    }
}

/// What an answer of "weet niet" does to a score.
public enum UnknownPolicy: String, Sendable, Hashable {
    /// Left out of the score, like "n.v.t.", and reported as an information gap.
    case exclude
    /// Counted as the lowest option: what you do not know is not in place.
    case lowest
}

/// Framework-wide scoring settings and derived scores.
public struct ScoringSettings: Sendable {
    /// Rounding of every normalised score.
    public var rounding: Rounding
    /// What "weet niet" does.
    public var unknown: UnknownPolicy
    /// Scores computed from domain scores or other scores.
    public var derived: [DerivedScore]
    /// The id of the score that is the overall score.
    public var overallID: String
}

/// A score over other scores: a total over domains, a subscale over some of them, or an
/// expression.
public struct DerivedScore: Sendable {
    /// How the derived score is computed.
    public enum Method: Sendable {
        /// An aggregator over parts (domains or other derived scores), each with a weight.
        case aggregate(name: String, aggregator: any Aggregator, parts: [(id: String, weight: Double)])
        /// An expression that yields a number from 0 to 100.
        case expression(CheckedExpression)
    }
    /// A unique id (not a domain id).
    public var id: String
    /// A short title.
    public var title: LocalizedText
    /// How it is computed.
    public var method: Method
    /// When false (the default), one invalid part makes the whole invalid; when true, invalid
    /// parts are skipped as long as ``minValid`` parts remain.
    public var skipInvalid: Bool
    /// With ``skipInvalid``, the fewest valid parts needed.
    public var minValid: Int
    /// The ids of domains and scores it depends on, for ordering and cycle checks.
    public var dependencies: [String]
    /// Where it was defined.
    public var location: SourceLocation
    /// The scale of its value. On `percent` it combines its parts' percentages; on `points` or
    /// `mean` their values on their own scales.
    public var scale: ScoreScale = .percent
    /// The lowest and highest value it can have; nil for an expression on a scale other than
    /// percent, whose bounds are not known.
    public var range: ScoreRange? = .percent
    /// Its own decimals, when it declares them (`decimals:`); else those of `scoring.rounding`.
    public var decimals: Int?
    /// Bands of its own on its own scale, lowest first; nil when it has none.
    public var bands: [Band]?
}
