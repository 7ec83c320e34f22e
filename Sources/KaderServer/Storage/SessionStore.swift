import Foundation
import Kader
import KaderFiles

/// The sign-in sessions of a hosted installation (`kader serve --hosted`): a session is a random
/// token in the browser's cookie; the database keeps only the token's SHA-256, so a copy of the
/// database signs nobody in. Each session has its own CSRF token, which every form of the
/// signed-in person carries. In the database, not in a process, so that any `kader serve` behind
/// the load balancer knows every session.
public protocol SessionStore: Sendable {
    /// Opens `session`, and removes the sessions that have ended, so that the table keeps only
    /// those that can still sign someone in.
    func openSession(_ session: NewSession) async throws
    /// The open session whose token hashes to `tokenHash`, with its account; nil when there is
    /// none, or it ended before `now` (ISO 8601, UTC).
    func session(tokenHash: String, now: String) async throws -> OpenSession?
    /// Ends the session (signing out); nothing happens when it does not exist.
    func closeSession(tokenHash: String) async throws
}

/// A session about to be opened.
public struct NewSession: Sendable {
    /// The random token for the cookie; only its hash is stored.
    public let token: SessionToken
    public let accountID: Int64
    /// The CSRF token every form of this session carries.
    public let csrf: String
    /// When the session ends (ISO 8601, UTC).
    public let expiresAt: String

    /// A session for `account` with fresh tokens, ending after `lifetime` seconds from `now`.
    public init(account: Int64, now: Date = Date(), lifetime: TimeInterval = 8 * 3600) {
        token = SessionToken()
        accountID = account
        csrf = SessionToken().text
        expiresAt = now.addingTimeInterval(lifetime).ISO8601Format()
    }
}

/// An open session and who it belongs to.
public struct OpenSession: Sendable, Equatable {
    public var account: Account
    public var csrf: String
    public var expiresAt: String
}

/// A session's token: 256 random bits as 64 hexadecimal digits.
public struct SessionToken: Sendable, Hashable {
    public let text: String

    /// A new token from the system's random number generator.
    public init() {
        var generator = SystemRandomNumberGenerator()
        text = (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
    }

    /// A token read from a cookie; nil for anything but 64 lowercase hexadecimal digits.
    public init?(_ text: some StringProtocol) {
        guard text.utf8.count == 64, text.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return nil }
        self.text = String(text)
    }

    /// What the database keeps: the token's SHA-256.
    public var hash: String { SHA256.hex(Array(text.utf8)) }
}
