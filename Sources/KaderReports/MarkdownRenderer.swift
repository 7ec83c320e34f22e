import Kader

/// A report that pastes into a memo or a wiki: headings, tables and lists. Everything a user or
/// a framework author typed is escaped, so it can never become a link, an image or HTML.
public struct MarkdownRenderer: Renderer {
    public static let name = "markdown"
    public static let summary = Message(nl: "Markdown om in een memo of wiki te plakken", en: "Markdown to paste into a memo or wiki")
    public init() {}

    func e(_ text: String) -> String { Escape.markdown(text) }

    public func render(_ result: AssessmentResult, framework: Framework, options: RenderOptions) -> String {
        let v = Vocabulary(framework, options.language)
        var md = "# \(e(result.framework.title.text(in: options.language)))\n\n"
        md += "**\(e(v.respondent(result)))**" + (result.date.map { " · \(e($0))" } ?? "") + " · \(v.t("kader", "framework")) \(e(result.framework.id)) \(e(result.framework.version))\n\n"
        md += "| \(v.t("Totaal", "Overall")) | \(v.t("Niveau", "Level")) | \(v.t("Rapportcijfer", "Report grade")) | \(v.t("Ingevuld", "Completed")) |\n|---:|---|---:|---|\n"
        md += "| \(v.score(result.overall.score)) | \(e(v.level(result.overall.level))) | \(v.grade(result.overall.grade)) | \(e(v.completeness(result.completeness))) |\n\n"
        if !result.overall.cappedBy.isEmpty {
            md += "> \(v.t("Niveau begrensd door", "Level capped by")): \(result.overall.cappedBy.map(e).joined(separator: ", ")) (\(v.t("zonder begrenzing", "without the cap")): \(e(v.level(result.overall.requiredLevel))))\n\n"
        }
        if !result.preconditions.isEmpty {
            md += "## \(v.t("Randvoorwaarden", "Preconditions"))\n\n"
            for p in result.preconditions {
                let mark = switch p.outcome { case .met: v.t("voldaan", "met"); case .notMet: v.t("niet voldaan", "not met"); case .unknown: v.t("onbekend", "unknown") }
                md += "- **\(mark)**: \(e(v.text(p.text)))" + (p.outcome != .met ? p.advice.map { " — \(e(v.text($0)))" } ?? "" : "") + "\n"
            }
            md += "\n"
        }
        md += "## \(v.t("Per domein", "Per domain"))\n\n"
        md += "| \(v.t("Domein", "Domain")) | Score | \(v.t("Niveau", "Level")) | \(v.t("Cijfer", "Grade")) | \(v.t("Ingevuld", "Completed")) |\n|---|---:|---|---:|---:|\n"
        for d in result.domains {
            let status = d.score == nil ? " (\(v.t("onvoldoende gegevens", "insufficient data")))" : ""
            md += "| \(e(v.text(d.title)))\(d.role == .precondition ? " (\(v.t("randvoorwaarde", "precondition")))" : "") | \(v.score(d.score))\(status) | \(e(v.level(d.level)))\(d.cappedBy.isEmpty ? "" : " (\(v.t("begrensd", "capped")))") | \(v.grade(d.grade)) | \(v.percentage(d.completeness.percentage)) |\n"
        }
        md += "\n"
        if !result.flags.isEmpty {
            md += "## \(v.t("Signalen", "Flags"))\n\n"
            for f in result.flags { md += "- **\(f.severity.rawValue)**: \(e(v.text(f.text)))" + (f.because.map { " \(v.t("Waarom", "Why")): \(e(v.text($0)))" } ?? "") + "\n" }
            md += "\n"
        }
        md += "## \(v.t("Wat gaat goed", "What goes well"))\n\n"
        md += result.strengths.isEmpty ? "\(v.t("Nog niets boven de drempel.", "Nothing above the threshold yet."))\n\n" : result.strengths.map { "- \(e(v.text($0.text)))\n" }.joined() + "\n"
        md += "## \(v.t("Wat kan beter", "What can be better"))\n\n"
        for (index, a) in result.advice.enumerated() {
            md += "\(index + 1). \(e(v.text(a.text))) *(\(a.priority.label(in: options.language)), \(a.effort.label(in: options.language)))*\n"
            if let step = a.firstStep { md += "   - \(v.t("Eerste stap", "First step")): \(e(v.text(step)))\n" }
            if let because = a.because { md += "   - \(v.t("Waarom", "Why")): \(e(v.text(because)))\n" }
            let sources = a.sources.map { v.source($0).title }
            if !sources.isEmpty { md += "   - \(v.t("Bronnen", "Sources")): \(sources.map(e).joined(separator: "; "))\n" }
        }
        if result.advice.isEmpty { md += "\(v.t("Geen advies.", "No advice."))\n" }
        md += "\n"
        let open = v.openAnswers(result)
        let notes = result.domains.flatMap(\.items).filter { $0.note != nil }
        if !open.isEmpty || !notes.isEmpty {
            md += "## \(v.t("Toelichtingen", "Notes"))\n\n"
            for item in open { md += "- **\(e(v.text(item.text)))** \(e(v.text(item.display)))\n" }
            for item in notes { md += "- \(e(v.text(item.text))) (\(e(item.display.map(v.text) ?? "—"))): \(e(item.note ?? ""))\n" }
            md += "\n"
        }
        return md
    }

