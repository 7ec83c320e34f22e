import Kader
import KaderReports

/// On a scan's first page and result page: for the owner, the way to fill in together with
/// colleagues (after the page's own content); for a colleague on their personal link, whose
/// answers these are (before it), and no way to the others'.
struct TogetherNote {
    let token: ScanToken
    /// True on a colleague's own scan.
    let isColleague: Bool
    let language: Language

    /// The note for the scan of `sheet`.
    init(sheet: ScanSheet, app: ServerApp, language: Language) async throws {
        token = sheet.scan.token
        isColleague = try await app.store.owner(ofColleague: sheet.scan.id) != nil
        self.language = language
    }

    /// The page's content with the note before it (a colleague) or after it (the owner).
    func around(_ main: inout HTMLWriter, _ content: (inout HTMLWriter) -> Void) {
        if isColleague { render(into: &main) }
        content(&main)
        if !isColleague { render(into: &main) }
    }

    func render(into main: inout HTMLWriter) {
        let say = Say(language)
        if isColleague {
            main.element(
                "p", [.class("notice"), .id("colleague-note")],
                text: say(
                    "U vult deze scan in als collega, met uw persoonlijke link: hier staan alleen uw eigen antwoorden. "
                        + "Wie de scan begon, ziet ze naast die van de anderen en legt na het gesprek de gezamenlijke antwoorden vast.",
                    "You fill in this scan as a colleague, with your personal link: only your own answers are here. "
                        + "Whoever started the scan sees them beside the others' and sets the agreed answers after the talk."))
        } else {
            main.element("p", [.id("together")]) { p in
                p.element(
                    "a", [.id("together-link"), HTMLAttribute("href", "/s/\(token.text)/together")],
                    text: say(
                        "Samen invullen met collega's: nodig ze uit en zie waar de antwoorden verschillen",
                        "Fill in together with colleagues: invite them and see where the answers differ"))
            }
        }
    }
}
