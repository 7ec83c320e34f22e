/// The stable JSON forms of comparisons, group summaries and consensus results (docs/result.md).
public enum CompareJSON {
    private static func text(_ t: LocalizedText?, _ language: Language) -> JSONValue { .string(t?.text(in: language)) }
    private static func numbers(_ values: [Double?]) -> JSONValue { .array(values.map { JSONValue.number($0) }) }
    private static func strings(_ values: [String?]) -> JSONValue { .array(values.map { JSONValue.string($0) }) }

    /// A comparison as JSON. Over time each row has its `change` and `trend`, and `trend_text`
    /// says it in words when `trendText` (the reports' vocabulary) gives them; side by side,
    /// different organisations have neither.
    public static func encode(
        _ c: Comparison, language: Language, trendText: (Comparison.ScoreRow) -> String? = { _ in nil }
    ) -> JSONValue {
        func row(_ r: Comparison.ScoreRow) -> JSONValue {
            var fields: [(String, JSONValue)] = [
                ("id", .string(r.id)), ("title", text(r.title, language)), ("scores", numbers(r.scores)),
                ("levels", strings(r.levels)), ("grades", numbers(r.grades)), ("capped", .array(r.capped.map { .bool($0) })),
                ("level_notes", .array(r.levelNotes.map { text($0, language) }))
            ]
            if r.scale != .percent { fields.append(("scale", .string(r.scale.rawValue))) }
            if c.mode == .overTime {
                fields += [("change", .number(r.change)), ("trend", .string(r.trend?.rawValue)), ("trend_text", .string(trendText(r)))]
            }
            return .object(fields)
        }
        func advice(_ list: [Advice]) -> JSONValue {
            .array(
                list.map { .object([("rule", .string($0.ruleID)), ("domain", .string($0.domainID)), ("text", text($0.text, language))]) })
        }
        let lapsed: [JSONValue] = c.adviceNoLongerApplies.map { lapsed in
            .object([
                ("rule", .string(lapsed.advice.ruleID)), ("domain", .string(lapsed.advice.domainID)),
                ("text", text(lapsed.advice.text, language)), ("reason", .string(lapsed.followUp.lapse?.rawValue)),
                ("questions", .array(lapsed.followUp.questions.map { text($0, language) }))
            ])
        }
        let columns: [JSONValue] = c.columns.map {
            .object([
                ("label", .string($0.label)), ("respondent", .string($0.respondent)),
                ("date", .string($0.date)), ("version", .string($0.version))
            ])
        }
        let items: [JSONValue] = c.items.map { item in
            .object([
                ("id", .string(item.id)), ("domain", .string(item.domainID)), ("text", text(item.text, language)),
                ("answers", .array(item.answers.map { text($0, language) })), ("scores", numbers(item.scores))
            ])
        }
        let plan: [JSONValue] = c.planReview.map { review in
            .object([
                ("advice", .string(review.planned.adviceID)), ("domain", .string(review.planned.domainID)),
                ("text", text(review.planned.text, language)), ("owner", .string(review.planned.item.owner)),
                ("due", .string(review.planned.item.due)), ("status", .string(review.planned.item.status.rawValue)),
                ("status_now", .string(review.latest?.item.status.rawValue)), ("outcome", .string(review.outcome.rawValue)),
                ("reason", .string(review.followUp.lapse?.rawValue))
            ])
        }
        let changes: [JSONValue] = c.frameworkChanges.map {
            .object([("kind", .string($0.kind.rawValue)), ("id", .string($0.id)), ("detail", .string($0.detail.text(in: language)))])
        }
        return .object([
            ("kader_comparison", .number(1)), ("language", .string(language.rawValue)), ("mode", .string(c.mode.rawValue)),
            (
                "framework",
                .object([
                    ("id", .string(c.framework.id)), ("version", .string(c.framework.version)), ("title", text(c.framework.title, language))
                ])
            ),
            ("columns", .array(columns)), ("overall", row(c.overall)), ("domains", .array(c.domains.map(row))), ("items", .array(items)),
            ("advice_resolved", advice(c.adviceResolved)), ("advice_no_longer_applies", .array(lapsed)),
            ("advice_undecided", advice(c.adviceUndecided)), ("advice_new", advice(c.adviceNew)), ("advice_open", advice(c.adviceOpen)),
            ("plan_review", .array(plan)),
            ("framework_changes", .array(changes))
        ])
    }

    /// A group summary as JSON.
    public static func encode(_ g: GroupSummary, language: Language) -> JSONValue {
        func spread(_ s: GroupSummary.Spread) -> JSONValue {
            let levels: [(String, JSONValue)] = s.levels.map { ($0.id, .number(Double($0.count))) }
            return .object([
                ("id", .string(s.id)), ("title", text(s.title, language)), ("count", .number(Double(s.count))),
                ("min", .number(s.minimum)), ("median", .number(s.median)), ("max", .number(s.maximum)), ("mean", .number(s.mean)),
                ("levels", .object(levels))
            ])
        }
        let shortfalls: [JSONValue] = g.shortfalls.map { s in
            .object([
                ("id", .string(s.questionID)), ("domain", .string(s.domainID)), ("text", text(s.text, language)),
                ("below", .number(Double(s.below))), ("scored", .number(Double(s.scored))),
                ("share", .number(Rounding(decimals: 1, mode: .halfUp).apply(s.share)))
            ])
        }
        let ranking: [JSONValue] = g.ranking.enumerated().map { index, r in
            .object([
                ("rank", .number(Double(index + 1))), ("label", .string(r.label)), ("date", .string(r.date)), ("score", .number(r.score)),
                ("level", .string(r.level)), ("grade", .number(r.grade)), ("domain_scores", numbers(r.domainScores))
            ])
        }
        let failed: [JSONValue] = g.failed.map {
            .object([("file", .string($0.name)), ("problem", .string($0.problem.text(in: language)))])
        }
        return .object([
            ("kader_group", .number(1)), ("language", .string(language.rawValue)),
            (
                "framework",
                .object([
                    ("id", .string(g.framework.id)), ("version", .string(g.framework.version)), ("title", text(g.framework.title, language))
                ])
            ),
            ("count", .number(Double(g.count))), ("threshold", .number(g.threshold)), ("overall", spread(g.overall)),
            ("domains", .array(g.domains.map(spread))), ("shortfalls", .array(shortfalls)), ("ranking", .array(ranking)),
            ("failed", .array(failed))
        ])
    }

    /// A consensus as JSON: the combined result, and the agreement per question.
    public static func encode(_ c: Consensus, language: Language) -> JSONValue {
        let items: [JSONValue] = c.items.map { item in
            .object([
                ("id", .string(item.questionID)), ("domain", .string(item.domainID)), ("text", text(item.text, language)),
                ("critical", .bool(item.critical)), ("answers", .array(item.answers.map { text($0, language) })),
                ("notes", .array(item.notes.map { JSONValue.string($0) })), ("agreement", .string(item.agreement.rawValue)),
                ("spread", .number(item.spread)), ("combined", text(item.combined, language)), ("rule", .string(item.rule.rawValue)),
                ("given_by", .array(item.givenBy.map { JSONValue.string($0) })), ("combined_note", .string(item.combinedNote))
            ])
        }
        return .object([
            ("kader_consensus", .number(1)), ("language", .string(language.rawValue)),
            ("respondents", .array(c.respondents.map { JSONValue.string($0) })), ("items", .array(items)),
            ("result", ResultJSON.encode(c.result, language: language))
        ])
    }
}
