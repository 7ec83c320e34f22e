/// Evaluating with every rule's condition traced: what `kader explain --full` shows, for all
/// rules and preconditions at once.
extension Engine {
    /// One traced condition.
    public struct ConditionTrace: Sendable {
        /// The rule's or precondition's id.
        public var id: String
        /// How its condition came to its value.
        public var trace: TraceNode
    }

    /// Evaluates `response` and traces the condition of every rule and precondition at `depth`,
    /// in framework order.
    public func evaluateTracing(_ response: Response, depth: TraceDepth) -> (result: AssessmentResult, traces: [ConditionTrace]) {
        let (result, state) = run(response)
        var traces: [ConditionTrace] = []
        traces.reserveCapacity(framework.rules.count + framework.preconditions.count)
        for rule in framework.rules {
            traces.append(ConditionTrace(id: rule.id, trace: rule.condition.plan.trace(in: state, depth: depth)))
        }
        for precondition in framework.preconditions {
            traces.append(ConditionTrace(id: precondition.id, trace: precondition.condition.plan.trace(in: state, depth: depth)))
        }
        return (result, traces)
    }
}
