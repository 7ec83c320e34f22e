/// The options a choice value can take: a scale's, or a choice question's own.
public struct OptionSpace: Sendable, Hashable {
    /// A name for messages: `scale 'mate'` or `question 'kanalen'`.
    public var name: String
    /// The option ids in order.
    public var ids: [String]
    /// Each option's value (nil for unscored options).
    public var values: [Double?]
    /// The ids that mean "weet niet" or "n.v.t.".
    public var missingIDs: Set<String>

    /// Creates an option space.
    public init(name: String, ids: [String], values: [Double?], missingIDs: Set<String> = []) {
        self.name = name
        self.ids = ids
        self.values = values
        self.missingIDs = missingIDs
    }

    /// The value of option `id`.
    public func value(of id: String) -> Double? {
        ids.firstIndex(of: id).flatMap { values[$0] }
    }
}

/// The static type of an expression, checked when the framework loads.
public indirect enum ExprType: Sendable, Hashable, CustomStringConvertible {
    /// A number.
    case number
    /// True or false (or unknown at run time).
    case bool
    /// Text.
    case text
    /// One option of a scale or choice question; compares with its ids and, by value, with numbers.
    case option(OptionSpace)
    /// Several chosen options; supports `'id' in q` and `count(q)`.
    case options(OptionSpace)
    /// A level of the growth model; compares with level ids in model order.
    case level
    /// A list.
    case list(ExprType)

    /// The type's name in messages.
    public var description: String {
        switch self {
        case .number: "number"
        case .bool: "boolean"
        case .text: "text"
        case .option(let space): "option of \(space.name)"
        case .options(let space): "choices of \(space.name)"
        case .level: "level"
        case .list(let element): "list of \(element)"
        }
    }

    /// The type's name in Dutch messages.
    public var dutch: String {
        switch self {
        case .number: "getal"
        case .bool: "waar/onwaar"
        case .text: "tekst"
        case .option(let space): "optie van \(space.name)"
        case .options(let space): "keuzes van \(space.name)"
        case .level: "niveau"
        case .list(let element): "lijst van \(element.dutch)"
        }
    }

    /// True for types that can stand where a number is needed (options count by their value).
    public var isNumeric: Bool {
        switch self {
        case .number, .option: true
        default: false
        }
    }
}
