/// A JSON value with object keys in a fixed order, so output is byte-for-byte deterministic.
/// (Not `indirect`: arrays already hold their elements on the heap, and boxing every number and
/// string made building, writing and freeing a result's JSON a third of a batch's time.)
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// An object; keys keep the order given.
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
    public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

    /// An optional number or null.
    public static func number(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }
    /// An optional string or null.
    public static func string(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }

    /// The JSON text; pretty-printed with two-space indentation unless `compact`.
    public func serialized(compact: Bool = false) -> String {
        let out = ByteBuffer(capacity: 16_384)
        write(to: out, indent: compact ? nil : 0)
        return out.string
    }

    private func write(to out: ByteBuffer, indent: Int?) {
        switch self {
        case .null: out.append("null")
        case .bool(let b): out.append(b ? "true" : "false")
        case .number(let n): out.appendJSON(number: n)
        case .string(let s): out.appendJSON(string: s)
        case .array(let items):
            guard !items.isEmpty else { return out.append("[]") }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(out, indent.map { $0 + 1 })
                item.write(to: out, indent: indent.map { $0 + 1 })
            }
            newline(out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            guard !pairs.isEmpty else { return out.append("{}") }
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in pairs.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(out, indent.map { $0 + 1 })
                out.appendJSON(string: key)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(UInt8(ascii: " ")) }
                value.write(to: out, indent: indent.map { $0 + 1 })
            }
            newline(out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private func newline(_ out: ByteBuffer, _ indent: Int?) {
        guard let indent else { return }
        let target = out.reserve(1 + 2 * indent)
        target.pointee = UInt8(ascii: "\n")
        (target + 1).initialize(repeating: UInt8(ascii: " "), count: 2 * indent)
        out.advance(by: 1 + 2 * indent)
    }
}
