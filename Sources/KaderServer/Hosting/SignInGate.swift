import HTTPTypes
import Hummingbird
import Kader

/// In a hosted installation, every page but signing in, the assets and a masterclass
/// participant's own pages needs a signed-in person: a page is sent to `/login`, anything else
/// is refused with 401 before its route runs. A form (POST) from another site is refused with 403:
/// its `Origin` must be this server's, which the browser sets and a page cannot forge, and a
/// signed-in person's form must carry their session's CSRF token (``FormToken``). The open pages
/// keep their own rules (a room's join code, a participant's link). Without
/// `--hosted` it lets everything through, as before.
struct SignInGate: RouterMiddleware {
    typealias Context = ServerRequestContext
    let app: ServerApp

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard app.hosted != nil else { return try await next(request, context) }
        var context = context
        if let value = request.cookies[HostedSecurity.cookie]?.value, let token = SessionToken(value) {
            context.session = try await app.store.session(tokenHash: token.hash, now: HostedSecurity.now())
        }
        if request.method == .post, !Self.sameOrigin(request) { throw Self.crossSite }
        let path = request.uri.path
        if Self.isOpen(path) { return try await FormToken.$current.withValue(context.session?.csrf) { try await next(request, context) } }
        guard let session = context.session else {
            if request.method == .get || request.method == .head, !PageMiddleware.wantsJSON(request) {
                return HTMLResponse.seeOther(SignInPage.address(returningTo: path))
            }
            throw Self.signInFirst
        }
        var request = request
        if request.method == .post {
            let sent = try await FormToken.sent(in: &request, limits: app.limits)
            guard FormToken.matches(sent, session: session.csrf) else { throw FormToken.refused }
        }
        return try await FormToken.$current.withValue(session.csrf) { try await next(request, context) }
    }

    /// The paths anyone may reach: signing in, the assets, and a room's participants (no accounts).
    static func isOpen(_ path: String) -> Bool {
        path == "/login" || path.hasPrefix("/assets/") || path == "/m" || path.hasPrefix("/m/p/")
    }

    /// True when the form's `Origin` (or, without one, the browser's `Sec-Fetch-Site`) says it
    /// came from a page of this server. Our pages send no referrer (`Referrer-Policy: no-referrer`),
    /// and a browser then sends `Origin: null` even for its own forms: that says nothing, so
    /// `Sec-Fetch-Site` decides.
    static func sameOrigin(_ request: Request) -> Bool {
        if let origin = request.headers[.origin], origin != "null" {
            let host = origin.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first.map(String.init)
            return host != nil && host == request.head.authority
        }
        let site = request.headers[HTTPField.Name("Sec-Fetch-Site")!]
        return site == nil || site == "same-origin" || site == "none"
    }

    static let signInFirst = PageError(
        .unauthorized,
        Message(
            nl: "Meld u eerst aan; er is niets opgeslagen. Ga naar /login en probeer het daarna opnieuw.",
            en: "Sign in first; nothing was saved. Go to /login and try again afterwards."))

    static let crossSite = PageError(
        .forbidden,
        Message(
            nl: "Dit formulier kwam niet van een pagina van deze server; er is niets opgeslagen.",
            en: "This form did not come from a page of this server; nothing was saved."))
}
