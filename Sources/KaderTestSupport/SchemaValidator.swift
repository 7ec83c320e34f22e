import Kader

/// Validates JSON values against the JSON Schemas ``JSONSchemaGenerator`` makes, so the Swift
/// tests check files against the generated schemas without Python. It knows the keywords the
/// generator uses (draft 2020-12: `type`, `enum`, `const`, `pattern` as far as Kader's id and
/// date patterns go, `properties`, `required`, `additionalProperties`, `propertyNames`, `items`,
/// `minItems`, `contains`, `anyOf`, `oneOf`, `allOf`, `not`, `if`/`then`, `dependentSchemas`,
/// `minimum`, `maximum`, `exclusiveMinimum`, `$ref` to `#/$defs/...`), and fails on any other.
public struct SchemaValidator {
    /// The schema, with its `$defs`.
    public let schema: JSONValue
    private let definitions: [String: JSONValue]

    /// A validator for `schema`.
    public init(schema: JSONValue) {
        self.schema = schema
        var definitions: [String: JSONValue] = [:]
        for (name, body) in schema.members("$defs") { definitions[name] = body }
        self.definitions = definitions
    }

    /// Every problem, as `$.path: what`; empty when `instance` is valid.
    public func errors(in instance: JSONValue) -> [String] {
        var errors: [String] = []
        check(instance, against: schema, at: "$", into: &errors)
        return errors
    }

    private func check(_ instance: JSONValue, against schema: JSONValue, at path: String, into errors: inout [String]) {
        if case .bool(let allowed) = schema {
            if !allowed { errors.append("\(path): not allowed here") }
            return
        }
        guard case .object(let keywords) = schema else { return errors.append("\(path): the schema is not an object") }
        for (keyword, value) in keywords {
            switch keyword {
            case "$schema", "title", "description", "default", "$defs", "then": continue
            case "$ref":
                guard case .string(let reference) = value, reference.hasPrefix("#/$defs/"),
                    let target = definitions[String(reference.dropFirst(8))]
                else {
                    errors.append("\(path): unknown $ref \(value)")
                    continue
                }
                check(instance, against: target, at: path, into: &errors)
            case "type":
                let names = value.strings
                if !names.contains(where: { instance.hasType($0) }) {
                    errors.append("\(path): \(instance.typeName) is not \(names.joined(separator: " or "))")
                }
            case "enum":
                if case .array(let allowed) = value, !allowed.contains(where: { Self.same($0, instance) }) {
                    errors.append("\(path): \(instance.serialized(compact: true)) is not one of \(value.serialized(compact: true))")
                }
            case "const":
                if !Self.same(instance, value) { errors.append("\(path): must be \(value.serialized(compact: true))") }
            case "pattern":
                if case .string(let text) = instance, case .string(let pattern) = value, !Self.matches(text, pattern) {
                    errors.append("\(path): '\(text)' does not match \(pattern)")
                }
            case "minimum", "maximum", "exclusiveMinimum":
                guard case .number(let number) = instance, case .number(let bound) = value else { continue }
                let fits = keyword == "minimum" ? number >= bound : keyword == "maximum" ? number <= bound : number > bound
                if !fits { errors.append("\(path): \(number) breaks \(keyword) \(bound)") }
            case "required":
                guard case .object = instance else { continue }
                for name in value.strings where instance.member(name) == nil { errors.append("\(path): '\(name)' is required") }
            case "properties", "additionalProperties", "propertyNames":
                checkObject(instance, keyword, value, keywords, at: path, into: &errors)
            case "items", "minItems", "contains":
                checkArray(instance, keyword, value, at: path, into: &errors)
            case "anyOf", "oneOf", "allOf":
                guard case .array(let branches) = value else { continue }
                let failures = branches.map { branch -> [String] in
                    var found: [String] = []
                    check(instance, against: branch, at: path, into: &found)
                    return found
                }
                let passed = failures.filter(\.isEmpty).count
                if keyword == "allOf" { errors += failures.flatMap { $0 } }
                if keyword == "anyOf", passed == 0 {
                    errors.append("\(path): matches none of anyOf (\(failures.flatMap { $0 }.prefix(3).joined(separator: "; ")))")
                }
                if keyword == "oneOf", passed != 1 { errors.append("\(path): matches \(passed) of oneOf, not exactly one") }
            case "not":
                var found: [String] = []
                check(instance, against: value, at: path, into: &found)
                if found.isEmpty { errors.append("\(path): matches a schema it must not match") }
            case "if":
                var found: [String] = []
                check(instance, against: value, at: path, into: &found)
                if found.isEmpty, let then = keywords.first(where: { $0.0 == "then" })?.1 {
                    check(instance, against: then, at: path, into: &errors)
                }
            case "dependentSchemas":
                guard case .object = instance else { continue }
                for (name, dependent) in value.members where instance.member(name) != nil {
                    check(instance, against: dependent, at: path, into: &errors)
                }
            default:
                errors.append("\(path): the validator does not know the keyword '\(keyword)'")
            }
        }
    }

