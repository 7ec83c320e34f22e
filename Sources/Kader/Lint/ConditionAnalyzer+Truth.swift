/// Which truth values a condition can take in a situation, and whether one condition implies
/// another: what the linter needs to see that a rule's outcome is always given by another too.
extension ConditionAnalyzer {
    /// A condition's value in three-valued logic.
    enum Truth: Hashable {
        case `true`, `false`, unknown
    }

    private static let any: Set<Truth> = [.true, .false, .unknown]

    /// True when `second` is true in every situation in which `first` is true. False when
    /// `first` can never be true: a dead rule is reported as such, not as implying anything.
    func implies(_ first: CheckedExpression, _ second: CheckedExpression) -> Bool {
        guard case .possible(let situations) = assume(first) else { return false }
        let source = Source(expression: second)
        return situations.allSatisfy { truth(second.root, source, $0) == [.true] }
    }

    /// The values `node` can take in `situation` (more than it can, never fewer).
    func truth(_ node: ExprNode, _ source: Source, _ situation: Situation) -> Set<Truth> {
        switch node.operation {
        case .constant(.bool(let value)):
            return [value ? .true : .false]
        case .and(let left, let right):
            return combine(truth(left, source, situation), truth(right, source, situation), Evaluator.and)
        case .or(let left, let right):
            return combine(truth(left, source, situation), truth(right, source, situation), Evaluator.or)
        case .not(let inner):
            return Set(truth(inner, source, situation).map { $0 == .unknown ? .unknown : $0 == .true ? .false : .true })
        case .compare(let op, let left, let right):
            guard let op = ComparisonOperator(rawValue: op), node.type == .bool else { return Self.any }
            return compareTruth(op, left, right, situation)
        case .answer, .context, .variable:
            guard node.type == .bool, let atom = Atom(node) else { return Self.any }
            return atomTruth(atom, .equal, .bool(true), situation)
        default:
            return Self.any
        }
    }

    private func combine(_ left: Set<Truth>, _ right: Set<Truth>, _ operation: (Value, Value) -> Value) -> Set<Truth> {
        func value(_ truth: Truth) -> Value {
            switch truth {
            case .true: .bool(true)
            case .false: .bool(false)
            case .unknown: .missing(Missing(.undefined))
            }
        }
        var result: Set<Truth> = []
        for l in left {
            for r in right {
                let combined = operation(value(l), value(r))
                result.insert(combined == .bool(true) ? .true : combined == .bool(false) ? .false : .unknown)
            }
        }
        return result
    }

    private func compareTruth(_ op: ComparisonOperator, _ left: ExprNode, _ right: ExprNode, _ situation: Situation) -> Set<Truth> {
        if let atom = Atom(left), case .constant(let constant) = right.operation { return atomTruth(atom, op, constant, situation) }
        if let atom = Atom(right), case .constant(let constant) = left.operation { return atomTruth(atom, op.flipped, constant, situation) }
        guard let l = numbers(left, situation), let r = numbers(right, situation) else { return Self.any }
        var result: Set<Truth> = [.unknown]
        if l.mayHold(op, r) { result.insert(.true) }
        if l.mayHold(op.negated, r) { result.insert(.false) }
        return result
    }

    private func atomTruth(_ atom: Atom, _ op: ComparisonOperator, _ constant: Value, _ situation: Situation) -> Set<Truth> {
        let state = situation.atoms[atom] ?? declared(atom)
        var result: Set<Truth> = []
        if !state.domain.narrowed(op, constant).isEmpty { result.insert(.true) }
        if !state.domain.narrowed(op.negated, constant).isEmpty { result.insert(.false) }
        let ordering = op != .equal && op != .notEqual
        if !state.present || state.domain == .anything || (ordering && (state.domain.numbers?.someWithout ?? false)) {
            result.insert(.unknown)
        }
        return result
    }

    // MARK: Numbers

    /// The numbers `node` can be in `situation`, when it is a number (an option counts by its
    /// value); nil when the analysis does not follow it.
    func numbers(_ node: ExprNode, _ situation: Situation) -> Interval? {
        switch node.operation {
        case .constant(let value):
            return value.numeric.map(Interval.point)
        case .arithmetic(let op, let left, let right):
            guard let l = numbers(left, situation), let r = numbers(right, situation) else { return node.type.isNumeric ? .all : nil }
            switch op {
            case "+": return l + r
            case "-": return l - r
            case "*": return l * r
            default: return l / r
            }
        case .negate(let inner):
            return numbers(inner, situation).map { -$0 }
        default:
            if let atom = Atom(node), let known = (situation.atoms[atom] ?? declared(atom)).domain.numbers, !known.interval.isEmpty {
                return known.interval
            }
            return node.type.isNumeric ? .all : nil
        }
    }
}
