import Kader
import KaderReports

/// Where a participant joins on a phone: the code the trainer shows and a first name. No account;
/// the first name labels their answers on the trainer's screen and in the downloads.
struct JoinPage {
    let language: Language
    /// A code from the address (`/m?code=…`), to fill in.
    let code: String?

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        main.element("h1", text: say("Doe mee met de masterclass", "Join the masterclass"))
        main.postForm("/m", [.id("join-form")]) { form in
            form.element("div", [.class("field")]) { div in
                div.element(
                    "label", [HTMLAttribute("for", "join-code-input")],
                    text: say("Code (zes tekens, op het scherm)", "Code (six characters, on the screen)"))
                div.void(
                    "input",
                    [
                        HTMLAttribute("type", "text"), .id("join-code-input"), HTMLAttribute("name", "code"),
                        HTMLAttribute("value", code ?? ""),
                        HTMLAttribute("required", nil), HTMLAttribute("maxlength", "9"), HTMLAttribute("autocomplete", "off"),
                        HTMLAttribute("autocapitalize", "characters"), HTMLAttribute("spellcheck", "false"), .class("code-input")
                    ])
            }
            form.element("div", [.class("field")]) { div in
                div.element("label", [HTMLAttribute("for", "join-name")], text: say("Uw voornaam", "Your first name"))
                div.element(
                    "p", [.class("hint"), .id("join-name-hint")],
                    text: say(
                        "Zo heten uw antwoorden op het scherm van de trainer en in het verslag.",
                        "This is what your answers are called on the trainer's screen and in the record."))
                div.void(
                    "input",
                    [
                        HTMLAttribute("type", "text"), .id("join-name"), HTMLAttribute("name", "name"), HTMLAttribute("required", nil),
                        HTMLAttribute("maxlength", String(RoomForm.maxName)), HTMLAttribute("autocomplete", "given-name"),
                        HTMLAttribute("aria-describedby", "join-name-hint")
                    ])
            }
            form.element("button", [.id("join-submit"), HTMLAttribute("type", "submit")], text: say("Doe mee", "Join"))
        }
    }
}

/// A participant's first page: the case to score, under whose name they take part, their own
/// link to come back with, and the way to the questions.
struct ParticipantCasePage {
    let room: StoredRoom
    let participant: RoomParticipant
    let framework: Framework
    let language: Language
    let origin: String?

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        let base = "/m/p/" + participant.token.text
        main.element("p", [.class("framework-title")], text: framework.title.text(in: language))
        main.element("h1", text: room.caseTitle)
        ParticipantNotice(room: room, participant: participant, language: language).render(into: &main)
        CaseText(text: room.caseText, title: room.caseTitle, language: language).render(into: &main)
        main.element("p") { p in
            p.element(
                "a", [.id("room-begin"), .class("button"), HTMLAttribute("href", base + "/d/1")],
                text: say("Begin met scoren", "Start scoring"))
        }
        main.element("p", [.class("notice"), .id("resume-link")]) { p in
            p.text(say("Uw eigen link, om later verder te gaan: ", "Your own link, to continue later: "))
            p.element("a", [HTMLAttribute("href", base)], text: (origin ?? "") + base)
        }
    }
}

/// "You take part as Fatima", and when the room is closed, that nothing is saved any more.
struct ParticipantNotice {
    let room: StoredRoom
    let participant: RoomParticipant
    let language: Language

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        main.element("p", [.id("participant-name")], text: say("U doet mee als ", "You take part as ") + participant.name + ".")
        if !room.isOpen {
            main.element(
                "p", [.class("notice"), .id("room-closed")],
                text: say(
                    "De trainer heeft de ruimte gesloten. U ziet uw antwoorden nog, maar er wordt niets meer opgeslagen.",
                    "The trainer has closed the room. You still see your answers, but nothing is saved any more."))
        }
    }
}

/// After the last domain: the participant's answers are in, with how many questions are open.
struct ParticipantDonePage {
    let room: StoredRoom
    let participant: RoomParticipant
    let sheet: ScanSheet
    let language: Language

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        let base = "/m/p/" + participant.token.text
        let (answered, asked) = sheet.progress
        main.element("h1", text: say("Dank u wel", "Thank you"))
        ParticipantNotice(room: room, participant: participant, language: language).render(into: &main)
        main.element(
            "p", [.id("progress")], text: say("\(answered) van \(asked) vragen beantwoord.", "\(answered) of \(asked) questions answered."))
        main.element(
            "p",
            text: say(
                "Uw antwoorden staan op het scherm van de trainer, naast die van de anderen.",
                "Your answers are on the trainer's screen, beside everyone else's."))
        if let open = sheet.firstOpenDomain {
            main.element("p") { p in
                p.element(
                    "a", [.id("room-open-question"), HTMLAttribute("href", "\(base)/d/\(open + 1)")],
                    text: say("Naar de eerste open vraag", "To the first open question"))
            }
        }
        main.element("p") { p in
            p.element("a", [HTMLAttribute("href", base + "/d/1")], text: say("Terug naar de vragen", "Back to the questions"))
        }
    }
}
