import Kader
import KaderReports

/// A paragraph on the start page that leads somewhere else: a question in the reader's words and
/// a link that answers it.
struct StartPageLink {
    let id: String
    let href: String
    let question: Message
    let link: Message

    /// To the upload page, for a response file or a survey tool's export.
    static let upload = StartPageLink(
        id: "upload", href: "/upload",
        question: Message(
            nl: "Heeft u al een antwoordbestand of een export van een enquêtetool? ",
            en: "Do you have a response file or a survey tool's export? "),
        link: Message(nl: "Lees een bestand in", en: "Read in a file"))

    /// To a new masterclass room, so that a trainer need not type `/m/new`.
    static let room = StartPageLink(
        id: "room", href: "/m/new",
        question: Message(
            nl: "Geeft u een masterclass? Laat de deelnemers een casus scoren op hun telefoon: ",
            en: "Teaching a masterclass? Let the participants score a case on their phones: "),
        link: Message(nl: "open een masterclassruimte", en: "open a masterclass room"))

    func render(into main: inout HTMLWriter, language: Language) {
        main.element("p", [.id(id + "-intro")]) { p in
            p.text(question.text(in: language))
            p.element("a", [.id(id + "-link"), HTMLAttribute("href", href)], text: link.text(in: language))
        }
    }
}
