import Kader
import KaderReports

/// An organisation's scans of one framework by date: each with its overall score and level, how
/// many points its action plan has, a link to its result and to the comparison with the scan
/// before it; and the ZIP of all their response files.
struct HistoryPage {
    let history: ScanHistory
    let language: Language

    var title: String {
        let say = Say(language)
        return say("Eerdere scans", "Earlier scans") + " · " + history.current.framework.title.text(in: language)
    }

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        let current = history.current
        main.element("h1", text: say("Scans van ", "Scans of ") + (history.name ?? say("(geen naam)", "(no name)")))
        main.element(
            "p", [.class("lead")],
            text: current.framework.title.text(in: language) + " · "
                + say("oudste eerst", "oldest first"))
        if history.name == nil {
            main.element(
                "p", [.id("no-organisation")],
                text: say(
                    "Deze scan heeft nog geen organisatie. Vul die in op de eerste pagina van de scan; "
                        + "dan staan scans van dezelfde organisatie hier bij elkaar.",
                    "This scan has no organisation yet. Fill it in on the first page of the scan; "
                        + "scans of the same organisation are then listed here together."
                ))
        }
        let words = Vocabulary(current.framework, language)
        // Seven columns do not fit a phone: there each scan is a block, each value after its column's name.
        let titles = [
            say("Datum", "Date"), say("Ingevuld door", "Filled in by"), say("Totaal", "Overall"), say("Niveau", "Level"),
            say("Actieplan", "Action plan"), say("Uitslag", "Result"), say("Vergelijking", "Comparison")
        ]
        func label(_ column: Int) -> [HTMLAttribute] { [HTMLAttribute("data-label", titles[column])] }
        main.element("table", [.id("history"), .class("stack-on-phone")]) { table in
            table.element("caption", text: say("Scans met dit kader, oudste eerst", "Scans with this framework, oldest first"))
            table.element("thead") { head in
                head.element("tr") { row in
                    for title in titles { row.element("th", [HTMLAttribute("scope", "col")], text: title) }
                }
            }
            table.element("tbody") { body in
                for (index, sheet) in history.sheets.enumerated() {
                    let result = sheet.result
                    let base = "/s/\(sheet.scan.token.text)"
                    let isCurrent = sheet.scan.token == current.scan.token
                    body.element("tr", [.class(isCurrent ? "history-scan current" : "history-scan")]) { row in
                        row.element("td", label(0), text: sheet.scan.header.date ?? say("(geen datum)", "(no date)"))
                        row.element("td", label(1), text: sheet.scan.header.respondent ?? "")
                        row.element("td", label(2), text: words.score(result.overall.score))
                        row.element("td", label(3), text: words.level(result.overall.level))
                        row.element("td", label(4), text: say("\(result.plan.count) punten", "\(result.plan.count) points"))
                        row.element("td") { $0.element("a", [HTMLAttribute("href", base + "/result")], text: say("Uitslag", "Result")) }
                        row.element("td") { cell in
                            if index > 0 {
                                cell.element(
                                    "a", [.class("compare"), HTMLAttribute("href", base + "/compare")],
                                    text: say("Vergelijk met vorige keer", "Compare with last time"))
                            }
                        }
                    }
                }
            }
        }
        main.element("p") { p in
            p.element(
                "a", [.id("export-zip"), HTMLAttribute("href", "/s/\(current.scan.token.text)/history/export.zip")],
                text: say("Alle antwoordbestanden van deze scans als ZIP", "All response files of these scans as a ZIP"))
        }
    }
}
