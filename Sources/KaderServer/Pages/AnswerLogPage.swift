import Kader
import KaderReports

/// The organisation admin's audit log: who changed which answer of which scan when, newest first.
struct AnswerLogPage {
    let organisation: Organisation
    let entries: [AnswerLogEntry]
    let language: Language

    var title: String { Say(language)("Wie wijzigde wat", "Who changed what") }

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        main.element("h1", text: title + " · " + organisation.name)
        main.element(
            "p", [.class("lead")],
            text: say(
                "Elke wijziging van een antwoord, met wie hem opsloeg en wanneer (UTC), de nieuwste eerst; "
                    + "de laatste \(AnswerLogPage.limit).",
                "Every change of an answer, with who saved it and when (UTC), newest first; the last \(AnswerLogPage.limit)."))
        guard !entries.isEmpty else {
            main.element("p", [.id("no-changes")], text: say("Nog geen wijzigingen.", "No changes yet."))
            return
        }
        main.element("div", [.class("table-scroll")]) { scroll in
            scroll.element("table", [.id("answer-log")]) { table in
                table.element("tr") { row in
                    let headings = [
                        say("Wanneer", "When"), say("Wie", "Who"), say("Scan", "Scan"), say("Vraag", "Question"),
                        say("Antwoord", "Answer"), say("Toelichting", "Note")
                    ]
                    for heading in headings { row.element("th", [HTMLAttribute("scope", "col")], text: heading) }
                }
                for entry in entries {
                    table.element("tr") { row in
                        row.element("td", text: entry.savedAt.replacingOccurrences(of: "T", with: " "))
                        row.element("td", text: "\(entry.authorName) <\(entry.authorEmail)>")
                        row.element("td") { cell in
                            cell.element(
                                "a", [HTMLAttribute("href", "/s/\(entry.scanToken.text)/result")],
                                text: entry.scanName ?? say("(zonder naam)", "(no name)"))
                        }
                        row.element("td", text: entry.questionID)
                        row.element("td", text: entry.value ?? say("(gewist)", "(cleared)"))
                        row.element("td", text: entry.note ?? "")
                    }
                }
            }
        }
    }

    /// How many entries the page shows.
    static let limit = 500
}
