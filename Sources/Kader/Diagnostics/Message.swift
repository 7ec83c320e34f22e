/// A sentence for people, in Dutch and in English.
///
/// Every message Kader shows exists in both languages; the caller picks one with ``text(in:)``.
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
        language == .nl ? nl : en
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
}
