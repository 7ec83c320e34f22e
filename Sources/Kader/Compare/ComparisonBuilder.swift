/// Builds a ``Comparison`` from results; decides the mode and matches domains, questions and
/// advice by id, so results scored with different framework versions line up.
public enum ComparisonBuilder {
    /// Compares `results` (with the framework each was scored with). Without a `mode`, results of
    /// one respondent become a timeline (sorted by date) and others are shown side by side.
    public static func compare(_ entries: [(result: AssessmentResult, framework: Framework)], mode: Comparison.Mode? = nil) -> Comparison {
        let sameRespondent = Set(entries.map { ($0.result.organisation ?? $0.result.respondent ?? "") }).count == 1
        let chosen = mode ?? (sameRespondent && entries.count > 1 ? .overTime : .sideBySide)
        let ordered = chosen == .overTime ? entries.sorted { ($0.result.date ?? "") < ($1.result.date ?? "") } : entries
        let results = ordered.map(\.result)
        let latest = ordered.last?.framework ?? entries[0].framework
        let columns = ordered.map { entry in
            Comparison.Column(
                label: label(entry.result, mode: chosen), respondent: entry.result.respondent, date: entry.result.date,
                version: entry.result.framework.version, result: entry.result)
        }
        let first = Set(results.first?.advice.map(\.ruleID) ?? [])
        // Advice the last result no longer gives is sorted by why only over time: between
        // different organisations nothing was resolved.
        let gone = chosen == .overTime ? followUps(ordered) : (resolved: [], lapsed: [], undecided: [])
        return Comparison(
            mode: chosen, framework: results.last?.framework ?? results[0].framework, columns: columns,
            overall: overallRow(ordered, mode: chosen), domains: domainRows(ordered, mode: chosen), items: items(results),
            adviceResolved: gone.resolved, adviceNoLongerApplies: gone.lapsed, adviceUndecided: gone.undecided,
            adviceNew: (results.last?.advice ?? []).filter { !first.contains($0.ruleID) },
            adviceOpen: (results.last?.advice ?? []).filter { first.contains($0.ruleID) },
            planReview: chosen == .overTime && results.count > 1 ? PlanReview.review(ordered[0], in: ordered[ordered.count - 1]) : [],
            frameworkChanges: FrameworkDiff.changes(from: ordered.first?.framework ?? latest, to: latest))
    }

    private static func label(_ result: AssessmentResult, mode: Comparison.Mode) -> String {
        let who = result.respondent ?? result.organisation ?? "?"
        switch mode {
        case .overTime: return result.date ?? who
        case .sideBySide: return who + (result.date.map { " (\($0))" } ?? "")
        }
    }

    /// The latest list's ids in its order, then ids only earlier lists had, in first-seen order.
    static func orderedIDs(_ lists: [[String]]) -> [String] {
        var seen = Set(lists.last ?? [])
        var ids = lists.last ?? []
        for list in lists.dropLast() { for id in list where seen.insert(id).inserted { ids.append(id) } }
        return ids
    }

    /// The questions whose answers differ between the results (over time: that changed).
    private static func items(_ results: [AssessmentResult]) -> [Comparison.ItemRow] {
        let perResult = results.map { result in
            Dictionary(
                result.domains.flatMap { domain in domain.items.map { ($0.questionID, (domain.id, $0)) } }, uniquingKeysWith: { a, _ in a })
        }
        let ids = orderedIDs(results.map { $0.domains.flatMap { $0.items.filter(\.scored).map(\.questionID) } })
        return ids.compactMap { id in
            let found = perResult.map { $0[id] }
            guard let any = found.compactMap({ $0 }).last else { return nil }
            let row = Comparison.ItemRow(
                id: id, domainID: any.0, text: any.1.text, answers: found.map { $0?.1.display }, scores: found.map { $0?.1.score })
            guard Set(found.map { String(describing: $0?.1.answer) }).count > 1 else { return nil }
            return row
        }
    }
}

