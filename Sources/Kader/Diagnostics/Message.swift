/// A sentence for people, in Dutch and in English.
///
/// Every message Kader shows exists in both languages; the caller picks one with ``text(in:)``.
/// Where code words a short text on the spot rather than keeping it, ``Say`` picks it.
public struct Message: Sendable, Hashable {
    /// The Dutch text.
    public var nl: String
    /// The English text.
    public var en: String

    /// Creates a message from its Dutch and English text.
    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        language.pick(nl, en)
    }

    /// Both texts with `other` appended, separated by a space.
    public func appending(_ other: Message) -> Message {
        Message(nl: nl + " " + other.nl, en: en + " " + other.en)
    }
}

/// The languages Kader speaks.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    /// Dutch, the working language of the bundled frameworks.
    case nl
    /// English.
    case en

    /// `dutch` in Dutch, `english` in English: the one place a language chooses between two
    /// values. Texts go through ``Message`` or ``Say``; this is for what is not a `String`
    /// (the bytes of a prepared text, a decimal separator, the other language).
    @inlinable
    public func pick<Value>(_ dutch: Value, _ english: Value) -> Value {
        switch self {
        case .nl: dutch
        case .en: english
        }
    }

    /// The language that is not this one (the page's language switch offers it).
    public var other: Language { pick(.en, .nl) }
}
