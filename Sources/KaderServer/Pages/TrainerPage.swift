import Kader
import KaderReports

/// The trainer's screen, for a projector: the case, the join code in large type with the address
/// to type it at, the live part (``RoomLiveView``, kept up to date by Server-Sent Events and the
/// script; without the script a "refresh" link), and the trainer's controls: the ranking switch,
/// closing the room and the downloads.
struct TrainerPage {
    let room: StoredRoom
    let overview: RoomOverview
    let framework: Framework
    let language: Language
    /// `http://host:port` as the trainer's browser reached the server, for the join address.
    let origin: String?

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        let base = "/m/t/" + room.trainerToken.text
        main.element("p", [.class("framework-title")], text: framework.title.text(in: language))
        main.element("h1", text: room.caseTitle)
        if room.isOpen {
            main.element("div", [.id("room-join")]) { div in
                div.element("p", text: say("Doe mee op uw telefoon: ga naar", "Join on your phone: go to"))
                div.element("p", [.class("room-address")], text: (origin ?? "") + "/m")
                div.element("p", text: say("en typ de code", "and type the code"))
                div.element("p", [.id("join-code"), .class("room-code")], text: room.joinCode.text)
            }
        } else {
            main.element(
                "p", [.id("room-closed"), .class("notice")],
                text: say(
                    "Deze ruimte is gesloten: de code werkt niet meer en er worden geen antwoorden meer opgeslagen.",
                    "This room is closed: the code no longer works and no more answers are saved."))
        }
        main.element("div", [.id("room-live"), HTMLAttribute("data-events", base + "/events"), HTMLAttribute("aria-live", "off")]) { live in
            RoomLiveView(room: room, overview: overview, framework: framework, language: language).render(into: &live)
        }
        main.element(
            "p", [.class("hint")],
            text: say(
                "Spreiding: hoe ver de scores van de deelnemers op een vraag uiteenlopen (standaardafwijking van de itemscores, 0-100).",
                "Spread: how far participants' scores on a question lie apart (standard deviation of the item scores, 0-100)."))
        controls(base: base, into: &main)
    }

    private func controls(base: String, into main: inout HTMLWriter) {
        let say = Say(language)
        main.element("section", [.id("room-controls"), HTMLAttribute("aria-labelledby", "room-controls-title")]) { section in
            section.element("h2", [.id("room-controls-title")], text: say("Voor de trainer", "For the trainer"))
            section.element("p") { p in
                p.element("a", [.id("room-refresh"), HTMLAttribute("href", base)], text: say("Ververs het scherm", "Refresh the screen"))
                p.text(say(" (met JavaScript ververst het vanzelf).", " (with JavaScript it refreshes by itself)."))
            }
            section.postForm(base + "/ranking") { form in
                form.void(
                    "input",
                    [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "show"), HTMLAttribute("value", room.showsRanking ? "0" : "1")])
                form.element(
                    "button", [.id("room-ranking-toggle"), .class("secondary"), HTMLAttribute("type", "submit")],
                    text: room.showsRanking
                        ? say("Verberg de rangorde", "Hide the ranking")
                        : say("Toon de rangorde van de deelnemers", "Show the participants' ranking"))
            }
            if room.isOpen {
                section.postForm(base + "/close") { form in
                    form.element(
                        "button", [.id("room-close"), HTMLAttribute("type", "submit")],
                        text: say("Sluit de ruimte (de code stopt meteen)", "Close the room (the code stops at once)"))
                }
            }
            section.element("ul", [.id("room-downloads")]) { list in
                list.element("li") { item in
                    item.element(
                        "a", [.id("room-zip"), HTMLAttribute("href", base + "/responses.zip")],
                        text: say(
                            "Alle antwoorden als ZIP (antwoordbestanden voor kader scan en kader aggregate)",
                            "All responses as a ZIP (response files for kader scan and kader aggregate)"))
                }
                list.element("li") { item in
                    item.element(
                        "a", [.id("room-overview"), HTMLAttribute("href", base + "/overview.html")],
                        text: say("Het groepsoverzicht als HTML", "The group overview as HTML"))
                }
            }
            section.element(
                "p", [.class("hint")],
                text: say(
                    "Bewaar de link van deze pagina: alleen wie hem heeft, ziet dit scherm en kan de ruimte sluiten.",
                    "Keep this page's link: only whoever has it sees this screen and can close the room."))
        }
    }
}
