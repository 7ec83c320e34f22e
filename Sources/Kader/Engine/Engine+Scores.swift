/// Domain and derived scores.
extension Engine {
    /// A domain's score and what it was made of, before its level and grade are known.
    struct DomainScoring {
        var score: Double?
        var points: Double
        var maxPoints: Double
        var proratedPoints: Double?
        var proratedMaxPoints: Double?
        var answeredItems: Int
        var completeness: Completeness
        var items: [ItemResult]
        /// Positions in the growth model: the level whose band holds the score, and the final level.
        var band: Int?
        var level: Int?
        /// The rules whose caps lowered the level.
        var cappedBy: [String] = []
        var grade: Double?
        var passed: Bool?
    }

    func scoreDomains(_ state: EvaluationState) -> [DomainScoring] {
        let rounding = framework.scoring.rounding
        // One list of scored parts for every domain, emptied between them: an aggregator only
        // reads it, and a list per domain was an allocation each.
        var parts: [ScorePart] = []
        parts.reserveCapacity(tables.questions.count)
        var results: [DomainScoring] = []
        results.reserveCapacity(framework.domains.count)
        for domainIndex in framework.domains.indices {
            parts.removeAll(keepingCapacity: true)
            let scoring = framework.domains[domainIndex].scoring
            // One pass over the items: the scored parts, points and (for proration) the full
            // maximum of every item that could have been scored.
            // Taken, not copied: the state is done with the item results.
            var items: [ItemResult] = []
            swap(&items, &state.itemsByDomain[domainIndex])
            var points = 0.0
            var maxPoints = 0.0
            var fullMax = 0.0
            var countedWeight = 0.0
            // Fields read in place: binding each item to a constant would copy its texts.
            for (offset, slot) in zip(items.indices, tables.domainSlots[domainIndex]) {
                let itemState = items[offset].state
                let weight = items[offset].weight
                if let score = items[offset].score {
                    let minimum = items[offset].minPoints ?? 0
                    let itemPoints = items[offset].points ?? 0
                    let itemMax = items[offset].maxPoints ?? 0
                    parts.append(ScorePart(score: score, weight: weight, points: itemPoints - minimum, maxPoints: itemMax - minimum))
                    points += itemPoints * weight
                    maxPoints += itemMax * weight
                    countedWeight += weight
                }
                // Proration counts every relevant scored item that is not "n.v.t.".
                if scoring.prorate, items[offset].scored, itemState == .answered || itemState == .unknown || itemState == .unanswered {
                    fullMax += (items[offset].maxPoints ?? tables.itemFacts[slot].range?.max ?? 0) * weight
                }
            }
            let enough = !parts.isEmpty && parts.count >= scoring.minAnswered
            // An aggregator (a plugin's too) that gives no finite number gives no score: NaN or infinity
            // would reach every report.
            // Proration: scale points to every relevant scored item that is not "n.v.t.".
            var proratedPoints: Double?
            var proratedMax: Double?
            if scoring.prorate, maxPoints > 0, fullMax > 0 {
                proratedPoints = rounding.apply(points / maxPoints * fullMax)
                proratedMax = fullMax
            }
            let raw: Double? =
                switch scoring.scale {
                case .percent: enough ? scoring.aggregator.aggregate(parts) : nil
                case .points: enough ? (proratedPoints ?? points) : nil
                case .mean: enough && countedWeight > 0 ? points / countedWeight : nil
                }
            let score = raw.flatMap { $0.isFinite ? rounding.apply($0) : nil }
            state.setDomainScore(domainIndex, score)
            // What `points.d` and `max.d` read: the points as reported, prorated where the domain prorates.
            state.setDomainFacts(
                domainIndex, points: score == nil ? nil : (proratedPoints ?? points),
                maxPoints: proratedMax ?? maxPoints, answered: parts.count)
            let completeness = Completeness(tables.domainSlots[domainIndex].lazy.map { state.itemState($0) ?? .unanswered })
            results.append(
                DomainScoring(
                    score: score, points: points, maxPoints: maxPoints, proratedPoints: proratedPoints,
                    proratedMaxPoints: proratedMax, answeredItems: parts.count, completeness: completeness,
                    items: items))
        }
        return results
    }

