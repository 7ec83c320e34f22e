import Kader
import KaderReports

/// An umbrella organisation's page: its members, which of them share their group overview, and
/// the overview per framework of those that do.
struct UmbrellaPage: LeadPage {
    let umbrella: Organisation
    let overview: UmbrellaOverview
    let language: Language

    var title: String { Say(language)("Koepeloverzicht", "Umbrella overview") }
    var heading: String { title + " · " + umbrella.name }
    var lead: String {
        Say(language)(
            "U ziet alleen leden die ervoor kozen hun overzicht te delen, en van elk alleen de laatste scan per kader; "
                + "nooit hun losse antwoorden en geen rangorde.",
            "You see only members that chose to share their overview, and of each only the latest scan per framework; "
                + "never their separate answers and no ranking.")
    }

    func renderContent(into main: inout HTMLWriter) {
        let say = Say(language)
        main.element("ul", [.id("umbrella-members")]) { list in
            for member in overview.members {
                list.element(
                    "li",
                    text: member.name + " · "
                        + (member.sharesWithUmbrella ? say("deelt", "shares") : say("deelt niet", "does not share")))
            }
        }
        if overview.groups.isEmpty {
            main.element("p", [.id("no-overview")], text: say("Nog geen gedeelde scans.", "No shared scans yet."))
        }
        for group in overview.groups {
            main.element("section", [.class("umbrella-group")]) { section in
                section.element("h2", text: group.framework.title.text(in: language) + " " + group.framework.version)
                section.element(
                    "p",
                    text: say("\(group.members.count) organisaties: ", "\(group.members.count) organisations: ")
                        + group.members.joined(separator: ", "))
                section.element(
                    "a",
                    [
                        HTMLAttribute(
                            "href", UmbrellaRoutes.overview + "?framework=\(group.framework.id)&version=\(group.framework.version)")
                    ],
                    text: say("Groepsoverzicht (HTML)", "Group overview (HTML)"))
            }
        }
    }
}
