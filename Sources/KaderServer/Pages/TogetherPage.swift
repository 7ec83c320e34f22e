import Kader
import KaderReports

/// The owner's combined view ("samen invullen"): the colleagues with their personal links and
/// how far each is, a form to invite another, and every question with each colleague's answer
/// and note side by side, those whose answers lie more than one step apart first, the proposed
/// combined answer and a form to set the answer agreed on after the talk.
struct TogetherPage {
    let together: TogetherSheet
    let language: Language
    /// `http://host:port` as the browser reached the server, for the full links.
    let origin: String?
    /// The forms' one-time ids.
    let nonce: () -> String
    /// An agreed answer that did not fit its question, by question id: shown again as typed, with why.
    var rejected: [String: PageAnswers.Rejected] = [:]

    var title: String { Say(language)("Samen invullen", "Fill in together") + " · " + together.owner.framework.title.text(in: language) }

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        let owner = together.owner
        let base = "/s/\(owner.scan.token.text)"
        main.element("h1", text: say("Samen invullen", "Fill in together"))
        let who = [owner.scan.header.organisation, owner.scan.header.date].compactMap { $0 }
        main.element("p", [.class("lead")], text: ([owner.framework.title.text(in: language)] + who).joined(separator: " · "))
        main.element(
            "p",
            text: say(
                "Nodig collega's uit: elk krijgt een eigen link en vult de scan apart in. Hieronder staan hun antwoorden naast elkaar, "
                    + "de vragen waar ze het meest verschillen eerst. Leg na het gesprek per vraag het gezamenlijke antwoord vast: "
                    + "dat wordt het antwoord van de scan. De antwoorden van elke collega blijven bewaard.",
                "Invite colleagues: each gets their own link and fills in the scan separately. Below, their answers are side by side, "
                    + "the questions where they differ most first. After the talk, set the agreed answer per question: "
                    + "it becomes the scan's answer. Each colleague's own answers stay kept."))
        colleagues(into: &main, base: base)
        main.newline()
        let items = together.consensus.inOrderOfDiscussion
        let differ = items.filter { $0.agreement == .differ }
        main.element("section", [.id("discuss"), HTMLAttribute("aria-labelledby", "discuss-title")]) { section in
            section.element(
                "h2", [.id("discuss-title")],
                text: say("Eerst bespreken: de antwoorden liggen ver uiteen", "Discuss first: the answers lie far apart"))
            if together.colleagues.isEmpty || items.isEmpty {
                section.element(
                    "p", [.id("no-answers")], text: say("Nog geen antwoorden van collega's.", "No answers from colleagues yet."))
            } else if differ.isEmpty {
                section.element(
                    "p",
                    text: say(
                        "Geen vragen waar de antwoorden meer dan één stap uit elkaar liggen.",
                        "No questions where the answers lie more than one step apart."))
            }
            for item in differ { itemView(item).render(into: &section) }
        }
        let rest = items.filter { $0.agreement != .differ }
        if !rest.isEmpty {
            main.element("section", [.id("rest"), HTMLAttribute("aria-labelledby", "rest-title")]) { section in
                section.element("h2", [.id("rest-title")], text: say("De andere vragen", "The other questions"))
                for item in rest { itemView(item).render(into: &section) }
            }
        }
        main.element("nav", [.id("together-links"), HTMLAttribute("aria-label", say("Verder", "Next"))]) { nav in
            nav.element("ul") { list in
                list.element("li") {
                    $0.element(
                        "a", [.id("agreed-result"), HTMLAttribute("href", base + "/result")],
                        text: say("Uitslag met de vastgestelde antwoorden", "Result with the agreed answers"))
                }
                list.element("li") {
                    $0.element(
                        "a", [.id("together-zip"), HTMLAttribute("href", base + "/together/export.zip")],
                        text: say(
                            "Alle antwoordbestanden (samen en per collega) als ZIP",
                            "All response files (agreed and per colleague) as a ZIP"))
                }
            }
        }
    }

    /// The colleagues, their links and progress, and the form to invite another.
    private func colleagues(into main: inout HTMLWriter, base: String) {
        let say = Say(language)
        main.element("section", [.id("colleagues"), HTMLAttribute("aria-labelledby", "colleagues-title")]) { section in
            section.element("h2", [.id("colleagues-title")], text: say("Collega's", "Colleagues"))
            if !together.colleagues.isEmpty {
                section.element(
                    "p", [.class("hint")],
                    text: say(
                        "Geef elke collega alleen de eigen link: daarmee ziet hij of zij alleen de eigen antwoorden, "
                            + "niet die van de anderen en niet dit overzicht.",
                        "Give each colleague only their own link: with it they see only their own answers, "
                            + "not the others' and not this overview."
                    ))
                section.element("ul", [.id("colleague-list")]) { list in
                    for entry in together.colleagues {
                        let (answered, asked) = entry.sheet.progress
                        let link = "/s/" + entry.colleague.token.text
                        list.element("li", [.class("colleague")]) { item in
                            item.element("strong", text: entry.colleague.invitation.label)
                            item.text(
                                " · " + say("\(answered) van \(asked) vragen beantwoord", "\(answered) of \(asked) questions answered"))
                            item.void("br")
                            item.element("a", [.class("colleague-link"), HTMLAttribute("href", link)], text: (origin ?? "") + link)
                        }
                    }
                }
            }
            section.postForm(base + "/together/invite", [.id("invite")]) {
                form in
                form.void("input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "form"), HTMLAttribute("value", nonce())])
                form.element("h3", text: say("Een collega uitnodigen", "Invite a colleague"))
                form.element("div", [.class("invite-fields")]) { fields in
                    field(&fields, name: "name", label: say("Naam", "Name"), required: true)
                    field(
                        &fields, name: "role",
                        label: say("Rol (bijvoorbeeld jeugdteam, leerplicht, JGZ)", "Role (for example youth team, school attendance)"))
                }
                form.element(
                    "button", [.id("invite-button"), HTMLAttribute("type", "submit")],
                    text: say("Uitnodigen en link maken", "Invite and make a link"))
            }
        }
    }

    private func field(_ out: inout HTMLWriter, name: String, label: String, required: Bool = false) {
        out.element("div", [.class("field")]) { div in
            div.element("label", [HTMLAttribute("for", "invite-" + name)], text: label)
            var input = [
                HTMLAttribute("type", "text"), .id("invite-" + name), HTMLAttribute("name", name), HTMLAttribute("maxlength", "200")
            ]
            if required { input.append(HTMLAttribute("required", nil)) }
            div.void("input", input)
        }
    }

    private func itemView(_ item: Consensus.Item) -> TogetherItem {
        TogetherItem(item: item, together: together, language: language, nonce: nonce(), rejected: rejected[item.questionID])
    }
}
