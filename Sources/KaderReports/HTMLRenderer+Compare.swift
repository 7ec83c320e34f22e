import Kader

/// Comparisons, group overviews and combined answers as HTML.
extension HTMLRenderer {
    public func render(_ c: Comparison, framework: Framework, options: RenderOptions) -> String {
        let v = Vocabulary(framework, options.language)
        let title = c.framework.title.text(in: options.language)
        var body = "<main>\n<header class=\"report\">\n<h1>\(h(title))</h1>\n<p class=\"meta\">"
        body += c.mode == .overTime ? "\(v.t("Voortgang van", "Progress of")) <strong>\(h(c.columns.last?.respondent ?? ""))</strong>" : v.t("Naast elkaar", "Side by side")
        body += ": " + c.columns.map { h($0.label) }.joined(separator: " · ") + "</p>\n</header>\n"
        let rows = ([c.overall] + c.domains).map { SVGChart.Row(label: v.text($0.title), values: $0.scores, range: nil) }
        body += "<figure class=\"chart\">\n" + SVGChart.bars(rows: rows, series: c.columns.map(\.label), title: v.t("Scores per domein", "Scores per domain"),
                                                             description: rows.map { "\($0.label): " + $0.values.map { v.score($0) }.joined(separator: ", ") }.joined(separator: "; "), language: options.language, format: { v.score($0) })
        body += "\n<figcaption>\(v.t("Scores van 0 tot 100 per domein; de getallen staan ook in de tabel.", "Scores from 0 to 100 per domain; the numbers are also in the table."))</figcaption>\n</figure>\n"
        body += "<div class=\"wide\"><table>\n<caption>\(v.t("Scores en niveaus", "Scores and levels"))</caption>\n<thead><tr><th scope=\"col\">\(v.t("Domein", "Domain"))</th>"
        body += c.columns.map { "<th scope=\"col\" class=\"num\">\(h($0.label))</th>" }.joined() + "<th scope=\"col\" class=\"num\">\(v.t("Verschil", "Change"))</th></tr></thead>\n<tbody>\n"
        for row in [c.overall] + c.domains {
            body += "<tr><th scope=\"row\">\(h(v.text(row.title)))</th>" + zip(row.scores, row.levels).map { score, level in
                "<td class=\"num\">\(v.score(score))" + (level.map { "<br><span class=\"level\">\(h(v.level($0)))</span>" } ?? "") + "</td>"
            }.joined() + "<td class=\"num\">\(v.change(row.change))</td></tr>\n"
        }
        body += "</tbody>\n</table></div>\n"
        if !c.items.isEmpty {
            body += "<section aria-labelledby=\"items\">\n<h2 id=\"items\">\(c.mode == .overTime ? v.t("Antwoorden die veranderden", "Answers that changed") : v.t("Antwoorden die verschillen", "Answers that differ"))</h2>\n<div class=\"wide\"><table>\n<thead><tr><th scope=\"col\">\(v.t("Vraag", "Question"))</th>"
            body += c.columns.map { "<th scope=\"col\">\(h($0.label))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for item in c.items {
                body += "<tr><td>\(h(v.text(item.text)))</td>" + item.answers.map { "<td>\(h($0.map(v.text) ?? "—"))</td>" }.joined() + "</tr>\n"
            }
            body += "</tbody>\n</table></div>\n</section>\n"
        }
        if c.mode == .overTime {
            for (id, heading, list) in [("resolved", v.t("Opgelost advies", "Advice resolved"), c.adviceResolved), ("new", v.t("Nieuw advies", "New advice"), c.adviceNew),
                                        ("open", v.t("Nog open", "Still open"), c.adviceOpen)] where !list.isEmpty {
                body += "<section aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\">\(heading)</h2>\n<ul>\n" + list.map { "<li>\(h(v.text($0.text)))</li>\n" }.joined() + "</ul>\n</section>\n"
            }
        }
        if !c.frameworkChanges.isEmpty {
            body += "<section aria-labelledby=\"changes\">\n<h2 id=\"changes\">\(v.t("Wat veranderde in het kader", "What changed in the framework"))</h2>\n<ul>\n"
            body += c.frameworkChanges.map { "<li><code>\(h($0.id))</code>: \(h($0.detail.text(in: options.language)))</li>\n" }.joined() + "</ul>\n</section>\n"
        }
        return HTMLPage.document(title: title, language: options.language, body: body + footer(v: v) + "</main>")
    }

