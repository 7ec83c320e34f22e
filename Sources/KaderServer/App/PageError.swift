import Hummingbird
import Kader

/// A request the server turns down, as the visitor reads it: a status and a message in both
/// languages. Routes throw it; ``PageMiddleware`` shows it as a page in the visitor's language.
public struct PageError: Error, Sendable {
    /// The HTTP status (a 4xx for the visitor's mistakes, 503 when the database cannot be written).
    public var status: HTTPResponse.Status
    /// What went wrong and what to do.
    public var message: Message
    /// The page's heading when the status's own (``title``) would say something else.
    var heading: Message?

    /// Creates one.
    public init(_ status: HTTPResponse.Status, _ message: Message) {
        self.status = status
        self.message = message
    }

    /// A link that leads to no scan.
    static let unknownScan = PageError(
        .notFound,
        Message(
            nl: "Deze scan bestaat niet. Controleer de link: die moet precies zo zijn als u hem kreeg.",
            en: "This scan does not exist. Check the link: it must be exactly as you received it."))

    /// The page's title for the status.
    var title: Message {
        if let heading { return heading }
        return switch status.code {
        case 400: Message(nl: "Dit verzoek klopt niet", en: "This request is not right")
        case 404: Message(nl: "Niet gevonden", en: "Not found")
        case 405: Message(nl: "Dit kan hier niet", en: "Not allowed here")
        case 409: Message(nl: "Al verstuurd", en: "Already sent")
        case 410: Message(nl: "Gesloten", en: "Closed")
        case 413: Message(nl: "Te veel tekst in één keer", en: "Too much text at once")
        case 421: Message(nl: "Verkeerd adres", en: "Wrong address")
        case 429: Message(nl: "Even wachten", en: "Please wait")
        case 503: Message(nl: "Niet opgeslagen", en: "Not saved")
        default: Message(nl: "Er ging iets mis", en: "Something went wrong")
        }
    }

    /// Any error a route threw, as a page error: the store's and Hummingbird's own included.
    static func from(_ error: any Error) -> PageError {
        switch error {
        case let error as PageError: return error
        case StoreError.duplicateSubmit:
            return PageError(
                .conflict,
                Message(
                    nl: "Dit formulier was al verstuurd; er is niets opnieuw opgeslagen. Uw antwoorden van de eerste keer zijn bewaard.",
                    en: "This form had already been sent; nothing was saved again. Your answers from the first time are kept."))
        case StoreError.unknownScan: return .unknownScan
        case StoreError.notWritten(let reason):
            return PageError(
                .serviceUnavailable,
                Message(
                    nl: "De database kon niet worden geschreven (\(reason)). Uw laatste wijziging is NIET opgeslagen. "
                        + "Controleer of de schijf vol is of de map alleen-lezen, en probeer het opnieuw.",
                    en: "The database could not be written (\(reason)). Your last change was NOT saved. "
                        + "Check whether the disk is full or the folder read-only, and try again."))
        case StoreError.unreachable:
            return PageError(
                .serviceUnavailable,
                Message(
                    nl: "De database is op dit moment niet bereikbaar. Uw laatste wijziging is NIET opgeslagen. "
                        + "Probeer het over een minuut opnieuw; blijft dit zo, meld het dan aan de beheerder van deze site.",
                    en: "The database cannot be reached at the moment. Your last change was NOT saved. "
                        + "Try again in a minute; if it stays like this, tell the administrator of this site."))
        case let error as any HTTPResponseError where error.status == .contentTooLarge:
            return PageError(
                .contentTooLarge,
                Message(
                    nl: "Het formulier is groter dan de grens van 256 KiB; er is niets opgeslagen. Maak de toelichtingen korter.",
                    en: "The form is larger than the limit of 256 KiB; nothing was saved. Make the notes shorter."))
        case let error as any HTTPResponseError where error.status == .notFound:
            return PageError(.notFound, Message(nl: "Deze pagina bestaat niet.", en: "This page does not exist."))
        case let error as any HTTPResponseError where error.status == .methodNotAllowed:
            return PageError(
                .methodNotAllowed, Message(nl: "Deze pagina kan zo niet worden opgevraagd.", en: "This page cannot be requested this way."))
        case let error as any HTTPResponseError where (400..<500).contains(error.status.code):
            return PageError(error.status, Message(nl: "Het verzoek werd niet begrepen.", en: "The request was not understood."))
        default:
            return PageError(
                .internalServerError,
                Message(
                    nl: "Er ging iets mis in Kader; er is niets opgeslagen van dit verzoek. Probeer het opnieuw.",
                    en: "Something went wrong in Kader; nothing of this request was saved. Please try again."))
        }
    }
}
