import Kader

/// A comparison's rows for a spreadsheet: one per domain (with `--rows advice` one per piece of
/// advice, with `--rows plan` one per point of the earlier plan).
extension CSVRenderer {
    /// One row per domain and one for the total: per result its score, level, grade and whether
    /// the level is capped; over time the change, whether it declined or improved, and that in
    /// words. Side by side, different organisations have no change column.
    public func render(_ c: Comparison, framework: Framework, options: RenderOptions) -> String {
        let v = Vocabulary(framework, options.language)
        switch options.rows {
        case .plan: return plan(c, v, options)
        case .advice: return advice(c, v, options)
        case .domains, .items, .findOut: break
        }
        let perColumn = c.columns.flatMap { column in ["score", "level", "grade", "capped"].map { text($0 + " " + column.label) } }
        let overTime = c.mode == .overTime
        var out = line(["domain_id", "domain"] + perColumn + (overTime ? ["change", "trend", "in_words"] : []), options)
        for row in [c.overall] + c.domains {
            var cells = [text(row.id), text(v.text(row.title))]
            for index in row.scores.indices {
                cells += [
                    number(row.scores[index]), text(row.levels[index].map { v.level($0, domain: row.id) }), number(row.grades[index]),
                    flag(row.capped[index])
                ]
            }
            if overTime { cells += [number(row.change), text(row.trend?.rawValue), text(v.trendSentence(row)?.plain)] }
            out += line(cells, options)
        }
        return out
    }

    /// Over time, the first result's advice and the last's new advice, each with what became of
    /// it (`resolved`, `no_longer_applies` with its reason, `undecided`, `still_open`, `new`);
    /// side by side, every result's advice with which results give it.
    private func advice(_ c: Comparison, _ v: Vocabulary, _ options: RenderOptions) -> String {
        let head = ["advice_id", "domain_id", "advice"]
        func cells(_ advice: Advice) -> [String] { [text(advice.ruleID), text(advice.domainID), text(v.text(advice.text))] }
        guard c.mode == .overTime else {
            var out = line(head + c.columns.map { text("given " + $0.label) }, options)
            var seen = Set<String>()
            for advice in c.columns.flatMap(\.result.advice) where seen.insert(advice.ruleID).inserted {
                let given = c.columns.map { column in column.result.advice.contains { $0.ruleID == advice.ruleID } }
                out += line(cells(advice) + given.map { flag($0) }, options)
            }
            return out
        }
        var out = line(head + ["outcome", "reason", "why"], options)
        for advice in c.adviceResolved { out += line(cells(advice) + [text("resolved"), text(""), text("")], options) }
        for lapsed in c.adviceNoLongerApplies {
            out += line(
                cells(lapsed.advice) + [
                    text("no_longer_applies"), text(lapsed.followUp.lapse?.rawValue), text(v.lapse(lapsed.followUp, in: c))
                ],
                options)
        }
        for advice in c.adviceUndecided { out += line(cells(advice) + [text("undecided"), text(""), text("")], options) }
        for advice in c.adviceOpen { out += line(cells(advice) + [text("still_open"), text(""), text("")], options) }
        for advice in c.adviceNew { out += line(cells(advice) + [text("new"), text(""), text("")], options) }
        return out
    }

    /// Each point of the earlier plan with what became of it, and why when it no longer applies.
    private func plan(_ c: Comparison, _ v: Vocabulary, _ options: RenderOptions) -> String {
        var out = line(["advice_id", "domain_id", "advice", "owner", "due", "status", "status_now", "outcome", "reason"], options)
        for review in c.planReview {
            let item = review.planned.item
            out += line(
                [
                    text(item.adviceID), text(review.planned.domainID), text(v.text(review.planned.text)), text(item.owner),
                    text(item.due), text(item.status.rawValue), text(review.latest?.item.status.rawValue),
                    text(review.outcome.rawValue), text(review.followUp.lapse?.rawValue)
                ], options)
        }
        return out
    }
}
