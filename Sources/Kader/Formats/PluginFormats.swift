/// What plugins that do not describe their keys get: any value, so that a schema made with them
/// still accepts every framework that uses them.
extension QuestionKind {
    public static var keySpecs: [KeySpec] {
        keys.map { KeySpec($0, .anything, "A key of the '\(name)' question kind: \(summary.en).") }
    }
}

extension RuleEffect {
    public static var valueShape: ValueShape { .anything }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral {
    /// A string, written as a literal (a key's default).
    public init(stringLiteral value: String) { self = .string(value) }
    /// A whole number, written as a literal.
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    /// A number, written as a literal.
    public init(floatLiteral value: Double) { self = .number(value) }
    /// `true` or `false`, written as a literal.
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
