import HummingbirdBcrypt
import Kader

/// Passwords of a hosted installation's accounts, kept only as bcrypt hashes (hummingbird-auth's
/// HummingbirdBcrypt): a salt per password and 2^cost rounds, so that a stolen database does not
/// give the passwords away cheaply. bcrypt reads at most 72 bytes, so a longer password is refused
/// rather than silently cut.
public struct PasswordHasher: Sendable {
    /// The shortest password accepted: long enough that guessing it online is hopeless.
    public static let minimumLength = 12
    /// The most bytes bcrypt reads.
    public static let maximumBytes = 72
    /// The standard work factor: 2^12 rounds, a quarter of a second or so per sign-in.
    public static let standardCost: UInt8 = 12

    /// log2 of the number of rounds.
    public let cost: UInt8

    /// A hasher with `cost` (tests use bcrypt's lowest, 4, to stay quick).
    public init(cost: UInt8 = standardCost) {
        self.cost = cost
    }

    /// The hash of `password`, salted; the password must meet ``problem(with:)``.
    public func hash(_ password: String) -> String {
        Bcrypt.hash(password, cost: cost)
    }

    /// Whether `password` is the one `hash` was made of.
    public func verify(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(password, hash: hash)
    }

    /// Why `password` cannot be used, or nil when it can.
    public static func problem(with password: String) -> Message? {
        if password.count < minimumLength {
            return Message(
                nl: "een wachtwoord heeft minstens \(minimumLength) tekens; dit heeft er \(password.count)",
                en: "a password has at least \(minimumLength) characters; this one has \(password.count)")
        }
        if password.utf8.count > maximumBytes {
            return Message(
                nl: "een wachtwoord is hoogstens \(maximumBytes) bytes lang (bcrypt leest niet verder); "
                    + "dit is \(password.utf8.count) bytes",
                en: "a password is at most \(maximumBytes) bytes long (bcrypt reads no further); "
                    + "this one is \(password.utf8.count) bytes")
        }
        return nil
    }
}
