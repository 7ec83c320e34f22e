/// The score rows and the advice of a comparison: each row with its levels, grades and caps per
/// result and, over time, its change and trend; the first result's advice sorted by what became
/// of it in the last.
extension ComparisonBuilder {
    /// One row per domain, in the latest framework's order, then domains only earlier results had.
    static func domainRows(_ ordered: [(result: AssessmentResult, framework: Framework)], mode: Comparison.Mode) -> [Comparison.ScoreRow] {
        let results = ordered.map(\.result)
        let latest = ordered[ordered.count - 1].framework
        return orderedIDs(results.map { $0.domains.map(\.id) }).map { id in
            let found = results.map { $0.domains.first { $0.id == id } }
            let newest = found.compactMap { $0 }.last
            var row = Comparison.ScoreRow(
                id: id, title: newest?.title ?? LocalizedText(nl: id, en: id), scores: found.map { $0?.score },
                levels: found.map { $0?.level }, grades: found.map { $0?.grade },
                capped: found.map { !($0?.cappedBy.isEmpty ?? true) }, levelNotes: found.map { $0?.levelNote },
                scale: newest?.scale ?? .percent, range: newest?.range)
            if mode == .overTime {
                let domain = latest.domain(id)
                let lowerIsBetter = domain?.scoring.direction == .lowerIsBetter
                // Own bands run from the lowest score up: where lower is better, the first is the best.
                let bands = domain?.scoring.levels.bands.map { lowerIsBetter ? $0.reversed().map(\.id) : $0.map(\.id) }
                follow(&row, levelOrder: bands ?? latest.growthModel?.levels.map(\.id) ?? [], lowerIsBetter: lowerIsBetter)
            }
            return row
        }
    }

    /// The overall row.
    static func overallRow(_ ordered: [(result: AssessmentResult, framework: Framework)], mode: Comparison.Mode) -> Comparison.ScoreRow {
        let overall = ordered.map(\.result.overall)
        var row = Comparison.ScoreRow(
            id: "overall", title: LocalizedText(nl: "Totaal", en: "Overall"), scores: overall.map(\.score), levels: overall.map(\.level),
            grades: overall.map(\.grade), capped: overall.map { !$0.cappedBy.isEmpty }, levelNotes: overall.map(\.levelNote),
            scale: overall.last?.scale ?? .percent, range: overall.last?.range)
        if mode == .overTime {
            follow(&row, levelOrder: ordered[ordered.count - 1].framework.growthModel?.levels.map(\.id) ?? [], lowerIsBetter: false)
        }
        return row
    }

    /// Sets a row's change (last minus first) and trend: by the level's place in `levelOrder`
    /// (worst first) when both ends have a different level, otherwise by the score in the
    /// domain's direction.
    static func follow(_ row: inout Comparison.ScoreRow, levelOrder: [String], lowerIsBetter: Bool) {
        guard let first = row.scores.first ?? nil, let last = row.scores.last ?? nil else { return }
        row.change = last - first
        let better: Double
        if let from = row.levels.first ?? nil, let to = row.levels.last ?? nil, from != to,
            let fromRank = levelOrder.firstIndex(of: from), let toRank = levelOrder.firstIndex(of: to)
        {
            better = Double(toRank - fromRank)
        } else {
            better = (last - first) * (lowerIsBetter ? -1 : 1)
        }
        row.trend = better < 0 ? .declined : better > 0 ? .improved : .unchanged
    }

    /// The first result's advice that the last no longer gives, by what became of it.
    static func followUps(_ ordered: [(result: AssessmentResult, framework: Framework)])
        -> (resolved: [Advice], lapsed: [Comparison.LapsedAdvice], undecided: [Advice])
    {
        guard let first = ordered.first, let last = ordered.last, ordered.count > 1 else { return ([], [], []) }
        var found: (resolved: [Advice], lapsed: [Comparison.LapsedAdvice], undecided: [Advice]) = ([], [], [])
        for advice in first.result.advice {
            let followUp = AdviceFollowUp.of(
                advice.ruleID, earlier: first.result, latest: last.result, earlierFramework: first.framework,
                latestFramework: last.framework)
            switch followUp.outcome {
            case .stillOpen: continue
            case .resolved: found.resolved.append(advice)
            case .undecided: found.undecided.append(advice)
            case .noLongerApplies: found.lapsed.append(Comparison.LapsedAdvice(advice: advice, followUp: followUp))
            }
        }
        return found
    }
}