    public func render(_ c: Comparison, framework: Framework, options: RenderOptions) -> String {
        let v = Vocabulary(framework, options.language)
        var md = "# \(e(c.framework.title.text(in: options.language)))\n\n"
        md += c.mode == .overTime ? "\(v.t("Voortgang van", "Progress of")) **\(e(c.columns.last?.respondent ?? ""))**\n\n" : "\(v.t("Naast elkaar", "Side by side"))\n\n"
        md += "| | " + c.columns.map { e($0.label) }.joined(separator: " | ") + " | \(v.t("Verschil", "Change")) |\n"
        md += "|---|" + c.columns.map { _ in "---:|" }.joined() + "---:|\n"
        for row in [c.overall] + c.domains {
            let cells = zip(row.scores, row.levels).map { "\(v.score($0)) \(e($1.map { v.level($0) } ?? ""))" }
            md += "| \(row.id == "overall" ? "**\(e(v.text(row.title)))**" : e(v.text(row.title))) | " + cells.joined(separator: " | ") + " | \(v.change(row.change)) |\n"
        }
        md += "\n"
        if !c.items.isEmpty {
            md += "## \(c.mode == .overTime ? v.t("Antwoorden die veranderden", "Answers that changed") : v.t("Antwoorden die verschillen", "Answers that differ"))\n\n"
            md += "| \(v.t("Vraag", "Question")) | " + c.columns.map { e($0.label) }.joined(separator: " | ") + " |\n|---|" + c.columns.map { _ in "---|" }.joined() + "\n"
            for item in c.items { md += "| \(e(v.text(item.text))) | " + item.answers.map { e($0.map(v.text) ?? "—") }.joined(separator: " | ") + " |\n" }
            md += "\n"
        }
        if c.mode == .overTime {
            for (title, list) in [(v.t("Opgelost advies", "Advice resolved"), c.adviceResolved), (v.t("Nieuw advies", "New advice"), c.adviceNew), (v.t("Nog open", "Still open"), c.adviceOpen)] where !list.isEmpty {
                md += "## \(title)\n\n" + list.map { "- \(e(v.text($0.text)))\n" }.joined() + "\n"
            }
        }
        if !c.frameworkChanges.isEmpty {
            md += "## \(v.t("Wat veranderde in het kader", "What changed in the framework"))\n\n"
            md += c.frameworkChanges.map { "- `\(e($0.id))`: \(e($0.detail.text(in: options.language)))\n" }.joined() + "\n"
        }
        return md
    }

    public func render(_ g: GroupSummary, framework: Framework, options: RenderOptions) -> String {
        let v = Vocabulary(framework, options.language)
        var md = "# \(e(g.framework.title.text(in: options.language)))\n\n\(v.t("\(g.count) resultaten", "\(g.count) results"))\n\n"
        md += "## \(v.t("Spreiding per domein", "Spread per domain"))\n\n| \(v.t("Domein", "Domain")) | n | \(v.t("Laagste", "Lowest")) | \(v.t("Mediaan", "Median")) | \(v.t("Hoogste", "Highest")) |\n|---|---:|---:|---:|---:|\n"
        for s in [g.overall] + g.domains {
            md += "| \(e(v.text(s.title))) | \(s.count) | \(v.score(s.minimum)) | \(v.score(s.median)) | \(v.score(s.maximum)) |\n"
        }
        md += "\n"
        if !g.shortfalls.isEmpty {
            md += "## \(v.t("Vaakst onder de \(v.number(g.threshold))", "Most often below \(v.number(g.threshold))"))\n\n"
            md += g.shortfalls.prefix(10).map { "- \($0.below)/\($0.scored): \(e(v.text($0.text))) (\(e(v.domainTitle($0.domainID))))\n" }.joined() + "\n"
        }
        md += "## \(v.t("Rangorde", "Ranking"))\n\n| # | \(v.t("Naam", "Name")) | \(v.t("Totaal", "Overall")) | \(v.t("Niveau", "Level")) | \(v.t("Cijfer", "Grade")) |\n|---:|---|---:|---|---:|\n"
        for (index, rank) in g.ranking.enumerated() {
            md += "| \(index + 1) | \(e(rank.label)) | \(v.score(rank.score)) | \(e(v.level(rank.level))) | \(v.grade(rank.grade)) |\n"
        }
        for failure in g.failed { md += "\n> \(v.t("Niet gescoord", "Not scored")): \(e(failure.name)): \(e(failure.problem.text(in: options.language)))\n" }
        return md + "\n"
    }

    public func render(_ c: Consensus, framework: Framework, options: RenderOptions) -> String {
        let v = Vocabulary(framework, options.language)
        var md = "\(v.t("Samen ingevuld door", "Filled in together by")): \(c.respondents.map(e).joined(separator: ", "))\n\n"
        let disagreements = c.disagreements
        if !disagreements.isEmpty {
            md += "## \(v.t("Bespreek samen: de antwoorden lopen uiteen", "Discuss together: the answers differ"))\n\n"
            md += "| \(v.t("Vraag", "Question")) | " + c.respondents.map(e).joined(separator: " | ") + " | \(v.t("Samen", "Combined")) |\n|---|" + c.respondents.map { _ in "---|" }.joined() + "---|\n"
            for item in disagreements {
                md += "| \(e(v.text(item.text))) | " + item.answers.map { e($0.map(v.text) ?? "—") }.joined(separator: " | ") + " | \(e(item.combined.map(v.text) ?? "—")) |\n"
            }
            md += "\n"
        }
        return md + render(c.result, framework: framework, options: options)
    }
}