    public func render(_ g: GroupSummary, framework: Framework, options: RenderOptions) -> String {
        let v = Vocabulary(framework, options.language)
        let title = g.framework.title.text(in: options.language)
        var body = "<main>\n<header class=\"report\">\n<h1>\(h(title))</h1>\n<p class=\"meta\">\(v.t("Overzicht van \(g.count) resultaten", "Overview of \(g.count) results"))</p>\n</header>\n"
        let rows = ([g.overall] + g.domains).map { spread -> SVGChart.Row in
            var range: (Double, Double)?
            if let low = spread.minimum, let high = spread.maximum { range = (low, high) }
            return SVGChart.Row(label: v.text(spread.title), values: [spread.median], range: range)
        }
        body += "<figure class=\"chart\">\n" + SVGChart.bars(rows: rows, series: [v.t("mediaan", "median")], title: v.t("Mediaan per domein met laagste en hoogste score", "Median per domain with lowest and highest score"),
                                                             description: ([g.overall] + g.domains).map { "\(v.text($0.title)): \(v.score($0.minimum))–\(v.score($0.maximum)), \(v.t("mediaan", "median")) \(v.score($0.median))" }.joined(separator: "; "), language: options.language, format: { v.score($0) })
        body += "\n<figcaption>\(v.t("De balk is de mediaan; de lijn loopt van de laagste naar de hoogste score.", "The bar is the median; the line runs from the lowest to the highest score."))</figcaption>\n</figure>\n"
        body += "<table>\n<caption>\(v.t("Spreiding per domein", "Spread per domain"))</caption>\n<thead><tr><th scope=\"col\">\(v.t("Domein", "Domain"))</th><th scope=\"col\" class=\"num\">n</th><th scope=\"col\" class=\"num\">\(v.t("Laagste", "Lowest"))</th><th scope=\"col\" class=\"num\">\(v.t("Mediaan", "Median"))</th><th scope=\"col\" class=\"num\">\(v.t("Hoogste", "Highest"))</th></tr></thead>\n<tbody>\n"
        for s in [g.overall] + g.domains {
            body += "<tr><th scope=\"row\">\(h(v.text(s.title)))</th><td class=\"num\">\(s.count)</td><td class=\"num\">\(v.score(s.minimum))</td><td class=\"num\">\(v.score(s.median))</td><td class=\"num\">\(v.score(s.maximum))</td></tr>\n"
        }
        body += "</tbody>\n</table>\n"
        if !g.shortfalls.isEmpty {
            body += "<section aria-labelledby=\"shortfalls\">\n<h2 id=\"shortfalls\">\(v.t("Vaakst onder de \(v.number(g.threshold))", "Most often below \(v.number(g.threshold))"))</h2>\n<ol>\n"
            body += g.shortfalls.prefix(10).map { "<li>\(h(v.text($0.text))) <span class=\"tags\">(\(h(v.domainTitle($0.domainID)))): \($0.below) \(v.t("van", "of")) \($0.scored)</span></li>\n" }.joined()
            body += "</ol>\n</section>\n"
        }
        body += "<section aria-labelledby=\"ranking\">\n<h2 id=\"ranking\">\(v.t("Rangorde", "Ranking"))</h2>\n<div class=\"wide\"><table>\n<thead><tr><th scope=\"col\" class=\"num\">#</th><th scope=\"col\">\(v.t("Naam", "Name"))</th><th scope=\"col\" class=\"num\">\(v.t("Totaal", "Overall"))</th><th scope=\"col\">\(v.t("Niveau", "Level"))</th>"
        body += framework.domains.map { "<th scope=\"col\" class=\"num\">\(h($0.title.text(in: options.language)))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for (index, rank) in g.ranking.enumerated() {
            body += "<tr><td class=\"num\">\(index + 1)</td><th scope=\"row\">\(h(rank.label))</th><td class=\"num\">\(v.score(rank.score))</td><td>\(h(v.level(rank.level)))</td>"
            body += rank.domainScores.map { "<td class=\"num\">\(v.score($0))</td>" }.joined() + "</tr>\n"
        }
        body += "</tbody>\n</table></div>\n</section>\n"
        if !g.failed.isEmpty {
            body += "<p class=\"muted\">\(v.t("Niet gescoord", "Not scored")): " + g.failed.map { "\(h($0.name)) (\(h($0.problem.text(in: options.language))))" }.joined(separator: "; ") + "</p>\n"
        }
        return HTMLPage.document(title: title, language: options.language, body: body + footer(v: v) + "</main>")
    }

    public func render(_ c: Consensus, framework: Framework, options: RenderOptions) -> String {
        let v = Vocabulary(framework, options.language)
        var section = "<section aria-labelledby=\"consensus\">\n<h2 id=\"consensus\">\(v.t("Samen ingevuld", "Filled in together"))</h2>\n<p>\(c.respondents.map(h).joined(separator: ", "))</p>\n"
        let disagreements = c.disagreements
        if disagreements.isEmpty {
            section += "<p>\(v.t("Geen grote verschillen tussen de antwoorden.", "No large differences between the answers."))</p>\n"
        } else {
            section += "<table>\n<caption>\(v.t("Bespreek samen: hier lopen de antwoorden uiteen", "Discuss together: here the answers differ"))</caption>\n<thead><tr><th scope=\"col\">\(v.t("Vraag", "Question"))</th>"
            section += c.respondents.map { "<th scope=\"col\">\(h($0))</th>" }.joined() + "<th scope=\"col\">\(v.t("Samen", "Combined"))</th></tr></thead>\n<tbody>\n"
            for item in disagreements {
                section += "<tr><td>\(h(v.text(item.text)))</td>" + item.answers.map { "<td>\(h($0.map(v.text) ?? "—"))</td>" }.joined() + "<td>\(h(item.combined.map(v.text) ?? "—"))</td></tr>\n"
            }
            section += "</tbody>\n</table>\n"
        }
        section += "</section>\n"
        let page = render(c.result, framework: framework, options: options)
        // The consensus section goes right after the header of the combined report.
        return page.replacingOccurrences(of: "</header>\n", with: "</header>\n" + section)
    }
}
