import Kader

/// YAML documents as the JSON values a JSON Schema validates: scalars resolved as YAML 1.2's
/// core schema does (as editors and `Tests/schema/validate.py` read them): `~`, `null` and an
/// empty plain scalar are null, `true`/`false` booleans, plain numbers numbers, and everything
/// else (quoted scalars, dates, `ja`) a string.
public enum YAMLJSON {
    /// The JSON value of `node`.
    public static func value(_ node: YAMLNode) -> JSONValue {
        switch node.kind {
        case .mapping(let pairs): return .object(pairs.map { ($0.key.scalar ?? "", value($0.value)) })
        case .sequence(let items): return .array(items.map(value))
        case .scalar(let text, let style):
            guard style == .plain else { return .string(text) }
            return plain(text)
        }
    }

    /// The JSON value of `text`, parsed as YAML (nil when it is not YAML).
    public static func value(yaml text: String) -> JSONValue? {
        YAMLReader().read(text: text, name: "document.yaml").root.map(value)
    }

    /// A plain scalar's value.
    static func plain(_ text: String) -> JSONValue {
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        default: break
        }
        if isNumber(text), let number = Double(text), number.isFinite { return .number(number) }
        return .string(text)
    }

    /// YAML 1.2 core integers and floats (`[-+]?[0-9]+`, `1.5`, `.5`, `1e3`), not `0x..`, `.inf` or `.nan`.
    private static func isNumber(_ text: String) -> Bool {
        var scalars = Substring(text)
        if scalars.first == "-" || scalars.first == "+" { scalars = scalars.dropFirst() }
        guard let first = scalars.first, first.isASCII, first.isNumber || first == "." else { return false }
        return scalars.allSatisfy { $0.isASCII && ($0.isNumber || ".eE+-".contains($0)) }
    }

    /// `value` as YAML text that a loader reads back as the same value: JSON, which is YAML,
    /// with plain-scalar strings written as JSON strings.
    public static func yaml(_ value: JSONValue) -> String {
        value.serialized()
    }
}
