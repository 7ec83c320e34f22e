import Kader

/// One self-contained HTML file to print for a board meeting or show in a masterclass: inline
/// CSS and SVG, nothing from the network, no scripts, a print stylesheet, semantic and
/// accessible markup, readable in black and white. Everything a user typed is escaped.
public struct HTMLRenderer: Renderer {
    public static let name = "html"
    public static let summary = Message(nl: "één HTML-bestand om te printen of te tonen, met grafiek, zonder netwerk", en: "one HTML file to print or show, with a chart, nothing from the network")
    public init() {}

    func h(_ text: String) -> String { Escape.html(text) }

    public func render(_ result: AssessmentResult, framework: Framework, options: RenderOptions) -> String {
        let v = Vocabulary(framework, options.language)
        var body = "<main>\n<header class=\"report\">\n<h1>\(h(result.framework.title.text(in: options.language)))</h1>\n"
        body += "<p class=\"meta\"><strong>\(h(v.respondent(result)))</strong>" + (result.date.map { " · <time datetime=\"\(h($0))\">\(h($0))</time>" } ?? "")
        body += " · \(v.t("kader", "framework")) \(h(result.framework.id)) \(h(result.framework.version))</p>\n</header>\n"
        body += summary(result, v: v)
        body += chart(result, v: v)
        body += preconditions(result, v: v)
        body += flags(result, v: v)
        body += "<section aria-labelledby=\"strengths\">\n<h2 id=\"strengths\">\(v.t("Wat gaat goed", "What goes well"))</h2>\n"
        body += result.strengths.isEmpty ? "<p class=\"muted\">\(v.t("Nog niets boven de drempel.", "Nothing above the threshold yet."))</p>\n"
            : "<ul class=\"strengths\">\n" + result.strengths.map { "<li>\(h(v.text($0.text)))</li>\n" }.joined() + "</ul>\n"
        body += "</section>\n"
        body += advice(result, v: v)
        body += domains(result, v: v)
        body += footer(v: v)
        body += "</main>"
        return HTMLPage.document(title: "\(v.respondent(result)) — \(result.framework.title.text(in: options.language))", language: options.language, body: body)
    }

    private func summary(_ result: AssessmentResult, v: Vocabulary) -> String {
        var html = "<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">\(v.t("Samenvatting", "Summary"))</h2>\n<div class=\"summary\">\n"
        html += "<div class=\"figure\"><span class=\"muted\">\(v.t("Totaalscore", "Overall score"))</span><span class=\"value\">\(v.score(result.overall.score))</span>\(v.t("van 100", "of 100"))</div>\n"
        html += "<div class=\"figure\"><span class=\"muted\">\(v.t("Niveau", "Level"))</span><span class=\"value\">\(h(v.level(result.overall.level)))</span></div>\n"
        if result.overall.grade != nil {
            html += "<div class=\"figure\"><span class=\"muted\">\(v.t("Rapportcijfer", "Report grade"))</span><span class=\"value\">\(v.grade(result.overall.grade))</span></div>\n"
        }
        html += "<div class=\"figure\"><span class=\"muted\">\(v.t("Ingevuld", "Completed"))</span><span class=\"value\">\(v.percentage(result.completeness.percentage))</span>\(h(v.completeness(result.completeness).components(separatedBy: " · ").last ?? ""))</div>\n</div>\n"
        if !result.overall.cappedBy.isEmpty {
            html += "<p class=\"capped\">\(v.t("Het niveau is begrensd", "The level is capped")) (\(v.t("zonder begrenzing", "without the cap")): \(h(v.level(result.overall.requiredLevel)))). \(v.t("Zie de signalen hieronder.", "See the flags below."))</p>\n"
        }
        return html + "</section>\n"
    }

    private func chart(_ result: AssessmentResult, v: Vocabulary) -> String {
        let rows = result.domains.map { SVGChart.Row(label: v.text($0.title), values: [$0.score], range: nil) }
        let description = result.domains.map { "\(v.text($0.title)): \(v.score($0.score))" }.joined(separator: "; ")
        return "<figure class=\"chart\">\n" + SVGChart.bars(rows: rows, series: [v.t("score", "score")], title: v.t("Score per domein (0-100)", "Score per domain (0-100)"),
                                                            description: description, language: v.language, format: { v.score($0) })
            + "\n<figcaption>\(v.t("Score per domein op een schaal van 0 tot 100; de getallen staan ook in de tabel hieronder.", "Score per domain on a scale from 0 to 100; the numbers are also in the table below."))</figcaption>\n</figure>\n"
    }

    private func preconditions(_ result: AssessmentResult, v: Vocabulary) -> String {
        guard !result.preconditions.isEmpty else { return "" }
        var html = "<section aria-labelledby=\"preconditions\">\n<h2 id=\"preconditions\">\(v.t("Randvoorwaarden", "Preconditions"))</h2>\n<ul>\n"
        for p in result.preconditions {
            let mark = switch p.outcome { case .met: "✔ " + v.t("voldaan", "met"); case .notMet: "✘ " + v.t("niet voldaan", "not met"); case .unknown: "? " + v.t("onbekend", "unknown") }
            html += "<li><strong>\(mark)</strong>: \(h(v.text(p.text)))" + (p.outcome != .met ? p.advice.map { "<br><span class=\"muted\">→ \(h(v.text($0)))</span>" } ?? "" : "") + "</li>\n"
        }
        return html + "</ul>\n</section>\n"
    }

