import Hummingbird
import Kader
import KaderReports

/// The CSRF token of a hosted installation's forms: every form a signed-in person gets carries
/// their session's token in a hidden field, and every form they send back must carry it
/// (``SignInGate`` checks it before the route runs). Another site can make a browser send a form,
/// but cannot read the token from our pages, so its form is refused and nothing is written.
///
/// The token reaches the pages through a task-local value that ``SignInGate`` sets for the
/// request it answers, so that every page writes its forms with ``HTMLWriter/postForm(_:_:_:)``
/// and none has to be handed the session. Without `--hosted`, or without a session, it is nil
/// and forms are written as they always were.
enum FormToken {
    /// The hidden field's name.
    static let field = "csrf"

    /// The token of the session whose request is being answered.
    @TaskLocal static var current: String?

    /// True when `sent` is the session's token. Compares every byte, so that the time taken does
    /// not tell how much of a guess was right.
    static func matches(_ sent: String?, session: String) -> Bool {
        guard let sent else { return false }
        let a = Array(sent.utf8)
        let b = Array(session.utf8)
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }

    /// The token a form sent: a hidden field of an ordinary form or of a file upload. Reads the
    /// whole body (up to the route's own limit) and puts it back for the route.
    static func sent(in request: inout Request, limits: ServerLimits) async throws -> String? {
        let type = request.headers[.contentType] ?? ""
        let multipart = type.lowercased().hasPrefix("multipart/form-data")
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: multipart ? limits.maxUpload : limits.maxBody)
        } catch {
            throw tooLarge
        }
        let bytes = Array(buffer.readableBytesView)
        if multipart { return try MultipartForm(body: bytes, contentType: type).text(field) }
        return try FormBody(bytes: bytes, fieldLimit: limits.maxField)[field]
    }

    static let refused = PageError(
        .forbidden,
        Message(
            nl: "Dit formulier hoort niet bij uw aanmelding (het is verlopen of kwam niet van uw eigen pagina); "
                + "er is niets opgeslagen. Laad de pagina opnieuw en probeer het nog eens.",
            en: "This form does not belong to your sign-in (it expired or did not come from your own page); "
                + "nothing was saved. Reload the page and try again."))

    static let tooLarge = PageError(
        .contentTooLarge,
        Message(
            nl: "Het formulier is groter dan deze server aanneemt; er is niets opgeslagen.",
            en: "The form is larger than this server accepts; nothing was saved."))
}

extension HTMLWriter {
    /// A form that posts to `action`, with the session's CSRF token as a hidden field when
    /// someone is signed in to a hosted installation (see ``FormToken``).
    mutating func postForm(_ action: String, _ attributes: [HTMLAttribute] = [], _ content: (inout HTMLWriter) -> Void) {
        element("form", attributes + [HTMLAttribute("method", "post"), HTMLAttribute("action", action)]) { form in
            if let token = FormToken.current {
                form.void("input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", FormToken.field), HTMLAttribute("value", token)])
            }
            content(&form)
        }
    }
}