/// What changed between two framework versions, by id.
public enum FrameworkDiff {
    /// The changes from `old` to `new`; empty when they are the same version.
    public static func changes(from old: Framework, to new: Framework) -> [FrameworkChange] {
        guard old.version != new.version || old.id != new.id else { return [] }
        var changes: [FrameworkChange] = []
        let oldDomains = Set(old.domains.map(\.id))
        let newDomains = Set(new.domains.map(\.id))
        for domain in new.domains where !oldDomains.contains(domain.id) {
            changes.append(
                FrameworkChange(
                    kind: .domainAdded, id: domain.id,
                    detail: Message(nl: "nieuw domein: \(domain.title.text(in: .nl))", en: "new domain: \(domain.title.text(in: .en))")))
        }
        for domain in old.domains where !newDomains.contains(domain.id) {
            changes.append(
                FrameworkChange(
                    kind: .domainRemoved, id: domain.id,
                    detail: Message(
                        nl: "domein vervallen: \(domain.title.text(in: .nl))", en: "domain removed: \(domain.title.text(in: .en))")))
        }
        for question in new.questions {
            guard let previous = old.question(question.id) else {
                changes.append(
                    FrameworkChange(
                        kind: .questionAdded, id: question.id,
                        detail: Message(
                            nl: "nieuwe vraag: \(question.text.text(in: .nl))", en: "new question: \(question.text.text(in: .en))")))
                continue
            }
            var what: [Message] = []
            if previous.text != question.text { what.append(Message(nl: "tekst", en: "text")) }
            if previous.weight != question.weight {
                what.append(
                    Message(
                        nl: "gewicht \(ExpressionFormat.number(previous.weight)) → \(ExpressionFormat.number(question.weight))",
                        en: "weight \(ExpressionFormat.number(previous.weight)) → \(ExpressionFormat.number(question.weight))"))
            }
            if previous.reverse != question.reverse { what.append(Message(nl: "omgekeerd scoren", en: "reverse scoring")) }
            if previous.domainID != question.domainID {
                let (from, to) = (old.domain(previous.domainID)?.title, new.domain(question.domainID)?.title)
                what.append(
                    Message(
                        nl: "domein \(from?.text(in: .nl) ?? "") → \(to?.text(in: .nl) ?? "")",
                        en: "domain \(from?.text(in: .en) ?? "") → \(to?.text(in: .en) ?? "")"))
            }
            if previous.kind.options.map(\.id) != question.kind.options.map(\.id)
                || previous.kind.options.map(\.value) != question.kind.options.map(\.value)
            {
                what.append(Message(nl: "antwoordopties", en: "answer options"))
            }
            if !what.isEmpty {
                changes.append(
                    FrameworkChange(
                        kind: .questionChanged, id: question.id,
                        detail: Message(
                            nl: "vraag gewijzigd (\(what.map(\.nl).joined(separator: ", "))): \(question.text.text(in: .nl))",
                            en: "question changed (\(what.map(\.en).joined(separator: ", "))): \(question.text.text(in: .en))")))
            }
        }
        for question in old.questions where new.question(question.id) == nil {
            changes.append(
                FrameworkChange(
                    kind: .questionRemoved, id: question.id,
                    detail: Message(
                        nl: "vraag vervallen: \(question.text.text(in: .nl))", en: "question removed: \(question.text.text(in: .en))")))
        }
        for domain in new.domains {
            guard let previous = old.domain(domain.id) else { continue }
            var what: [Message] = []
            if previous.scoring.aggregatorName != domain.scoring.aggregatorName {
                what.append(Message(nl: "rekenwijze", en: "method"))
            }
            if previous.scoring.minAnswered != domain.scoring.minAnswered {
                let (from, to) = (previous.scoring.minAnswered, domain.scoring.minAnswered)
                what.append(Message(nl: "minimaal \(from) → \(to) beantwoord", en: "at least \(from) → \(to) answered"))
            }
            if !what.isEmpty {
                changes.append(
                    FrameworkChange(
                        kind: .scoringChanged, id: domain.id,
                        detail: Message(
                            nl: "berekening gewijzigd (\(what.map(\.nl).joined(separator: ", "))): \(domain.title.text(in: .nl))",
                            en: "scoring changed (\(what.map(\.en).joined(separator: ", "))): \(domain.title.text(in: .en))")))
            }
        }
        return changes
    }
}
