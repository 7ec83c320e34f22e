import Kader
import KaderReports

/// "Vergelijk met vorige keer": the comparison of a scan with the scan before it of the same
/// organisation and framework, as the report `kader compare --format html` writes (the same view
/// and backend): domains, answers that changed, advice resolved, new and still open, and what
/// became of the earlier action plan.
struct ComparePage {
    let history: ScanHistory
    let language: Language

    var title: String { Say(language)("Vergelijking met vorige keer", "Comparison with last time") }

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        let base = "/s/\(history.current.scan.token.text)"
        main.element("p") { p in
            p.element(
                "a", [.id("back-to-result"), HTMLAttribute("href", base + "/result")],
                text: say("Terug naar de uitslag", "Back to the result"))
            p.text(" · ")
            p.element("a", [HTMLAttribute("href", base + "/history")], text: say("Alle scans", "All scans"))
        }
        guard let comparison = history.comparison else {
            main.element("h1", text: title)
            main.element(
                "p", [.id("no-previous")],
                text: say(
                    "Er is geen eerdere scan van deze organisatie met dit kader. Na de volgende scan staat hier wat er veranderde.",
                    "There is no earlier scan of this organisation with this framework. After the next scan, this shows what changed."))
            return
        }
        main.element("section", [.id("comparison"), HTMLAttribute("aria-label", title)]) { section in
            // HTMLBackend writes every text through the one escaper; its markup is taken as it is.
            section.trusted(
                HTMLBackend().body(ComparisonReport(comparison, framework: history.current.framework, language: language).document))
        }
    }
}
