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

/// A trace walks the plan's own nodes and takes every value from the plan's evaluation (the
/// deciding conditions of a fired rule take an operand of `and`, `or` or `not` from its parent's
/// value where ``Evaluator``'s Kleene logic leaves only one possibility): it decides what to show
/// and which operands decided, never what an operation means.
extension ExpressionPlan {
    /// Evaluates the plan in `scope` and records how it came to its value.
    func trace<Scope: PlanScope>(in scope: Scope, depth: TraceDepth) -> TraceNode {
        traceNode(root, eval(root, scope), scope, depth)
    }

    /// The conditions that decided the value, with the values seen: what
    /// `trace(in: scope, depth: .summary).decidingConditions` gives, without building the
    /// branches that did not decide (the engine takes them for every rule that fires).
    /// `value` is the plan's value, when the caller has it already.
    func decidingConditions<Scope: PlanScope>(in scope: Scope, value: Value? = nil) -> [TraceNode] {
        var found: [TraceNode] = []
        found.reserveCapacity(4)
        collectDeciding(root, value ?? eval(root, scope), scope, into: &found)
        return found
    }

    /// Node `index`, whose value its parent found, with its parts.
    private func traceNode<Scope: PlanScope>(_ index: Int32, _ value: Value, _ scope: Scope, _ depth: TraceDepth) -> TraceNode {
        let node = nodes[Int(index)]
        switch node.code {
        case .and, .or:
            let values = (left: eval(node.a, scope), right: eval(node.b, scope))
            var left = traceNode(node.a, values.left, scope, depth)
            var right = traceNode(node.b, values.right, scope, depth)
            (left.decisive, right.decisive) = decisiveSides(node.code, value, values)
            return TraceNode(text: texts[Int(index)], value: value, children: [left, right])
        case .not:
            var inner = traceNode(node.a, eval(node.a, scope), scope, depth)
            inner.decisive = true
            return TraceNode(text: texts[Int(index)], value: value, children: [inner])
        default:
            guard depth == .full else { return condition(index, value, scope) }
            var shown: [TraceNode] = []
            forEachShownOperand(of: index, listItems: true) { shown.append(traceNode($0, eval($0, scope), scope, depth)) }
            return TraceNode(text: texts[Int(index)], value: value, children: shown)
        }
    }

    /// A condition as a summary shows it: its value, and the value of each operand.
    private func condition<Scope: PlanScope>(_ index: Int32, _ value: Value, _ scope: Scope) -> TraceNode {
        var count = 0
        forEachShownOperand(of: index, listItems: false) { _ in count += 1 }
        var shown: [TraceNode] = []
        // Room made once: growing the list one operand at a time allocated it twice.
        shown.reserveCapacity(count)
        forEachShownOperand(of: index, listItems: false) { operand in
            shown.append(TraceNode(text: texts[Int(operand)], value: eval(operand, scope), children: []))
        }
        return TraceNode(text: texts[Int(index)], value: value, children: shown)
    }

    /// Which sides of an `and` or `or` with `value` decided it: the one that settled it (the left
    /// one when both could have), or both when neither settled it alone.
    private func decisiveSides(_ code: Code, _ value: Value, _ sides: (left: Value, right: Value)) -> (left: Bool, right: Bool) {
        let decider: Value = code == .and ? .bool(false) : .bool(true)
        guard value == decider else { return (true, true) }
        return sides.left == decider ? (true, false) : (false, true)
    }

    private func collectDeciding<Scope: PlanScope>(_ index: Int32, _ value: Value, _ scope: Scope, into found: inout [TraceNode]) {
        let node = nodes[Int(index)]
        switch node.code {
        case .and, .or:
            // What the operands were follows from the value where Kleene logic allows (an `and`
            // is true only when both sides are, false when one is; `or` the other way round):
            // evaluating them again was most of the cost of a fired rule's conditions.
            let decider: Value = node.code == .and ? .bool(false) : .bool(true)
            if value == decider {
                let left = eval(node.a, scope)
                if left == decider {
                    collectDeciding(node.a, left, scope, into: &found)
                } else {
                    collectDeciding(node.b, decider, scope, into: &found)
                }
            } else if value == Evaluator.not(decider) {
                collectDeciding(node.a, value, scope, into: &found)
                collectDeciding(node.b, value, scope, into: &found)
            } else {
                collectDeciding(node.a, eval(node.a, scope), scope, into: &found)
                collectDeciding(node.b, eval(node.b, scope), scope, into: &found)
            }
        case .not:
            // `not` gives a boolean only for a boolean, the opposite one.
            let operand = if case .bool = value { Evaluator.not(value) } else { eval(node.a, scope) }
            collectDeciding(node.a, operand, scope, into: &found)
        default:
            found.append(condition(index, value, scope))
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
