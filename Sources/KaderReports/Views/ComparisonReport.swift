import Kader

/// Two or more results compared (`kader compare`), built once for every format: over time for one
/// respondent (progress, answers that changed, advice resolved, new and still open, and what became
/// of the earlier action plan), or side by side with a twin (answers that differ); what changed in
/// the framework when the versions differ. The framework's words are those of the newest version.
extension Report where Subject == Comparison {
    var comparison: Comparison { subject }

    /// The whole report.
    public var document: ReportDocument {
        let c = comparison
        let t = words.t
        var meta: RichText =
            c.mode == .overTime
            ? [.text(t("Voortgang van ", "Progress of ")), .strong(c.columns.last?.respondent ?? "")]
            : RichText(t("Naast elkaar", "Side by side"))
        meta.inlines.append(.text(": " + c.columns.map(\.label).joined(separator: " · ")))
        var blocks: [Block] = [.header(Header(title: RichText(words.text(c.framework.title)), meta: meta)), scores]
        if let items { blocks.append(items) }
        if c.mode == .overTime {
            let lists = [
                ("resolved", t("Opgelost advies", "Advice resolved"), c.adviceResolved),
                ("new", t("Nieuw advies", "New advice"), c.adviceNew),
                ("open", t("Nog open", "Still open"), c.adviceOpen)
            ]
            for (id, title, advice) in lists where !advice.isEmpty {
                blocks.append(.section(id: id, title: title, [.list(.bullets(advice.map { words.text($0.text) }))]))
            }
            if let planReview { blocks.append(planReview) }
        }
        if !c.frameworkChanges.isEmpty {
            let items = c.frameworkChanges.map { ItemList.Item([.code($0.id), .text(": " + $0.detail.text(in: words.language))]) }
            let title = t("Wat veranderde in het kader", "What changed in the framework")
            blocks.append(.section(id: "changes", title: title, [.list(ItemList(.bullets, items))]))
        }
        blocks.append(FrameworkFooter(words: words).block)
        return ReportDocument(title: words.text(c.framework.title), language: words.language, blocks: blocks)
    }

    /// The overall score and each domain's, with level, per result, and the change.
    var scores: Block {
        let c = comparison
        let t = words.t
        let rows = [c.overall] + c.domains
        let description = rows.map { row in
            "\(words.text(row.title)): " + row.scores.map(words.score).joined(separator: ", ")
        }.joined(separator: "; ")
        var chart = Chart(
            title: t("Scores per domein", "Scores per domain"), description: description,
            caption: t(
                "Scores van 0 tot 100 per domein; de getallen staan ook in de tabel.",
                "Scores from 0 to 100 per domain; the numbers are also in the table."),
            series: c.columns.map(\.label),
            rows: rows.map { row in Chart.Row(words.text(row.title), values: row.scores.map(words.chartValue)) },
            missing: t("onvoldoende gegevens", "insufficient data"))
        chart.gridlines = words.gridlines
        let columns =
            [Table.Column(t("Domein", "Domain"), namesRows: true, maxWidth: 36)]
            + c.columns.map { Table.Column.number($0.label, maxWidth: 28) } + [.number(t("Verschil", "Change"))]
        let table = Table(
            columns: columns,
            rows: rows.map { row in
                let cells = zip(row.scores, row.levels).map { score, level -> Table.Cell in
                    .text(RichText(words.score(score)) + (level.map { [.lineBreak, .level(words.level($0))] } ?? []))
                }
                return Table.Row(
                    [.plain(words.text(row.title))] + cells + [.plain(words.change(row.change))], isTotal: row.id == c.overall.id)
            }, isWide: true)
        return .section(id: "scores", title: t("Scores en niveaus", "Scores and levels"), [.chart(chart), .table(table)])
    }

    /// The answers that changed over time, or that differ between the results.
    var items: Block? {
        let c = comparison
        guard !c.items.isEmpty else { return nil }
        let t = words.t
        let title =
            c.mode == .overTime
            ? t("Antwoorden die veranderden", "Answers that changed")
            : t("Antwoorden die verschillen", "Answers that differ")
        let columns = [Table.Column(t("Vraag", "Question"), isProse: true)] + c.columns.map { Table.Column($0.label) }
        let rows = c.items.map { item in Table.Row([.plain(words.text(item.text))] + item.answers.map { .plain(words.answer($0)) }) }
        return .section(id: "items", title: title, [.table(Table(columns: columns, rows: rows, reading: .series, isWide: true))])
    }
}
