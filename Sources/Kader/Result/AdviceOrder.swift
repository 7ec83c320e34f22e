/// The order advice is shown in: critical first, then priority, quick wins before structural
/// work, then the framework's domain order and rule order.
enum AdviceOrder {
    /// `rules[i]` is the position of the rule that gave `advice[i]`; `domainPosition(rule, id)`
    /// is the position of domain `id` in the framework, asked with the rule that names it.
    static func sorted(_ advice: inout [Advice], rules: [Int], domainPosition: (_ rule: Int, _ domainID: String) -> Int?) -> [Advice] {
        // The sort key of each piece of advice, found once rather than at every comparison.
        let keys = advice.indices.map { offset in
            let rule = offset < rules.count ? rules[offset] : 0
            let domain = advice[offset].domainID.flatMap { id in domainPosition(rule, id) } ?? Int.max
            return (priority: advice[offset].priority.rank, effort: advice[offset].effort.rank, domain: domain, rule: rule, offset: offset)
        }
        let order = keys.sorted { a, b in
            (a.priority, a.effort, a.domain, a.rule, a.offset) < (b.priority, b.effort, b.domain, b.rule, b.offset)
        }
        // Moved into their places, not copied: advice carries many texts.
        var pool: [Advice?] = []
        pool.reserveCapacity(advice.count)
        while let last = advice.popLast() { pool.append(last) }
        var sorted: [Advice] = []
        sorted.reserveCapacity(pool.count)
        for key in order { if let item = pool[pool.count - 1 - key.offset].take() { sorted.append(item) } }
        return sorted
    }
}
