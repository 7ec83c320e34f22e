import Foundation
import Kader

/// The forms of the masterclass read strictly, every field checked before anything is written.
enum RoomForm {
    /// The longest case name and first name the forms take.
    static let maxTitle = 200
    static let maxName = 60

    /// The room a trainer's form asks for: an example case, or a framework with a case typed in.
    static func draft(_ form: FormBody, app: ServerApp, language: Language) throws -> RoomDraft {
        guard let id = form["framework"], ValueReader.isIdentifier(id) else {
            throw PageError(.badRequest, Message(nl: "Kies een kader voor de casus.", en: "Choose a framework for the case."))
        }
        let framework = try app.framework(id: id)
        if let exampleID = form["example"], !exampleID.isEmpty {
            guard let example = ExampleCase.cases(of: framework, language: language).first(where: { $0.id == exampleID }) else {
                throw PageError(
                    .badRequest,
                    Message(
                        nl: "Deze voorbeeldcasus bestaat niet (meer); kies er een op de pagina.",
                        en: "This example case does not exist (any more); choose one on the page."))
            }
            return RoomDraft(
                frameworkID: framework.id, frameworkVersion: framework.version, language: language, caseTitle: example.title,
                caseText: example.text)
        }
        let title = (form["title"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else {
            throw PageError(
                .badRequest, Message(nl: "Geef de casus een naam; er is niets opgeslagen.", en: "Give the case a name; nothing was saved."))
        }
        guard title.count <= maxTitle else {
            throw PageError(
                .contentTooLarge,
                Message(
                    nl: "De naam van de casus is langer dan \(maxTitle) tekens; er is niets opgeslagen.",
                    en: "The name of the case is longer than \(maxTitle) characters; nothing was saved."))
        }
        let text = (form["text"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        return RoomDraft(
            frameworkID: framework.id, frameworkVersion: framework.version, language: language, caseTitle: title, caseText: text)
    }

    /// The first name a participant typed: trimmed, one line, at most ``maxName`` characters.
    static func name(_ form: FormBody) throws(PageError) -> String {
        let name = (form["name"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else {
            throw PageError(.badRequest, Message(nl: "Vul uw voornaam in.", en: "Fill in your first name."))
        }
        guard name.count <= maxName, !name.contains(where: \.isNewline) else {
            throw PageError(
                .badRequest,
                Message(
                    nl: "Een voornaam van hoogstens \(maxName) tekens, op één regel.",
                    en: "A first name of at most \(maxName) characters, on one line."))
        }
        return name
    }
}

extension PageError {
    /// A join code that is not six characters of the code alphabet.
    static let malformedCode = PageError(
        .badRequest,
        Message(
            nl: "Dat is geen code: een code is zes letters en cijfers, zoals op het scherm van de trainer.",
            en: "That is not a code: a code is six letters and digits, as on the trainer's screen."))
    /// A code no room has.
    static let unknownCode = PageError(
        .notFound,
        Message(
            nl: "Deze code hoort bij geen masterclass. Kijk nog eens op het scherm van de trainer.",
            en: "This code belongs to no masterclass. Look at the trainer's screen again."))
    /// A room the trainer closed.
    static let closedRoom = PageError(
        .gone,
        Message(
            nl:
                "Deze masterclass is gesloten: de code werkt niet meer en er wordt niets meer opgeslagen. "
                + "Vraag de trainer om een nieuwe code.",
            en: "This masterclass is closed: the code no longer works and nothing is saved any more. Ask the trainer for a new code."))
    /// A trainer or participant link that leads to no room.
    static let unknownRoom = PageError(
        .notFound,
        Message(
            nl: "Deze masterclass bestaat niet. Controleer de link: die moet precies zo zijn als u hem kreeg.",
            en: "This masterclass does not exist. Check the link: it must be exactly as you received it."))

    /// Too many wrong codes from one address.
    static func tooManyCodes(wait seconds: Int) -> PageError {
        PageError(
            .tooManyRequests,
            Message(
                nl:
                    "Te veel verkeerde codes vanaf dit apparaat. Probeer het over \(seconds) seconden opnieuw, "
                    + "en kijk goed naar de code op het scherm.",
                en: "Too many wrong codes from this device. Try again in \(seconds) seconds, and look closely at the code on the screen."))
    }
}