    private func flags(_ result: AssessmentResult, v: Vocabulary) -> String {
        guard !result.flags.isEmpty else { return "" }
        var html = "<section aria-labelledby=\"flags\">\n<h2 id=\"flags\">\(v.t("Signalen", "Flags"))</h2>\n"
        for f in result.flags {
            let word = switch f.severity { case .critical: v.t("kritiek", "critical"); case .warning: v.t("let op", "warning"); case .info: "info" }
            html += "<div class=\"flag \(f.severity.rawValue)\" role=\"note\"><strong>\(word)</strong> \(h(v.text(f.text)))"
                + (f.because.map { "<br><span class=\"muted\">\(v.t("Waarom", "Why")): \(h(v.text($0)))</span>" } ?? "") + "</div>\n"
        }
        return html + "</section>\n"
    }

    private func advice(_ result: AssessmentResult, v: Vocabulary) -> String {
        var html = "<section aria-labelledby=\"advice\">\n<h2 id=\"advice\">\(v.t("Wat kan beter", "What can be better"))</h2>\n"
        guard !result.advice.isEmpty else { return html + "<p class=\"muted\">\(v.t("Geen advies.", "No advice."))</p>\n</section>\n" }
        html += "<ol class=\"advice\">\n"
        for a in result.advice {
            html += "<li><strong>\(h(v.text(a.text)))</strong> <span class=\"tags\">[\(a.priority.label(in: v.language)), \(a.effort.label(in: v.language))"
            html += a.domainID.map { ", \(h(v.domainTitle($0)))" } ?? ""
            html += "]</span>"
            if let step = a.firstStep { html += "<br>\(v.t("Eerste stap", "First step")): \(h(v.text(step)))" }
            if let because = a.because { html += "<br><span class=\"muted\">\(v.t("Waarom", "Why")): \(h(v.text(because)))</span>" }
            let sources = a.sources.map { id -> String in
                let source = v.source(id)
                // Only http(s) addresses become links; anything else stays text.
                if let url = source.url, url.hasPrefix("https://") || url.hasPrefix("http://") { return "<a href=\"\(h(url))\">\(h(source.title))</a>" }
                return h(source.title)
            }
            if !sources.isEmpty { html += "<br><span class=\"tags\">\(v.t("Bronnen", "Sources")): \(sources.joined(separator: "; "))</span>" }
            html += "</li>\n"
        }
        return html + "</ol>\n</section>\n"
    }

    private func domains(_ result: AssessmentResult, v: Vocabulary) -> String {
        var html = "<section aria-labelledby=\"domains\">\n<h2 id=\"domains\">\(v.t("Per domein", "Per domain"))</h2>\n<table>\n<caption>\(v.t("Score, niveau, cijfer en hoe volledig elk domein is ingevuld", "Score, level, grade and completeness of each domain"))</caption>\n"
        html += "<thead><tr><th scope=\"col\">\(v.t("Domein", "Domain"))</th><th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">\(v.t("Niveau", "Level"))</th><th scope=\"col\" class=\"num\">\(v.t("Cijfer", "Grade"))</th><th scope=\"col\" class=\"num\">\(v.t("Ingevuld", "Completed"))</th></tr></thead>\n<tbody>\n"
        for d in result.domains {
            let bar = d.score.map { "<span class=\"bar\" aria-hidden=\"true\"><span style=\"width: \(Int($0.rounded()))%\"></span></span>" } ?? ""
            let level = d.level.map { "<span class=\"level\">\(h(v.level($0)))</span>" + (d.cappedBy.isEmpty ? "" : " <span class=\"capped\">\(v.t("begrensd", "capped"))</span>") }
                ?? "<span class=\"muted\">\(v.t("onvoldoende gegevens", "insufficient data"))</span>"
            html += "<tr><th scope=\"row\">\(h(v.text(d.title)))\(d.role == .precondition ? " <span class=\"muted\">(\(v.t("randvoorwaarde", "precondition")))</span>" : "")</th>"
            html += "<td class=\"num\">\(bar)\(v.score(d.score))</td><td>\(level)</td><td class=\"num\">\(v.grade(d.grade))</td><td class=\"num\">\(v.percentage(d.completeness.percentage))</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        for d in result.domains {
            html += "<h3>\(h(v.text(d.title)))</h3>\n<table>\n<thead><tr><th scope=\"col\">\(v.t("Vraag", "Question"))</th><th scope=\"col\">\(v.t("Antwoord", "Answer"))</th><th scope=\"col\">\(v.t("Toelichting", "Note"))</th></tr></thead>\n<tbody>\n"
            for item in d.items where item.state != .notRelevant {
                let answer = item.display.map { h(v.text($0)) } ?? "<span class=\"muted\">\(v.t("niet ingevuld", "not answered"))</span>"
                html += "<tr><td>\(h(v.text(item.text)))\(item.critical ? " <strong>(\(v.t("kritiek", "critical")))</strong>" : "")</td><td>\(answer)</td><td class=\"note\">\(h(item.note ?? ""))</td></tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        return html + "</section>\n"
    }

    func footer(v: Vocabulary) -> String {
        var html = "<footer>\n<p>\(v.t("Gemaakt met Kader uit", "Made with Kader from")) \(h(v.framework.id)) \(h(v.framework.version))" + (v.framework.date.map { " (\(h($0)))" } ?? "") + ".</p>\n"
        if !v.framework.sources.isEmpty {
            html += "<p>\(v.t("Bronnen van het kader", "Sources of the framework")): " + v.framework.sources.map { h($0.title.text(in: v.language)) }.joined(separator: "; ") + "</p>\n"
        }
        return html + "</footer>\n"
    }
}
