import Kader
import KaderReports

/// Where a trainer opens a masterclass room: with one of the example cases the frameworks bring
/// in their session plans, or with a case of their own (a framework, a name and a short text).
struct RoomNewPage: LeadPage {
    let catalog: FrameworkCatalog
    let language: Language

    var title: String { Say(language)("Masterclass openen", "Open a masterclass") }
    var heading: String { Say(language)("Masterclass: open een ruimte", "Masterclass: open a room") }
    var lead: String {
        Say(language)(
            "Deelnemers doen mee op hun telefoon met een code van zes tekens en hun voornaam, zonder account. "
                + "Ieder scoort dezelfde casus; uw scherm toont live de spreiding. "
                + "U krijgt een eigen link voor het trainersscherm: bewaar die.",
            "Participants join on their phones with a six-character code and their first name, no account. "
                + "Each scores the same case; your screen shows the spread live. "
                + "You get a link of your own for the trainer's screen: keep it.")
    }

    func renderContent(into main: inout HTMLWriter) {
        let say = Say(language)
        let examples = catalog.frameworks.flatMap { ExampleCase.cases(of: $0, language: language) }
        if !examples.isEmpty {
            main.element("section", [.id("room-examples"), HTMLAttribute("aria-labelledby", "room-examples-title")]) { section in
                section.element("h2", [.id("room-examples-title")], text: say("Met een voorbeeldcasus", "With an example case"))
                for example in examples { exampleCard(example, into: &section) }
            }
        }
        main.element("section", [.id("room-own"), HTMLAttribute("aria-labelledby", "room-own-title")]) { section in
            section.element("h2", [.id("room-own-title")], text: say("Met een eigen casus", "With a case of your own"))
            section.postForm("/m/new", [.id("room-own-form")]) { form in
                form.element("div", [.class("field")]) { div in
                    div.element("label", [HTMLAttribute("for", "room-framework")], text: say("Kader", "Framework"))
                    div.element("select", [.id("room-framework"), HTMLAttribute("name", "framework")]) { select in
                        for framework in catalog.frameworks {
                            var attributes = [HTMLAttribute("value", framework.id)]
                            if !ExampleCase.cases(of: framework, language: language).isEmpty {
                                attributes.append(HTMLAttribute("selected", nil))
                            }
                            select.element("option", attributes, text: framework.title.text(in: language))
                        }
                    }
                }
                form.element("div", [.class("field")]) { div in
                    div.element("label", [HTMLAttribute("for", "room-title")], text: say("Naam van de casus", "Name of the case"))
                    div.void(
                        "input",
                        [
                            HTMLAttribute("type", "text"), .id("room-title"), HTMLAttribute("name", "title"),
                            HTMLAttribute("required", nil),
                            HTMLAttribute("maxlength", String(RoomForm.maxTitle)), HTMLAttribute("autocomplete", "off")
                        ])
                }
                form.element("div", [.class("field")]) { div in
                    div.element(
                        "label", [HTMLAttribute("for", "room-text")],
                        text: say("De casus zoals deelnemers hem lezen", "The case as participants read it"))
                    div.element(
                        "p", [.class("hint"), .id("room-text-hint")],
                        text: say(
                            "Een korte tekst; **vet**, lijstjes met - en kopjes met ## worden netjes getoond.",
                            "A short text; **bold**, lists with - and headings with ## are shown properly."))
                    div.element(
                        "textarea",
                        [
                            .id("room-text"), HTMLAttribute("name", "text"), HTMLAttribute("rows", "10"),
                            HTMLAttribute("aria-describedby", "room-text-hint")
                        ], text: "")
                }
                form.element(
                    "button", [.id("room-open-own"), HTMLAttribute("type", "submit")], text: say("Open de ruimte", "Open the room"))
            }
        }
    }

    private func exampleCard(_ example: ExampleCase, into out: inout HTMLWriter) {
        let say = Say(language)
        out.element("article", [.class("framework")]) { card in
            card.element("h3", text: example.title)
            card.element("p", [.class("meta")], text: example.framework.title.text(in: language))
            card.element("details") { details in
                details.element("summary", text: say("Lees de casus", "Read the case"))
                CaseText(text: example.text, title: example.title, language: language).render(into: &details)
            }
            card.postForm("/m/new") { form in
                form.void(
                    "input",
                    [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "framework"), HTMLAttribute("value", example.framework.id)])
                form.void("input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "example"), HTMLAttribute("value", example.id)])
                form.element(
                    "button", [.id("room-open-" + example.id.replacingOccurrences(of: ".", with: "-")), HTMLAttribute("type", "submit")],
                    text: say("Open een ruimte met deze casus", "Open a room with this case"))
            }
        }
    }
}

/// A case's text as participants and the trainer read it: its little Markdown through the reader
/// and the one HTML backend that every framework document goes through (so every word is escaped).
struct CaseText {
    let text: String
    let title: String
    let language: Language

    func render(into out: inout HTMLWriter) {
        let document = MarkdownReader().document(text, fallbackTitle: title, language: language)
        out.element("div", [.class("case-text")]) { $0.trusted(HTMLBackend().body(document)) }
    }
}
