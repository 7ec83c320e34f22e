import Foundation
import HTTPTypes
import Hummingbird
import Kader

/// What a hosted installation (`kader serve --hosted`) adds to every request: the session
/// cookie, the password check and the limit on wrong passwords. Nil in ``ServerApp`` without
/// `--hosted`, where nothing of this applies.
public struct HostedSecurity: Sendable {
    /// The cookie with the session's token.
    static let cookie = "kader_session"
    /// How long a session lasts after signing in.
    static let lifetime: TimeInterval = 8 * 3600
    /// A hash to check a password against when the address has no account, so that a wrong
    /// address takes as long as a wrong password and does not tell which addresses exist.
    let decoy: String
    let hasher: PasswordHasher
    /// Wrong passwords per client address and per account address: five in a row, then one a minute.
    let limiter: JoinLimiter

    /// The standard security; tests pass a cheaper hasher and their own limiter.
    public init(hasher: PasswordHasher = PasswordHasher()) {
        self.init(hasher: hasher, limiter: JoinLimiter(allowance: 5, interval: 60))
    }

    init(hasher: PasswordHasher, limiter: JoinLimiter) {
        self.hasher = hasher
        self.limiter = limiter
        decoy = hasher.hash(SessionToken().text.prefix(40).description)
    }

    /// The session cookie for `token`: HttpOnly (no script reads it), SameSite=Lax (another site's
    /// form does not carry it), and Secure when the request came through TLS, as the proxy in
    /// front says with `X-Forwarded-Proto: https`.
    static func cookie(_ value: String, maxAge: Int, request: Request) -> Cookie {
        let secure = request.headers[HTTPField.Name("X-Forwarded-Proto")!]?.lowercased() == "https"
        return Cookie(name: cookie, value: value, maxAge: maxAge, path: "/", secure: secure, httpOnly: true, sameSite: .lax)
    }

    static func now() -> String { Date().ISO8601Format() }
}