    /// The domains' results, once their levels and grades are known; their items are moved in.
    func results(of scorings: inout [DomainScoring]) -> [DomainResult] {
        let levels = framework.growthModel?.levels
        var results: [DomainResult] = []
        results.reserveCapacity(scorings.count)
        for index in scorings.indices {
            var items: [ItemResult] = []
            swap(&items, &scorings[index].items)
            let scoring = framework.domains[index].scoring
            // Fields read in place: a copy of the domain would copy all of its questions.
            results.append(
                DomainResult(
                    id: framework.domains[index].id, title: framework.domains[index].title, role: framework.domains[index].role,
                    score: scorings[index].score, status: scorings[index].score == nil ? .insufficient : .valid,
                    points: scorings[index].points, maxPoints: scorings[index].maxPoints, proratedPoints: scorings[index].proratedPoints,
                    proratedMaxPoints: scorings[index].proratedMaxPoints, aggregator: scoring.aggregatorName,
                    minAnswered: scoring.minAnswered,
                    answeredItems: scorings[index].answeredItems,
                    bandLevel: scorings[index].band.flatMap { levelID($0, of: index, levels) },
                    level: scorings[index].level.flatMap { levelID($0, of: index, levels) }, cappedBy: scorings[index].cappedBy,
                    grade: scorings[index].grade,
                    passed: scorings[index].passed, completeness: scorings[index].completeness, items: items,
                    scale: scoring.scale, range: scoring.range))
        }
        return results
    }

    /// The id of level `position` of domain `index`: one of its own bands, or of the growth model.
    private func levelID(_ position: Int, of index: Int, _ levels: [Level]?) -> String? {
        if let bands = framework.domains[index].scoring.levels.bands { return bands[position].id }
        return levels?[position].id
    }

    func scoreDerived(_ state: EvaluationState) -> [ScoreResult] {
        var results = [ScoreResult?](repeating: nil, count: framework.scoring.derived.count)
        for index in framework.index.scoreOrder {
            let derived = framework.scoring.derived[index]
            // A score's own decimals, rounded the framework's way.
            var rounding = framework.scoring.rounding
            if let decimals = derived.decimals { rounding.decimals = decimals }
            var score: Double?
            var parts: [(id: String, score: Double?, weight: Double)] = []
            let method: String
            switch derived.method {
            case .aggregate(let name, let aggregator, let ids):
                method = name
                // On percent the parts count by their percentages, on points or a mean by their own values.
                parts = ids.map { part in
                    let value = state.score(part.id).numeric
                    return (part.id, derived.scale == .percent ? value.flatMap { percent(of: $0, score: part.id) } : value, part.weight)
                }
                let valid = parts.compactMap { part in part.score.map { ScorePart(score: $0, weight: part.weight) } }
                let allValid = valid.count == parts.count
                if allValid || (derived.skipInvalid && valid.count >= max(1, derived.minValid)) {
                    score = valid.isEmpty ? nil : aggregator.combine(valid).flatMap { $0.isFinite ? rounding.apply($0) : nil }
                }
            case .expression:
                method = "expression"
                let value = tables.derivedExpressions[index]?.evaluate(in: state) ?? .missing(Missing(.undefined))
                // A percentage stays within 0-100; a score on its own scale is what the expression says.
                score = value.numeric.flatMap { number in
                    if derived.scale == .percent { return rounding.apply(min(100, max(0, number))) }
                    return number.isFinite ? rounding.apply(number) : nil
                }
                parts = derived.dependencies.map { ($0, state.score($0).numeric, 1) }
            }
            state.setDerivedScore(index, score)
            results[index] = ScoreResult(
                id: derived.id, title: derived.title, score: score, status: score == nil ? .insufficient : .valid,
                parts: parts, method: method, scale: derived.scale, range: derived.range,
                decimals: rounding.decimals, band: score.flatMap { DomainLevels.bands(derived.bands ?? []).band(for: $0) })
        }
        return results.compactMap { $0 }
    }

    /// A domain or derived score's `value` as a percentage of its range; nil when its range is
    /// not known (an expression on its own scale).
    func percent(of value: Double, score id: String) -> Double? {
        if let domain = framework.index.domains[id] { return framework.domains[domain].scoring.range.percent(of: value) }
        if let derived = framework.index.scores[id] { return framework.scoring.derived[derived].range?.percent(of: value) }
        return value
    }
}