    private func checkObject(
        _ instance: JSONValue, _ keyword: String, _ value: JSONValue, _ keywords: [(String, JSONValue)],
        at path: String, into errors: inout [String]
    ) {
        guard case .object(let members) = instance else { return }
        let declared = keywords.first { $0.0 == "properties" }?.1.members ?? []
        for (name, member) in members {
            let property = declared.first { $0.0 == name }?.1
            switch keyword {
            case "properties": if let property { check(member, against: property, at: "\(path).\(name)", into: &errors) }
            case "additionalProperties": if property == nil { check(member, against: value, at: "\(path).\(name)", into: &errors) }
            default: check(.string(name), against: value, at: "\(path).\(name) (key)", into: &errors)
            }
        }
    }

    private func checkArray(_ instance: JSONValue, _ keyword: String, _ value: JSONValue, at path: String, into errors: inout [String]) {
        guard case .array(let items) = instance else { return }
        switch keyword {
        case "items":
            for (index, item) in items.enumerated() { check(item, against: value, at: "\(path)[\(index)]", into: &errors) }
        case "minItems":
            if case .number(let minimum) = value, Double(items.count) < minimum {
                errors.append("\(path): fewer than \(Int(minimum)) items")
            }
        default:
            let matching = items.filter { item in
                var found: [String] = []
                check(item, against: value, at: path, into: &found)
                return found.isEmpty
            }
            if matching.isEmpty { errors.append("\(path): no item matches 'contains'") }
        }
    }

    /// Equal scalars, without writing them out as JSON (enums are checked thousands of times).
    static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.string(let x), .string(let y)): x == y
        case (.number(let x), .number(let y)): x == y
        case (.bool(let x), .bool(let y)): x == y
        case (.null, .null): true
        case (.string, _), (.number, _), (.bool, _), (.null, _): false
        default: a == b
        }
    }

    /// The two patterns the generator writes: an id (a letter, then word characters, at most
    /// 80) and a date. Any other pattern is an error in the test, not a silent pass.
    static func matches(_ text: String, _ pattern: String) -> Bool {
        switch pattern {
        case "^[^\\W\\d_]\\w{0,79}$":
            guard let first = text.first, first.isLetter, text.count <= 80 else { return false }
            return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        case "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$":
            let parts = text.split(separator: "-", omittingEmptySubsequences: false)
            guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
                parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
                let month = Int(parts[1]), let day = Int(parts[2])
            else { return false }
            return (1...12).contains(month) && (1...31).contains(day)
        default:
            return false
        }
    }
}

extension JSONValue {
    /// The members of an object (none for anything else).
    var members: [(String, JSONValue)] {
        if case .object(let pairs) = self { return pairs }
        return []
    }

    /// The members of the object under `key`.
    func members(_ key: String) -> [(String, JSONValue)] { member(key)?.members ?? [] }

    /// The member named `key` of an object.
    public func member(_ key: String) -> JSONValue? {
        members.first { $0.0 == key }?.1
    }

    /// The strings of an array, or the one string.
    var strings: [String] {
        switch self {
        case .string(let text): [text]
        case .array(let items): items.compactMap { if case .string(let text) = $0 { text } else { nil } }
        default: []
        }
    }

    /// JSON Schema's name of the value's type.
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .number(let n): n == n.rounded() ? "integer" : "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// True when the value is of JSON Schema's `type` (an integer is a number too).
    func hasType(_ name: String) -> Bool {
        name == typeName || (name == "number" && typeName == "integer")
    }
}
