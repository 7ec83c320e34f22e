import HTTPTypes
import Hummingbird
import Kader

/// Every page of the server is read with GET (or HEAD) and every form sent with POST: any other
/// method (PUT, DELETE, PATCH, OPTIONS, TRACE, …) is answered with 405 and the methods that are
/// allowed, as a page in the visitor's language, before any route runs. The router alone would
/// say "this page does not exist" of a page that does.
struct MethodGate: RouterMiddleware {
    typealias Context = ServerRequestContext
    static let allowed: [HTTPRequest.Method] = [.get, .head, .post]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard Self.allowed.contains(request.method) else { throw Self.refused }
        return try await next(request, context)
    }

    static let refused = PageError(
        .methodNotAllowed,
        Message(
            nl: "Deze pagina kan zo niet worden opgevraagd: deze server leest pagina's (GET) en neemt formulieren aan (POST); "
                + "er is niets gelezen of opgeslagen.",
            en: "This page cannot be requested this way: this server shows pages (GET) and takes forms (POST); "
                + "nothing was read or saved."))
}
