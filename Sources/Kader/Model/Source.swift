/// A publication or page a framework's content rests on.
public struct SourceReference: Sendable, Hashable {
    /// The id that advice and questions use to cite it.
    public var id: String
    /// A short citation: author, year, title.
    public var title: LocalizedText
    /// Author, year and a short title, for reports beside an advice item.
    public var short: LocalizedText? = nil
    /// A web address, if there is one.
    public var url: String?
    /// Where it was defined.
    public var location: SourceLocation
}

/// A field of extra information a response may carry, such as the municipality or the date of
/// the board meeting. Declared so that expressions can refer to it and be checked.
public struct ContextField: Sendable, Hashable {
    /// The kind of value.
    public enum Kind: String, Sendable, Hashable { case text, number }
    /// The key in a response's `context`.
    public var id: String
    /// What the field is.
    public var label: LocalizedText
    /// Text or number.
    public var kind: Kind
    /// Where it was defined.
    public var location: SourceLocation
}
