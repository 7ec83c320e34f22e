/// What a key's value looks like. Each shape is one JSON Schema construct and one phrase in the
/// docs' key tables ("integer ≥ 0", "text", "list of ids").
public indirect enum ValueShape: Sendable {
    /// Any value (a third-party rule effect reads its own).
    case anything
    /// A bilingual text: `{nl: ..., en: ...}` or a plain string (Dutch).
    case text
    /// A plain string.
    case string
    /// A date, `YYYY-MM-DD`.
    case date
    /// An id: a letter, then letters, digits and `_`; none of `reserved`.
    case identifier(reserved: [String])
    /// An id, or a list of ids.
    case ids
    /// `true` or `false`.
    case boolean
    /// A whole number within optional bounds.
    case integer(minimum: Int?, maximum: Int?)
    /// A number within optional bounds; `above` is an exclusive lower bound.
    case number(minimum: Double?, maximum: Double?, above: Double?)
    /// A string, number, boolean or null.
    case scalar
    /// An expression that gives true or false (docs/expressions.md).
    case condition
    /// An expression that gives a number.
    case numberExpression
    /// One of these words.
    case words([String])
    /// Exactly this number (a format version).
    case constant(Int)
    /// The name of a registered plugin.
    case plugin(PluginKind)
    /// A list.
    case list(ValueShape, minItems: Int, rules: [ListRule])
    /// A mapping of its own kind.
    case object(ObjectFormat)
    /// Any one of these shapes.
    case either([ValueShape])
    /// A mapping from keys (ids when `idKeys`) to values of one shape.
    case map(ValueShape, idKeys: Bool)
    /// The shape, or null.
    case nullable(ValueShape)
    /// A shape with a name of its own, defined once in a schema and referred to by name.
    case named(String, summary: String, ValueShape)

    /// An id.
    public static let id = ValueShape.identifier(reserved: [])
    /// Any whole number.
    public static let anyInteger = ValueShape.integer(minimum: nil, maximum: nil)
    /// A whole number, zero or more.
    public static let count = ValueShape.integer(minimum: 0, maximum: nil)
    /// Any finite number.
    public static let anyNumber = ValueShape.number(minimum: nil, maximum: nil, above: nil)
    /// A number from 0 to 100: a score or a band bound.
    public static let percentage = ValueShape.number(minimum: 0, maximum: 100, above: nil)
    /// A number greater than zero: a weight.
    public static let positive = ValueShape.number(minimum: nil, maximum: nil, above: 0)

    /// A list of any length.
    public static func list(_ element: ValueShape) -> ValueShape { .list(element, minItems: 0, rules: []) }

    /// The words of a string enumeration, in declaration order.
    public static func words<Words: CaseIterable & RawRepresentable>(of type: Words.Type) -> ValueShape where Words.RawValue == String {
        .words(type.allCases.map(\.rawValue))
    }

    /// The allowed words, when the shape is a choice of words.
    public var allowedWords: [String]? {
        switch self {
        case .words(let words): words
        case .nullable(let inner), .named(_, _, let inner): inner.allowedWords
        default: nil
        }
    }
}

/// A constraint on the items of a list.
public enum ListRule: Sendable {
    /// When any item has `key`, every item has it, unless its `exemptKey` is one of `exemptValues`
    /// (when one option has a value, every scored option needs one).
    case allOrNone(key: String, exemptKey: String, exemptValues: [String])
    /// Some item has `key` (a scale has at least one option with a value).
    case someHas(key: String)
}

/// The plugins whose names a format refers to.
public enum PluginKind: Sendable {
    /// Aggregators (`aggregate: mean`).
    case aggregator
    /// Question kinds (`type: scale`).
    case questionKind
}
