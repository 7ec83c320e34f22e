import Foundation
import Hummingbird
import Kader

/// `GET /login`, `POST /login`, `POST /logout`: signing in and out of a hosted installation.
/// Only added with `--hosted`.
enum SignInRoutes: RouteGroup {
    static func add(to router: Router<ServerRequestContext>, app: ServerApp) {
        guard let security = app.hosted else { return }
        router.get("/login") { request, context in
            var page = SignInPage(language: context.language, problem: nil, email: "")
            page.next = SignInPage.safeNext(request.uri.queryParameters.get("next"))
            return page.response(path: request.uri.path)
        }
        router.post("/login") { request, context in
            let form = try await FormBody.read(request, limit: app.limits.maxBody, fieldLimit: app.limits.maxField)
            let email = Account.normalised(form["email"] ?? "")
            let address = context.clientAddress ?? "unknown"
            guard security.limiter.allows(address), security.limiter.allows("account:" + email) else {
                throw PageError(
                    .tooManyRequests,
                    Message(
                        nl: "Te vaak een verkeerd wachtwoord. Probeer het over een minuut opnieuw.",
                        en: "Too many wrong passwords. Try again in a minute."))
            }
            let credentials = try await app.store.credentials(email: email)
            let password = form["password"] ?? ""
            // A wrong address costs a bcrypt check too, so that timing does not tell which addresses exist.
            let matches = security.hasher.verify(password, hash: credentials?.passwordHash ?? security.decoy)
            guard let account = credentials?.account, matches else {
                security.limiter.failed(address)
                security.limiter.failed("account:" + email)
                let problem = Message(nl: "Dit adres en wachtwoord horen niet bij elkaar.", en: "This address and password do not match.")
                var page = SignInPage(language: context.language, problem: problem, email: email)
                page.next = SignInPage.safeNext(form["next"])
                return page.response(path: request.uri.path, status: .unauthorized)
            }
            let session = NewSession(account: account.id, lifetime: HostedSecurity.lifetime)
            try await app.store.openSession(session)
            // Back to the page that asked for signing in (a colleague's link), else the start page.
            var response = HTMLResponse.seeOther(SignInPage.safeNext(form["next"]) ?? "/")
            response.setCookie(HostedSecurity.cookie(session.token.text, maxAge: Int(HostedSecurity.lifetime), request: request))
            return response
        }
        router.post("/logout") { request, context in
            if let value = request.cookies[HostedSecurity.cookie]?.value, let token = SessionToken(value) {
                try await app.store.closeSession(tokenHash: token.hash)
            }
            var response = HTMLResponse.seeOther("/login")
            response.setCookie(HostedSecurity.cookie("", maxAge: 0, request: request))
            return response
        }
    }
}
