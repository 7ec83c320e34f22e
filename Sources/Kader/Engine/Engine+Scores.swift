/// Domain and derived scores.
extension Engine {
    func scoreDomains(_ state: EvaluationState) -> [DomainResult] {
        let rounding = framework.scoring.rounding
        return framework.domains.map { domain in
            let items = domain.questions.compactMap { state.items[$0.id] }
            let scored = items.filter { $0.score != nil }
            var completeness = Completeness()
            for item in items {
                switch item.state {
                case .answered: completeness.answered += 1
                case .unknown: completeness.unknown += 1
                case .notApplicable: completeness.notApplicable += 1
                case .unanswered: completeness.unanswered += 1
                case .notRelevant: completeness.notRelevant += 1
                }
                if item.state != .notRelevant { completeness.relevant += 1 }
            }
            let parts = scored.map { item in
                ScorePart(score: item.score ?? 0, weight: item.weight,
                          points: (item.points ?? 0) - (item.minPoints ?? 0), maxPoints: (item.maxPoints ?? 0) - (item.minPoints ?? 0))
            }
            let points = scored.reduce(0) { $0 + ($1.points ?? 0) * $1.weight }
            let maxPoints = scored.reduce(0) { $0 + ($1.maxPoints ?? 0) * $1.weight }
            let enough = !parts.isEmpty && parts.count >= domain.scoring.minAnswered
            let score = enough ? domain.scoring.aggregator.aggregate(parts).map(rounding.apply) : nil
            state.domainScores[domain.id] = .some(score)
            // Proration: scale points to every relevant scored item that is not "n.v.t.".
            var proratedPoints: Double?
            var proratedMax: Double?
            if domain.scoring.prorate {
                let applicable = items.filter { $0.scored && ($0.state == .answered || $0.state == .unknown || $0.state == .unanswered) }
                let fullMax = applicable.reduce(0) { total, item in
                    total + (itemMaximum(of: item, in: domain) ?? 0) * item.weight
                }
                if maxPoints > 0, fullMax > 0 {
                    proratedPoints = rounding.apply(points / maxPoints * fullMax)
                    proratedMax = fullMax
                }
            }
            return DomainResult(id: domain.id, title: domain.title, role: domain.role, score: score, status: score == nil ? .insufficient : .valid,
                                points: points, maxPoints: maxPoints, proratedPoints: proratedPoints, proratedMaxPoints: proratedMax,
                                aggregator: domain.scoring.aggregatorName, minAnswered: domain.scoring.minAnswered, answeredItems: parts.count,
                                bandLevel: nil, level: nil, cappedBy: [], grade: nil, passed: nil, completeness: completeness, items: items)
        }
    }

    /// The maximum points of an item that has none yet (unanswered): from its question kind.
    private func itemMaximum(of item: ItemResult, in domain: Domain) -> Double? {
        if let max = item.maxPoints { return max }
        guard let question = domain.questions.first(where: { $0.id == item.questionID }) else { return nil }
        let kind = question.kind
        if let option = kind.options.first(where: { $0.value != nil }) { return kind.points(for: .option(option.id))?.max }
        return kind.points(for: .bool(true))?.max ?? kind.points(for: .options([]))?.max ?? kind.points(for: .number(0))?.max
    }

    func scoreDerived(_ state: EvaluationState) -> [ScoreResult] {
        let rounding = framework.scoring.rounding
        var results: [String: ScoreResult] = [:]
        for index in framework.index.scoreOrder {
            let derived = framework.scoring.derived[index]
            var score: Double?
            var parts: [(id: String, score: Double?, weight: Double)] = []
            let method: String
            switch derived.method {
            case .aggregate(let name, let aggregator, let ids):
                method = name
                parts = ids.map { part in (part.id, state.score(part.id).numeric, part.weight) }
                let valid = parts.compactMap { part in part.score.map { ScorePart(score: $0, weight: part.weight) } }
                let allValid = valid.count == parts.count
                if allValid || (derived.skipInvalid && valid.count >= max(1, derived.minValid)) {
                    score = valid.isEmpty ? nil : aggregator.aggregate(valid).map(rounding.apply)
                }
            case .expression(let expression):
                method = "expression"
                let value = Evaluator.evaluate(expression, in: state)
                score = value.numeric.map { rounding.apply(min(100, max(0, $0))) }
                parts = derived.dependencies.map { ($0, state.score($0).numeric, 1) }
            }
            state.derived[derived.id] = .some(score)
            results[derived.id] = ScoreResult(id: derived.id, title: derived.title, score: score, status: score == nil ? .insufficient : .valid,
                                              parts: parts, method: method)
        }
        return framework.scoring.derived.compactMap { results[$0.id] }
    }
}
