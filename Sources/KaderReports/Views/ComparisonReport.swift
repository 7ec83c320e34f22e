import Kader

/// Two or more results compared (`kader compare`), built once for every format: over time for one
/// respondent (in brief what rose and what fell, progress, answers that changed, advice resolved by
/// a changed answer, advice that no longer applies and why, new and still open, and what became of
/// the earlier action plan), or side by side with a twin (answers that differ, no change column:
/// different organisations have no "last minus first"); what changed in the framework when the
/// versions differ. The framework's words are those of the newest version.
extension Report where Subject == Comparison {
    var comparison: Comparison { subject }

    /// The whole report.
    public var document: ReportDocument {
        let c = comparison
        let say = words.say
        var meta: RichText =
            c.mode == .overTime
            ? [.text(say("Voortgang van ", "Progress of ")), .strong(c.columns.last?.respondent ?? "")]
            : RichText(say("Naast elkaar", "Side by side"))
        meta.inlines.append(.text(": " + c.columns.map(\.label).joined(separator: " · ")))
        var blocks: [Block] = [.header(Header(title: RichText(words.text(c.framework.title)), meta: meta))]
        if let inBrief { blocks.append(inBrief) }
        blocks.append(scores)
        if let items { blocks.append(items) }
        if c.mode == .overTime {
            blocks += adviceSections
            if let planReview { blocks.append(planReview) }
        }
        if !c.frameworkChanges.isEmpty {
            // Each change names its question or domain in the framework's words: a reader does not know the ids.
            let items = c.frameworkChanges.map { ItemList.Item(RichText($0.detail.text(in: words.language))) }
            let title = say("Wat veranderde in het kader", "What changed in the framework")
            blocks.append(.section(id: "changes", title: title, [.list(ItemList(.bullets, items))]))
        }
        blocks.append(FrameworkFooter(words: words).block)
        return ReportDocument(title: words.text(c.framework.title), language: words.language, blocks: blocks)
    }

    /// Over time, in words for a memo: what fell (first) and what rose, between the first and the
    /// last result ("Veiligheid daalde van Op orde naar In ontwikkeling").
    var inBrief: Block? {
        let c = comparison
        guard c.mode == .overTime else { return nil }
        let rows = [c.overall] + c.domains
        let declined = rows.filter { $0.trend == .declined }
        let improved = rows.filter { $0.trend == .improved }
        let items =
            declined.compactMap { row in words.trendSentence(row).map { ItemList.Item(mark: words.mark(.declined), $0) } }
            + improved.compactMap { row in words.trendSentence(row).map { ItemList.Item(mark: words.mark(.improved), $0) } }
        let say = words.say
        let content: Block =
            items.isEmpty
            ? .text(say("Geen niveau of score veranderde.", "No level or score changed."), .muted)
            : .list(ItemList(.checklist, items))
        return .section(id: "in-brief", title: say("In het kort", "In brief"), [content])
    }

    /// The overall score and each domain's, with level and grade, per result (a capped level
    /// marked), and over time the change; why the last result's levels are lower than their bands.
    var scores: Block {
        let c = comparison
        let say = words.say
        let rows = [c.overall] + c.domains
        let description = rows.map { row in
            "\(words.text(row.title)): " + row.scores.map { words.score($0, scale: row.scale, range: row.range) }.joined(separator: ", ")
        }.joined(separator: "; ")
        let ownScales = rows.contains { $0.scale != .percent }
        var chart = Chart(
            title: ownScales
                ? say("Scores per domein (deel van het bereik)", "Scores per domain (share of its range)")
                : say("Scores per domein (0-100)", "Scores per domain (0-100)"),
            description: description,
            caption: ownScales
                ? say(
                    "Scores als deel van het eigen bereik; de getallen staan ook in de tabel.",
                    "Scores as a share of their own range; the numbers are also in the table.")
                : say(
                    "Scores van 0 tot 100 per domein; de getallen staan ook in de tabel.",
                    "Scores from 0 to 100 per domain; the numbers are also in the table."),
            series: c.columns.map(\.label),
            rows: rows.map { row in
                // Each result's bar says whether its level is capped: a row's mark would say it of all.
                Chart.Row(
                    words.text(row.title),
                    values: row.scores.indices.map { index in
                        let score = row.scores[index]
                        let capped = row.capped[index] ? " · " + say("niveau begrensd", "level capped") : ""
                        // A score without a range is a percentage: its bar is the score itself.
                        return Chart.Value(
                            row.range == nil ? score : words.bar(score, range: row.range),
                            text: words.score(score, scale: row.scale, range: row.range) + capped)
                    })
            },
            missing: say("onvoldoende gegevens", "insufficient data"))
        chart.gridlines = words.gridlines
        var columns =
            [Table.Column(say("Domein", "Domain"), namesRows: true, maxWidth: 36)] + c.columns.map { Table.Column.number($0.label) }
        if c.mode == .overTime { columns.append(.number(say("Verschil", "Change"))) }
        let table = Table(
            columns: columns,
            rows: rows.map { row in
                var cells: [Table.Cell] = [.plain(words.text(row.title))] + row.scores.indices.map { .text(words.figures(row, at: $0)) }
                if c.mode == .overTime { cells.append(.plain(words.change(row.change))) }
                return Table.Row(cells, isTotal: row.id == c.overall.id)
            }, isWide: true)
        var blocks: [Block] = [.chart(chart), .table(table)]
        let notes = rows.compactMap { row in
            row.levelNotes.last.flatMap { $0 }.map { ItemList.Item([.strong(words.text(row.title)), .text(": " + words.text($0))]) }
        }
        if !notes.isEmpty {
            let when = c.columns.last.map { " (" + $0.label + ")" } ?? ""
            blocks.append(.text(say("Waarom dit niveau", "Why this level") + when + ":"))
            blocks.append(.list(ItemList(.bullets, notes)))
        }
        return .section(id: "scores", title: say("Scores en niveaus", "Scores and levels"), blocks)
    }

    /// The answers that changed over time, or that differ between the results (each party's
    /// answer by name: side by side, no arrow from one to the other).
    var items: Block? {
        let c = comparison
        guard !c.items.isEmpty else { return nil }
        let say = words.say
        let title =
            c.mode == .overTime
            ? say("Antwoorden die veranderden", "Answers that changed")
            : say("Antwoorden die verschillen", "Answers that differ")
        let columns = [Table.Column(say("Vraag", "Question"), isProse: true)] + c.columns.map { Table.Column($0.label) }
        let rows = c.items.map { item in Table.Row([.plain(words.text(item.text))] + item.answers.map { .plain(words.answer($0)) }) }
        let reading: Table.Reading = c.mode == .overTime ? .series : .fields
        return .section(id: "items", title: title, [.table(Table(columns: columns, rows: rows, reading: reading, isWide: true))])
    }
}
