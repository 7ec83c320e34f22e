/// A node of a YAML document, with the place it came from.
///
/// Kader builds these straight from libyaml's events (see ``YAMLReader``) rather than through a
/// general decoder, so that every value the loader reads still knows its line and column, and so
/// that limits on depth, size and alias expansion hold while the file is being read.
public final class YAMLNode: Sendable {
    /// How a scalar was written; quoted scalars are always text.
    public enum ScalarStyle: Sendable, Hashable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    /// The shape of the node.
    public enum Kind: Sendable {
        /// A scalar: its text, how it was written, and an explicit tag if one was given.
        case scalar(String, ScalarStyle)
        /// A sequence of nodes.
        case sequence([YAMLNode])
        /// A mapping, its pairs in file order.
        case mapping([YAMLPair])
    }

    /// The shape and content.
    public let kind: Kind
    /// Where the node starts.
    public let location: SourceLocation
    /// An explicit tag such as `!custom`, if the author wrote one.
    public let tag: String?

    /// Creates a node.
    public init(_ kind: Kind, at location: SourceLocation, tag: String? = nil) {
        self.kind = kind
        self.location = location
        self.tag = tag
    }

    /// The scalar's text, or nil for collections.
    public var scalar: String? {
        if case .scalar(let text, _) = kind { return text }
        return nil
    }

    /// The scalar's style, or nil for collections.
    public var scalarStyle: ScalarStyle? {
        if case .scalar(_, let style) = kind { return style }
        return nil
    }

    /// True for a plain scalar, which YAML may read as a number, a boolean or null.
    public var isPlain: Bool { scalarStyle == .plain }

    /// True for `null`, `~` or an empty plain scalar.
    public var isNull: Bool {
        guard case .scalar(let text, let style) = kind else { return false }
        return Self.isNull(text, style)
    }

    /// True when a scalar with `text` written in `style` means null.
    static func isNull(_ text: String, _ style: ScalarStyle) -> Bool {
        style == .plain && (text.isEmpty || text == "~" || text == "null" || text == "Null" || text == "NULL")
    }

    /// The pairs of a mapping, or nil.
    public var mapping: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The items of a sequence, or nil.
    public var sequence: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The value for a scalar key in a mapping.
    public subscript(key: String) -> YAMLNode? {
        mapping?.first { $0.key.scalar == key }?.value
    }

    /// A short word for the node's shape, for messages ("text", "a list", "a mapping").
    public var shapeName: Message {
        switch kind {
        case .scalar: isNull ? Message(nl: "een lege waarde", en: "an empty value") : Message(nl: "een enkele waarde", en: "a single value")
        case .sequence: Message(nl: "een lijst", en: "a list")
        case .mapping: Message(nl: "een mapping (sleutels met waarden)", en: "a mapping (keys with values)")
        }
    }
}

/// A key and its value in a mapping.
///
/// A struct rather than a tuple: freeing an array of tuples goes through the run time's generic
/// walk over the tuple's parts, which was a sixth of loading a framework.
public struct YAMLPair: Sendable {
    public let key: YAMLNode
    public let value: YAMLNode

    /// Creates a pair.
    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
