import Kader
import KaderReports

/// The start page of a site admin: the organisations and their people with their roles, as
/// `kader serve admin list` prints them, and how to add more. Never a scan, a room or an answer:
/// a site admin reads no organisation's work.
struct SiteAdminPage: LeadPage {
    let organisations: [(Organisation, [Account])]
    let language: Language

    var title: String { Say(language)("Sitebeheer", "Site administration") }
    var lead: String {
        Say(language)(
            "Organisaties en mensen voegt u toe op de server met kader serve admin add-organisation en add-user. "
                + "Scans, ruimtes en antwoorden van organisaties opent een sitebeheerder niet.",
            "Add organisations and people on the server with kader serve admin add-organisation and add-user. "
                + "A site admin opens no organisation's scans, rooms or answers.")
    }

    func renderContent(into main: inout HTMLWriter) {
        let say = Say(language)
        main.element("section", [.id("organisations"), HTMLAttribute("aria-labelledby", "organisations-title")]) { section in
            section.element("h2", [.id("organisations-title")], text: say("Organisaties", "Organisations"))
            if organisations.isEmpty { section.element("p", text: say("Nog geen organisaties.", "No organisations yet.")) }
            for (organisation, people) in organisations {
                section.element("h3", text: organisation.name)
                section.element("ul") { list in
                    for person in people {
                        list.element("li", text: "\(person.name) <\(person.email)> · \(person.role.label.text(in: language))")
                    }
                }
            }
        }
    }
}
