import Hummingbird
import Kader
import KaderReports

/// An organisation admin's page of the organisation's people: who has an account, with which
/// role, and a form to add someone with a first password the admin passes on.
struct PeoplePage {
    let organisation: Organisation
    let people: [Account]
    let language: Language
    /// The umbrella it is a member of, if any, and whether it is an umbrella itself.
    let umbrella: Organisation?
    let hasMembers: Bool
    /// What went wrong with the last addition, and its fix; the typed address and name stay.
    var problem: AccountSetup.Failure? = nil
    var typed: (email: String, name: String) = ("", "")
    /// What went wrong with the last new password, and its fix.
    var passwordProblem: AccountSetup.Failure? = nil

    /// The page after a refused form: 422, with what to fix.
    func response(path: String) -> Response {
        PageShell(language: language, path: path).response(title: organisation.name, status: .unprocessableContent) { render(into: &$0) }
    }

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        main.element("h1", text: say("Mensen van ", "People of ") + organisation.name)
        main.element("p") { p in
            p.element(
                "a", [.id("answer-log-link"), HTMLAttribute("href", OrganisationRoutes.log)],
                text: say("Wie wijzigde wat", "Who changed what"))
        }
        if hasMembers {
            main.element("p") { p in
                p.element(
                    "a", [.id("umbrella-link"), HTMLAttribute("href", UmbrellaRoutes.page)],
                    text: say("Koepeloverzicht", "Umbrella overview"))
            }
        }
        if let umbrella { sharing(umbrella, into: &main) }
        main.element("table", [.id("people")]) { table in
            table.element("tr") { row in
                for heading in [say("Naam", "Name"), say("E-mailadres", "E-mail address"), say("Rol", "Role")] {
                    row.element("th", [HTMLAttribute("scope", "col")], text: heading)
                }
            }
            for person in people {
                table.element("tr") { row in
                    row.element("td", text: person.name)
                    row.element("td", text: person.email)
                    row.element("td", text: person.role.label.text(in: language))
                }
            }
        }
        main.element("h2", [.id("add-person-title")], text: say("Iemand toevoegen", "Add someone"))
        if let problem { show(problem, id: "add-person-problem", into: &main) }
        main.postForm(OrganisationRoutes.people, [.id("add-person")]) { form in
            field(&form, id: "person-email", name: "email", type: "email", label: say("E-mailadres", "E-mail address"), value: typed.email)
            field(&form, id: "person-name", name: "name", type: "text", label: say("Naam", "Name"), value: typed.name)
            form.element("div", [.class("field")]) { div in
                div.element("label", [HTMLAttribute("for", "person-role")], text: say("Rol", "Role"))
                div.element("select", [.id("person-role"), HTMLAttribute("name", "role")]) { select in
                    for role in [Role.member, .trainer, .organisationAdmin] {
                        select.element("option", [HTMLAttribute("value", role.rawValue)], text: role.label.text(in: language))
                    }
                }
            }
            field(
                &form, id: "person-password", name: "password", type: "password",
                label: say(
                    "Eerste wachtwoord (minstens 12 tekens; geef het zelf door)",
                    "First password (at least 12 characters; pass it on yourself)"),
                value: "")
            form.element("button", [.id("add-person-submit"), HTMLAttribute("type", "submit")], text: say("Toevoegen", "Add"))
        }
        newPassword(into: &main)
    }

    /// A new password for someone who forgot theirs: they are signed out everywhere.
    private func newPassword(into main: inout HTMLWriter) {
        let say = Say(language)
        main.element("h2", [.id("new-password-title")], text: say("Een nieuw wachtwoord geven", "Give someone a new password"))
        if let passwordProblem { show(passwordProblem, id: "new-password-problem", into: &main) }
        main.postForm(OrganisationRoutes.password, [.id("new-password")]) { form in
            form.element("div", [.class("field")]) { div in
                div.element("label", [HTMLAttribute("for", "new-password-person")], text: say("Voor", "For"))
                div.element("select", [.id("new-password-person"), HTMLAttribute("name", "email")]) { select in
                    for person in people {
                        select.element("option", [HTMLAttribute("value", person.email)], text: "\(person.name) <\(person.email)>")
                    }
                }
            }
            field(
                &form, id: "new-password-value", name: "password", type: "password",
                label: say(
                    "Nieuw wachtwoord (minstens 12 tekens; geef het zelf door; zij of hij wordt overal afgemeld)",
                    "New password (at least 12 characters; pass it on yourself; they are signed out everywhere)"),
                value: "")
            form.element(
                "button", [.id("new-password-submit"), HTMLAttribute("type", "submit")],
                text: say("Wachtwoord vervangen", "Replace the password"))
        }
    }

    private func show(_ problem: AccountSetup.Failure, id: String, into main: inout HTMLWriter) {
        main.element("p", [.class("error-message"), .id(id)]) { p in
            p.text(problem.message.text(in: language))
            if let fix = problem.fix { p.text(": " + fix.text(in: language)) }
        }
    }

    /// Whether the organisation shares its overview with `umbrella`, and the button that changes it.
    private func sharing(_ umbrella: Organisation, into main: inout HTMLWriter) {
        let say = Say(language)
        let shares = organisation.sharesWithUmbrella
        main.element("section", [.id("umbrella")]) { section in
            section.element(
                "p", [.id("sharing-state")],
                text: shares
                    ? say("Uw organisatie deelt haar groepsoverzicht met ", "Your organisation shares its group overview with ")
                        + umbrella.name
                        + "."
                    : say("Uw organisatie deelt niets met ", "Your organisation shares nothing with ") + umbrella.name + ".")
            section.postForm(UmbrellaRoutes.sharing) { form in
                form.void(
                    "input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "share"), HTMLAttribute("value", shares ? "0" : "1")])
                form.element(
                    "button", [.id("sharing-toggle"), .class("secondary"), HTMLAttribute("type", "submit")],
                    text: shares
                        ? say("Stop met delen", "Stop sharing")
                        : say(
                            "Deel onze laatste scans als groepsoverzicht met de koepel",
                            "Share our latest scans as a group overview with the umbrella"))
            }
        }
    }

    private func field(_ form: inout HTMLWriter, id: String, name: String, type: String, label: String, value: String) {
        FormField(id: id, name: name, type: type, label: label, value: value, autocomplete: type == "password" ? "new-password" : nil)
            .render(into: &form)
    }
}
