import Kader

/// Many results to one framework in one overview (`kader aggregate`), built once for every
/// format: the spread per domain, the items that most often fall short, a ranking, every score
/// per domain as an appendix, and the files that could not be scored.
extension Report where Subject == GroupSummary {
    var group: GroupSummary { subject }

    /// The whole overview.
    public var document: ReportDocument {
        let g = group
        let say = words.say
        var meta = say("\(g.count) resultaten", "\(g.count) results")
        if !g.failed.isEmpty { meta += say(", \(g.failed.count) niet te scoren", ", \(g.failed.count) could not be scored") }
        var blocks: [Block] = [.header(Header(title: RichText(words.text(g.framework.title)), meta: RichText(meta))), spread]
        if !g.shortfalls.isEmpty {
            let items = g.shortfalls.prefix(10).map { shortfall in
                ItemList.Item([
                    .text("\(shortfall.below)/\(shortfall.scored): " + words.text(shortfall.text) + " "),
                    .tone(.muted, "(" + words.domainTitle(shortfall.domainID) + ")")
                ])
            }
            let title = say("Vaakst onder de \(words.number(g.threshold))", "Most often below \(words.number(g.threshold))")
            blocks.append(.section(id: "shortfalls", title: title, [.list(ItemList(.bullets, Array(items)))]))
        }
        // Without a ranking (a masterclass room where the trainer did not ask for one), no names at all.
        if !g.ranking.isEmpty { blocks += [ranking, domainScores] }
        // Files that could not be scored, like the engine's notices in a report: one line each.
        blocks += g.failed.map { failure in
            .text(say("niet gescoord", "not scored") + ": " + failure.name + ": " + failure.problem.text(in: words.language), .muted)
        }
        blocks.append(FrameworkFooter(words: words).block)
        return ReportDocument(title: words.text(g.framework.title), language: words.language, blocks: blocks)
    }

    /// Lowest, median and highest score per domain, as a chart and a table.
    public var spread: Block {
        let say = words.say
        let spreads = [group.overall] + group.domains
        let description = spreads.map { spread in
            "\(words.text(spread.title)): \(words.score(spread.minimum))–\(words.score(spread.maximum)), "
                + "\(say("mediaan", "median")) \(words.score(spread.median))"
        }.joined(separator: "; ")
        var chart = Chart(
            title: say("Mediaan per domein met laagste en hoogste score", "Median per domain with lowest and highest score"),
            description: description,
            caption: say(
                "De balk is de mediaan; de lijn loopt van de laagste naar de hoogste score.",
                "The bar is the median; the line runs from the lowest to the highest score."),
            series: [say("mediaan", "median")],
            rows: spreads.map { spread in
                var range: ClosedRange<Double>?
                if let low = spread.minimum, let high = spread.maximum, low <= high { range = low...high }
                return Chart.Row(words.text(spread.title), values: [words.chartValue(spread.median)], range: range)
            },
            missing: say("onvoldoende gegevens", "insufficient data"))
        chart.gridlines = words.gridlines
        let columns = [
            Table.Column(say("Domein", "Domain"), namesRows: true, maxWidth: 36), .number("n"), .number(say("Laagste", "Lowest")),
            .number(say("Mediaan", "Median")), .number(say("Hoogste", "Highest"))
        ]
        let rows = spreads.map { spread in
            Table.Row(
                [
                    .plain(words.text(spread.title)), .plain("\(spread.count)"), .plain(words.score(spread.minimum)),
                    .plain(words.score(spread.median)), .plain(words.score(spread.maximum))
                ], isTotal: spread.id == group.overall.id)
        }
        let table = Block.table(Table(columns: columns, rows: rows))
        return .section(id: "spread", title: say("Spreiding per domein", "Spread per domain"), [.chart(chart), table])
    }

    /// The results by overall score, highest first.
    public var ranking: Block {
        let say = words.say
        let hasGrades = words.framework.grades != nil
        var columns = [
            Table.Column.number("#"), Table.Column(say("Naam", "Name"), namesRows: true, maxWidth: 40),
            .number(say("Totaal", "Overall")), Table.Column(say("Niveau", "Level"))
        ]
        if hasGrades { columns.append(.number(say("Cijfer", "Grade"))) }
        let rows = group.ranking.enumerated().map { index, rank in
            Table.Row(
                [.plain("\(index + 1)"), .plain(rank.label), .plain(words.score(rank.score)), .plain(words.level(rank.level))]
                    + (hasGrades ? [.plain(words.grade(rank.grade))] : []))
        }
        return .section(id: "ranking", title: say("Rangorde", "Ranking"), [.table(Table(columns: columns, rows: rows))])
    }

    /// Every result's score per domain, in the order of the ranking: an appendix.
    var domainScores: Block {
        let say = words.say
        let columns =
            [Table.Column(say("Naam", "Name"), namesRows: true, maxWidth: 40)]
            + words.framework.domains.map { Table.Column.number(words.text($0.title)) }
        let rows = group.ranking.map { rank in Table.Row([.plain(rank.label)] + rank.domainScores.map { .plain(words.score($0)) }) }
        return .section(
            id: "domain-scores", title: say("Scores per domein", "Scores per domain"), role: .detail,
            [.table(Table(columns: columns, rows: rows, isWide: true))])
    }
}
