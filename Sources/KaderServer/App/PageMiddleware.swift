import HTTPTypes
import Hummingbird
import Kader

/// Around every request: picks the visitor's language (`?lang=` sets the `kader_lang` cookie),
/// turns every error into a page in that language with the right 4xx or 5xx status, and sets
/// the security headers on every response: a Content-Security-Policy that allows only this
/// server's own script and styles (no inline script, nothing from another origin).
struct PageMiddleware: RouterMiddleware {
    typealias Context = ServerRequestContext
    static let cookie = "kader_lang"
    static let policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"

    let app: ServerApp

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        try await PageShell.$hosted.withValue(app.hosted != nil) { try await answer(request, context: context, next: next) }
    }

    private func answer(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let asked = request.uri.queryParameters.get("lang").flatMap { Language(rawValue: $0.lowercased()) }
        let remembered = request.cookies[Self.cookie].flatMap { Language(rawValue: $0.value) }
        context.language = asked ?? remembered ?? app.defaultLanguage
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            let failure = PageError.from(error)
            if failure.status.code >= 500, !(error is PageError) { context.logger.error("request failed: \(String(describing: error))") }
            if Self.wantsJSON(request) {
                // The page's script: the reason in its own shape, shown beside "niet opgeslagen".
                response = try AnswerRoutes.json(PageState.failure(failure.message.text(in: context.language)), status: failure.status)
            } else {
                response = ErrorPage(error: failure, language: context.language, path: request.uri.path).response
            }
            if failure.status == .methodNotAllowed { response.headers[.allow] = "GET, HEAD, POST" }
        }
        if let asked, asked != remembered {
            response.setCookie(
                Cookie(name: Self.cookie, value: asked.rawValue, maxAge: 365 * 24 * 3600, path: "/", httpOnly: true, sameSite: .lax))
        }
        Self.secure(&response.headers)
        return response
    }

    /// True for the page script's calls, which ask for JSON.
    static func wantsJSON(_ request: Request) -> Bool {
        request.headers[.accept]?.contains("application/json") == true
    }

    /// The headers every response carries.
    static func secure(_ headers: inout HTTPFields) {
        let csp = HTTPField.Name("Content-Security-Policy")!
        if headers[csp] == nil { headers[csp] = policy }
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        if headers[.cacheControl] == nil { headers[.cacheControl] = "no-store" }
    }
}
