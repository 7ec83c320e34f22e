/// How an expression came to its value: each part with the value it had.
public struct TraceNode: Sendable {
    /// The text of this part of the expression.
    public var text: String
    /// The value it had.
    public var value: Value
    /// The parts inside it (empty for leaves at summary depth).
    public var children: [TraceNode]
    /// True for the operand of `and`/`or`/`not` that decided the outcome.
    public var decisive: Bool = false
}

/// How much of an expression's evaluation to record.
public enum TraceDepth: Sendable {
    /// The logical skeleton: `and`, `or`, `not`, and each condition with the values it compared.
    case summary
    /// Every sub-expression.
    case full
}

extension Evaluator {
    /// Evaluates `expression` and records how it came to its value.
    public static func trace(_ expression: CheckedExpression, in scope: any EvaluationScope, depth: TraceDepth) -> TraceNode {
        traced(expression.root, expression, scope, depth)
    }

    private static func traced(_ node: ExprNode, _ expression: CheckedExpression, _ scope: any EvaluationScope, _ depth: TraceDepth) -> TraceNode {
        let text = expression.snippet(node.range)
        func leaf(_ value: Value, _ children: [ExprNode]) -> TraceNode {
            let shown: [TraceNode] = children.compactMap { child in
                if case .constant = child.operation { return nil }
                return depth == .full
                    ? traced(child, expression, scope, depth)
                    : TraceNode(text: expression.snippet(child.range), value: eval(child, scope), children: [])
            }
            return TraceNode(text: text, value: value, children: shown)
        }
        switch node.operation {
        case .and(let left, let right), .or(let left, let right):
            let isAnd: Bool = if case .and = node.operation { true } else { false }
            var l = traced(left, expression, scope, depth)
            var r = traced(right, expression, scope, depth)
            let value = isAnd ? and(l.value, r.value) : or(l.value, r.value)
            let decider: Value = isAnd ? .bool(false) : .bool(true)
            if value == decider {
                if l.value == decider { l.decisive = true } else { r.decisive = true }
            } else {
                l.decisive = true
                r.decisive = true
            }
            return TraceNode(text: text, value: value, children: [l, r])
        case .not(let operand):
            var inner = traced(operand, expression, scope, depth)
            inner.decisive = true
            return TraceNode(text: text, value: not(inner.value), children: [inner])
        case .compare(_, let left, let right), .arithmetic(_, let left, let right):
            return leaf(eval(node, scope), [left, right])
        case .contains(let element, let collection):
            return leaf(eval(node, scope), [element, collection])
        case .negate(let operand):
            return leaf(eval(node, scope), [operand])
        case .call(_, let arguments):
            return leaf(eval(node, scope), arguments)
        case .list(let items):
            return leaf(eval(node, scope), depth == .full ? items : [])
        default:
            return TraceNode(text: text, value: eval(node, scope), children: [])
        }
    }
}

extension TraceNode {
    /// The question ids whose answers were missing anywhere in this trace.
    public var undecidedQuestions: [String] {
        var result = Set(value.missing?.questions ?? [])
        for child in children { result.formUnion(child.undecidedQuestions) }
        return result.sorted()
    }

    /// The leaves that decided the outcome, following decisive branches: the conditions a person
    /// needs to see to understand why.
    public var decidingConditions: [TraceNode] {
        let logical = children.filter(\.decisive)
        if logical.isEmpty { return [self] }
        return logical.flatMap(\.decidingConditions)
    }
}
