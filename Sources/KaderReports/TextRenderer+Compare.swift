import Kader

/// Comparisons, group overviews and combined answers for the terminal.
extension TextRenderer {
    public func render(_ c: Comparison, framework: Framework, options: RenderOptions) -> String {
        var out = TextOut(options: options)
        let v = Vocabulary(framework, options.language)
        out.heading(c.framework.title.text(in: options.language))
        out.line(c.mode == .overTime ? v.t("Voortgang van ", "Progress of ") + (c.columns.last?.respondent ?? "") : v.t("Naast elkaar", "Side by side"))
        out.blank()
        let labels = c.columns.map(\.label)
        let width = min(36, (c.domains.map { v.text($0.title).count } + [8]).max() ?? 10)
        let cells = ([c.overall] + c.domains).flatMap { row in zip(row.scores, row.levels).map { "\(v.score($0)) \($1.map { v.level($0) } ?? "")" } }
        let column = max(10, min(28, (labels + cells).map(\.count).max() ?? 10))
        out.line("  " + TextOut.pad("", width) + labels.map { "  " + TextOut.pad($0, column, right: true) }.joined() + (c.columns.count > 1 ? "  " + TextOut.pad(v.t("verschil", "change"), 9, right: true) : ""))
        for row in [c.overall] + c.domains {
            let title = row.id == "overall" ? out.bold(TextOut.pad(v.text(row.title), width)) : TextOut.pad(v.text(row.title), width)
            let values = zip(row.scores, row.levels).map { score, level in "  " + TextOut.pad("\(v.score(score)) \(level.map { v.level($0) } ?? "")", column, right: true) }
            out.line("  " + title + values.joined() + (c.columns.count > 1 ? "  " + TextOut.pad(v.change(row.change), 9, right: true) : ""))
        }
        out.blank()
        if !c.items.isEmpty {
            out.heading(c.mode == .overTime ? v.t("Antwoorden die veranderden", "Answers that changed") : v.t("Antwoorden die verschillen", "Answers that differ"))
            for item in c.items {
                out.line("  \(v.text(item.text))")
                out.line("    " + item.answers.map { $0.map(v.text) ?? "—" }.joined(separator: " → "))
            }
            out.blank()
        }
        if c.mode == .overTime {
            section(v.t("Opgelost advies", "Advice resolved"), c.adviceResolved, v: v, out: &out)
            section(v.t("Nieuw advies", "New advice"), c.adviceNew, v: v, out: &out)
            section(v.t("Nog open", "Still open"), c.adviceOpen, v: v, out: &out)
        }
        if !c.frameworkChanges.isEmpty {
            out.heading(v.t("Wat veranderde in het kader", "What changed in the framework"))
            for change in c.frameworkChanges { out.line("  \(change.id): \(change.detail.text(in: options.language))") }
            out.blank()
        }
        return out.text
    }

    private func section(_ title: String, _ advice: [Advice], v: Vocabulary, out: inout TextOut) {
        guard !advice.isEmpty else { return }
        out.heading(title)
        for a in advice { out.line("  - \(v.text(a.text))") }
        out.blank()
    }

    public func render(_ g: GroupSummary, framework: Framework, options: RenderOptions) -> String {
        var out = TextOut(options: options)
        let v = Vocabulary(framework, options.language)
        out.heading(g.framework.title.text(in: options.language))
        out.line(v.t("\(g.count) resultaten", "\(g.count) results") + (g.failed.isEmpty ? "" : v.t(", \(g.failed.count) niet te scoren", ", \(g.failed.count) could not be scored")))
        out.blank()
        out.heading(v.t("Spreiding per domein (laagste · mediaan · hoogste)", "Spread per domain (lowest · median · highest)"))
        let width = min(36, (g.domains.map { v.text($0.title).count } + [8]).max() ?? 10)
        for s in [g.overall] + g.domains {
            out.line("  \(TextOut.pad(v.text(s.title), width))  \(TextOut.pad(v.score(s.minimum), 5, right: true)) · \(TextOut.pad(v.score(s.median), 5, right: true)) · \(TextOut.pad(v.score(s.maximum), 5, right: true))  n=\(s.count)")
        }
        out.blank()
        if !g.shortfalls.isEmpty {
            out.heading(v.t("Vaakst onder de \(v.number(g.threshold))", "Most often below \(v.number(g.threshold))"))
            for s in g.shortfalls.prefix(10) {
                out.line("  \(s.below)/\(s.scored)  \(v.text(s.text)) " + out.dim("(\(v.domainTitle(s.domainID)))"))
            }
            out.blank()
        }
        out.heading(v.t("Rangorde", "Ranking"))
        for (index, rank) in g.ranking.enumerated() {
            out.line("  \(TextOut.pad("\(index + 1).", 4)) \(TextOut.pad(rank.label, 40))  \(TextOut.pad(v.score(rank.score), 5, right: true))  \(v.level(rank.level))" + (rank.grade.map { "  \(v.grade($0))" } ?? ""))
        }
        for failure in g.failed {
            out.line(out.dim("  \(v.t("niet gescoord", "not scored")): \(failure.name): \(failure.problem.text(in: options.language))"))
        }
        return out.text
    }

    public func render(_ c: Consensus, framework: Framework, options: RenderOptions) -> String {
        let v = Vocabulary(framework, options.language)
        var out = TextOut(options: options)
        out.heading(v.t("Samen ingevuld door: ", "Filled in together by: ") + c.respondents.joined(separator: ", "))
        let disagreements = c.disagreements
        if disagreements.isEmpty {
            out.line(v.t("Geen grote verschillen tussen de antwoorden.", "No large differences between the answers."))
        } else {
            out.line(v.t("Bespreek deze vragen samen: de antwoorden lopen uiteen.", "Discuss these questions together: the answers differ."))
            for item in disagreements {
                out.line("  \(v.text(item.text))")
                let answers = zip(c.respondents, item.answers).map { "\($0): \($1.map(v.text) ?? "—")" }
                out.line("    " + answers.joined(separator: "; ") + " → " + v.t("samen: ", "combined: ") + (item.combined.map(v.text) ?? "—"))
            }
        }
        out.blank()
        return out.text + render(c.result, framework: framework, options: options)
    }
}
