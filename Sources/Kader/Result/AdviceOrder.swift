/// The order advice is shown in: critical first, then priority, quick wins before structural
/// work, then the framework's domain order and rule order.
enum AdviceOrder {
    /// Where a piece of advice comes from: the position of the rule that gave it, and of its
    /// domain in the framework (`Int.max` without one).
    struct Place {
        var rule: Int
        var domain: Int
    }

    /// Puts `advice` in order; `places[i]` is where `advice[i]` comes from.
    static func sort(_ advice: inout [Advice], places: [Place]) {
        // The sort key of each piece of advice, found once rather than at every comparison.
        let keys = advice.indices.map { offset in
            let place = offset < places.count ? places[offset] : Place(rule: 0, domain: Int.max)
            return (
                priority: advice[offset].priority.rank, effort: advice[offset].effort.rank, domain: place.domain, rule: place.rule,
                offset: offset
            )
        }
        let order = keys.sorted { a, b in
            (a.priority, a.effort, a.domain, a.rule, a.offset) < (b.priority, b.effort, b.domain, b.rule, b.offset)
        }.map(\.offset)
        // Moved into their places, not copied: advice carries many texts (swapping them in place
        // went through a generic swap and cost four times as much).
        var pool: [Advice?] = []
        pool.reserveCapacity(advice.count)
        while let last = advice.popLast() { pool.append(last) }
        for offset in order { if let item = pool[pool.count - 1 - offset].take() { advice.append(item) } }
    }
}
