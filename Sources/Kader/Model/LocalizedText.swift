/// A text in Dutch and English, as a framework author writes it: `{nl: ..., en: ...}`.
///
/// A plain string counts as Dutch. When the requested language is missing, the other one is used,
/// and the linter flags the missing translation.
public struct LocalizedText: Sendable, Hashable {
    /// The Dutch text, if given.
    public var nl: String?
    /// The English text, if given.
    public var en: String?

    /// Creates a text from its translations.
    public init(nl: String?, en: String?) {
        self.nl = nl
        self.en = en
    }

    /// The text in `language`, falling back to the other language.
    public func text(in language: Language) -> String {
        switch language {
        case .nl: nl ?? en ?? ""
        case .en: en ?? nl ?? ""
        }
    }

    /// The languages this text is missing, among `languages`.
    public func missing(of languages: [Language]) -> [Language] {
        languages.filter { $0.pick(nl, en)?.isEmpty ?? true }
    }
}
