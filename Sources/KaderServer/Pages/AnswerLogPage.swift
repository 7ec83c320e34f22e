import Kader
import KaderReports

/// The organisation admin's audit log: who changed which answer of which scan when, newest first.
struct AnswerLogPage: LeadPage {
    let organisation: Organisation
    let entries: [AnswerLogEntry]
    let language: Language

    var title: String { Say(language)("Wie wijzigde wat", "Who changed what") }
    var heading: String { title + " · " + organisation.name }
    var lead: String {
        Say(language)(
            "Elke wijziging van een antwoord, met wie hem opsloeg en wanneer (UTC), de nieuwste eerst; de laatste \(AnswerLogPage.limit).",
            "Every change of an answer, with who saved it and when (UTC), newest first; the last \(AnswerLogPage.limit).")
    }

    func renderContent(into main: inout HTMLWriter) {
        let say = Say(language)
        // The way back to where the admin came from, above a log that may be long.
        main.element("p") { p in
            p.element("a", [.id("people-link"), HTMLAttribute("href", OrganisationRoutes.people)], text: say("Mensen", "People"))
        }
        guard !entries.isEmpty else {
            main.element("p", [.id("no-changes")], text: say("Nog geen wijzigingen.", "No changes yet."))
            return
        }
        let headings = [
            say("Wanneer", "When"), say("Wie", "Who"), say("Scan", "Scan"), say("Vraag", "Question"), say("Antwoord", "Answer"),
            say("Toelichting", "Note")
        ]
        main.element("table", [.id("answer-log"), .class("stack-on-phone")]) { table in
            table.element("thead") { head in
                head.element("tr") { row in
                    for heading in headings { row.element("th", [HTMLAttribute("scope", "col")], text: heading) }
                }
            }
            table.element("tbody") { body in
                for entry in entries {
                    body.element("tr") { row in
                        // Each value carries its column's name, for the phone's layout of one block per change.
                        let label = { (column: Int) in [HTMLAttribute("data-label", headings[column])] }
                        row.element("td", label(0), text: entry.savedAt.replacingOccurrences(of: "T", with: " "))
                        row.element("td", label(1), text: "\(entry.authorName) <\(entry.authorEmail)>")
                        row.element("td", label(2)) { cell in
                            cell.element(
                                "a", [HTMLAttribute("href", "/s/\(entry.scanToken.text)/result")],
                                text: entry.scanName ?? say("(zonder naam)", "(no name)"))
                        }
                        row.element("td", label(3), text: entry.questionID)
                        row.element("td", label(4), text: entry.value ?? say("(gewist)", "(cleared)"))
                        row.element("td", label(5), text: entry.note ?? "")
                    }
                }
            }
        }
    }

    /// How many entries the page shows.
    static let limit = 500
}
