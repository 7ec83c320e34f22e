import HTTPTypes
import Hummingbird
import Kader

/// Without `--hosted` the server has no accounts: whoever can make a request to it can open every
/// scan. Listening on loopback alone keeps other computers out, but not other web sites open in the
/// same browser. So, without `--hosted`:
///
/// - a request must name the server by a loopback address (`Host: 127.0.0.1:8080`, `localhost`,
///   `[::1]`). A site whose own name an attacker points at 127.0.0.1 (DNS rebinding) sends its own
///   name, and gets a refusal instead of the start page with every scan's link;
/// - a form must come from a page of this server (the same `Origin` and `Sec-Fetch-Site` check as a
///   hosted installation's), so that another site cannot make the browser start scans, upload files
///   or open rooms here.
///
/// A hosted installation has sign-in, sessions and CSRF tokens instead (``SignInGate``), and any host name.
struct LocalOnlyGate: RouterMiddleware {
    typealias Context = ServerRequestContext
    let app: ServerApp

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard app.hosted == nil else { return try await next(request, context) }
        let named = [request.head.authority, request.headers[Self.host]].compactMap { $0 }
        if let other = named.first(where: { !ListenAddress.isLoopback(Self.hostName(of: $0)) }) {
            throw Self.otherName(other)
        }
        if request.method != .get, request.method != .head, !SignInGate.sameOrigin(request) { throw SignInGate.crossSite }
        return try await next(request, context)
    }

    /// The `Host` header as a field: HTTP/1 puts it in the request's authority, and a request may
    /// carry it as a field besides; both must name this computer.
    static let host = HTTPField.Name("Host")!

    /// The host name in `authority`: without the port, and an IPv6 address without its brackets.
    static func hostName(of authority: String) -> String {
        if authority.hasPrefix("["), let end = authority.firstIndex(of: "]") {
            return String(authority[authority.index(after: authority.startIndex)..<end])
        }
        return String(authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }

    /// The page for a request that names the server otherwise than by a loopback address.
    static func otherName(_ authority: String) -> PageError {
        let shown = String(authority.prefix(100))
        return PageError(
            .misdirectedRequest,
            Message(
                nl: "Deze server is alleen te openen als http://127.0.0.1 of http://localhost (met het poortnummer), "
                    + "niet als '\(shown)'; er is niets gelezen of opgeslagen. Open het adres dat 'kader serve' bij het starten liet zien.",
                en: "This server can only be opened as http://127.0.0.1 or http://localhost (with the port number), "
                    + "not as '\(shown)'; nothing was read or saved. Open the address 'kader serve' showed when it started."))
    }
}
