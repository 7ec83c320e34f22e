/// A set of numbers between two bounds, each bound open or closed: what the linter knows a
/// number can be. Empty when nothing fits (`(100, 100]`).
struct Interval: Equatable {
    /// A bound: its value and whether the value itself belongs to the interval.
    struct Bound: Equatable {
        var value: Double
        var closed: Bool
    }

    var lower: Bound
    var upper: Bound

    /// Every number.
    static let all = Interval(lower: Bound(value: -.infinity, closed: false), upper: Bound(value: .infinity, closed: false))

    /// `low...high`, both included.
    static func closed(_ low: Double, _ high: Double) -> Interval {
        Interval(lower: Bound(value: low, closed: true), upper: Bound(value: high, closed: true))
    }

    /// One number.
    static func point(_ value: Double) -> Interval { .closed(value, value) }

    var isEmpty: Bool {
        lower.value > upper.value || (lower.value == upper.value && !(lower.closed && upper.closed))
    }

    /// True when the interval is bounded on at least one side (worth naming in a message).
    var isBounded: Bool { lower.value.isFinite || upper.value.isFinite }

    func intersection(_ other: Interval) -> Interval {
        let low =
            lower.value > other.lower.value
            ? lower
            : other.lower.value > lower.value
                ? other.lower
                : Bound(value: lower.value, closed: lower.closed && other.lower.closed)
        let high =
            upper.value < other.upper.value
            ? upper
            : other.upper.value < upper.value
                ? other.upper
                : Bound(value: upper.value, closed: upper.closed && other.upper.closed)
        return Interval(lower: low, upper: high)
    }

    /// The smallest interval holding both.
    func hull(_ other: Interval) -> Interval {
        if isEmpty { return other }
        if other.isEmpty { return self }
        let low =
            lower.value < other.lower.value
            ? lower
            : other.lower.value < lower.value
                ? other.lower
                : Bound(value: lower.value, closed: lower.closed || other.lower.closed)
        let high =
            upper.value > other.upper.value
            ? upper
            : other.upper.value > upper.value
                ? other.upper
                : Bound(value: upper.value, closed: upper.closed || other.upper.closed)
        return Interval(lower: low, upper: high)
    }

    /// The numbers `x` for which `x op value` holds.
    static func satisfying(_ op: ComparisonOperator, _ value: Double) -> Interval {
        switch op {
        case .equal: .point(value)
        case .notEqual: .all
        case .less: Interval(lower: Interval.all.lower, upper: Bound(value: value, closed: false))
        case .lessOrEqual: Interval(lower: Interval.all.lower, upper: Bound(value: value, closed: true))
        case .greater: Interval(lower: Bound(value: value, closed: false), upper: Interval.all.upper)
        case .greaterOrEqual: Interval(lower: Bound(value: value, closed: true), upper: Interval.all.upper)
        }
    }

    /// This interval narrowed to the numbers for which `x op value` holds (`!=` removes a
    /// single number only when the interval is that number).
    func narrowed(_ op: ComparisonOperator, _ value: Double) -> Interval {
        if op == .notEqual {
            // Only an end can be cut off: the numbers on both sides of it stay.
            var result = self
            if lower.value == value { result.lower.closed = false }
            if upper.value == value { result.upper.closed = false }
            return result
        }
        return intersection(.satisfying(op, value))
    }

    /// Only whole numbers: the bounds moved inward to the nearest whole number.
    func wholeNumbers() -> Interval {
        var result = self
        if lower.value.isFinite {
            let up = lower.value.rounded(.up)
            result.lower = Bound(value: up == lower.value && !lower.closed ? up + 1 : up, closed: true)
        }
        if upper.value.isFinite {
            let down = upper.value.rounded(.down)
            result.upper = Bound(value: down == upper.value && !upper.closed ? down - 1 : down, closed: true)
        }
        return result
    }

    /// Whether some `a` here and `b` in `other` can make `a op b` true.
    func mayHold(_ op: ComparisonOperator, _ other: Interval) -> Bool {
        guard !isEmpty, !other.isEmpty else { return false }
        switch op {
        case .equal: return !intersection(other).isEmpty
        case .notEqual: return !(self == other && lower.value == upper.value)
        case .less: return lower.value < other.upper.value
        case .lessOrEqual:
            return lower.value < other.upper.value || (lower.value == other.upper.value && lower.closed && other.upper.closed)
        case .greater: return other.mayHold(.less, self)
        case .greaterOrEqual: return other.mayHold(.lessOrEqual, self)
        }
    }

    // MARK: Arithmetic

    static func + (a: Interval, b: Interval) -> Interval {
        Interval(
            lower: Bound(value: a.lower.value + b.lower.value, closed: a.lower.closed && b.lower.closed),
            upper: Bound(value: a.upper.value + b.upper.value, closed: a.upper.closed && b.upper.closed)
        ).sane
    }

    static prefix func - (a: Interval) -> Interval {
        Interval(lower: Bound(value: -a.upper.value, closed: a.upper.closed), upper: Bound(value: -a.lower.value, closed: a.lower.closed))
    }

    static func - (a: Interval, b: Interval) -> Interval { a + (-b) }

    static func * (a: Interval, b: Interval) -> Interval {
        // Closed hull of the corner products: open ends only widen it, which stays sound.
        let corners = [
            a.lower.value * b.lower.value, a.lower.value * b.upper.value,
            a.upper.value * b.lower.value, a.upper.value * b.upper.value
        ]
        guard !corners.contains(where: \.isNaN) else { return .all }
        return Interval.closed(corners.min() ?? -.infinity, corners.max() ?? .infinity).sane
    }

    static func / (a: Interval, b: Interval) -> Interval {
        // A divisor that may be zero (or near it) says nothing; dividing by zero gives a missing value.
        guard b.lower.value > 0 || b.upper.value < 0 else { return .all }
        return a * Interval.closed(1 / b.upper.value, 1 / b.lower.value)
    }

    /// Infinite or not-a-number bounds made open and unbounded, so arithmetic never claims more
    /// than it knows.
    private var sane: Interval {
        var result = self
        if result.lower.value.isNaN || result.lower.value == -.infinity { result.lower = Interval.all.lower }
        if result.upper.value.isNaN || result.upper.value == .infinity { result.upper = Interval.all.upper }
        return result
    }
}

/// The comparison operators of the expression language.
enum ComparisonOperator: String, CaseIterable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="

    /// The operator that holds exactly when this one does not (for values that are present).
    var negated: ComparisonOperator {
        switch self {
        case .equal: .notEqual
        case .notEqual: .equal
        case .less: .greaterOrEqual
        case .lessOrEqual: .greater
        case .greater: .lessOrEqual
        case .greaterOrEqual: .less
        }
    }

    /// The operator with its sides swapped: `a < b` is `b > a`.
    var flipped: ComparisonOperator {
        switch self {
        case .equal, .notEqual: self
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        }
    }

    /// Whether `a op b` holds.
    func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .equal: a == b
        case .notEqual: a != b
        case .less: a < b
        case .lessOrEqual: a <= b
        case .greater: a > b
        case .greaterOrEqual: a >= b
        }
    }
}
