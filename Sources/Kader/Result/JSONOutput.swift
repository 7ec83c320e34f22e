/// Where JSON goes as it is described: built into a ``JSONValue`` (to inspect or pretty-print),
/// or written straight to compact bytes (a batch's JSON lines, where building a tree of values
/// and freeing it again cost more than scoring the response). ``ResultJSON`` describes a result
/// once, for both.
public protocol JSONOutput {
    /// `null`.
    mutating func null()
    /// `true` or `false`.
    mutating func bool(_ value: Bool)
    /// A number (``JSONValue/format(_:)``).
    mutating func number(_ value: Double)
    /// A string.
    mutating func string(_ value: String)
    /// Starts an array; its elements follow.
    mutating func beginArray()
    /// Ends the innermost array.
    mutating func endArray()
    /// Starts an object; each member is a ``key(_:)`` followed by its value.
    mutating func beginObject()
    /// The key of the next member.
    mutating func key(_ key: String)
    /// The key of the next member, written in the program: plain ASCII that needs no escape.
    mutating func key(_ key: StaticString)
    /// Ends the innermost object.
    mutating func endObject()
}

extension JSONOutput {
    public mutating func key(_ key: StaticString) { self.key(key.description) }

    /// A number, or `null`.
    public mutating func number(_ value: Double?) {
        if let value { number(value) } else { null() }
    }

    /// A string, or `null`.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// An object whose members `body` writes.
    public mutating func object(_ body: (inout Self) -> Void) {
        beginObject()
        body(&self)
        endObject()
    }

    /// An array with one element per item, each written by `element`.
    public mutating func array<Items: Sequence>(_ items: Items, _ element: (inout Self, Items.Element) -> Void) {
        beginArray()
        for item in items { element(&self, item) }
        endArray()
    }

    /// A member holding a string or `null`.
    public mutating func field(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }

    /// A member holding a number or `null`.
    public mutating func field(_ name: StaticString, _ value: Double?) {
        key(name)
        number(value)
    }

    /// A member holding a boolean.
    public mutating func field(_ name: StaticString, _ value: Bool) {
        key(name)
        bool(value)
    }

    /// A member holding an array of strings.
    public mutating func field(_ name: StaticString, strings: [String]) {
        key(name)
        array(strings) { $0.string($1) }
    }
}

/// Builds a ``JSONValue`` from a description.
public struct JSONValueBuilder: JSONOutput {
    private enum Frame {
        case array([JSONValue])
        case object([(String, JSONValue)], key: String?)
    }

    private var frames: [Frame] = []
    private var finished: JSONValue?

    /// An empty builder.
    public init() {}

    /// The value described, once it is complete.
    public var value: JSONValue? { finished }

    private mutating func add(_ value: JSONValue) {
        switch frames.popLast() {
        case nil: finished = value
        case .array(var items)?:
            items.append(value)
            frames.append(.array(items))
        case .object(var members, let key)?:
            members.append((key ?? "", value))
            frames.append(.object(members, key: nil))
        }
    }

    public mutating func null() { add(.null) }
    public mutating func bool(_ value: Bool) { add(.bool(value)) }
    public mutating func number(_ value: Double) { add(.number(value)) }
    public mutating func string(_ value: String) { add(.string(value)) }
    public mutating func beginArray() { frames.append(.array([])) }
    public mutating func beginObject() { frames.append(.object([], key: nil)) }

    public mutating func key(_ key: String) {
        if case .object(let members, _)? = frames.popLast() { frames.append(.object(members, key: key)) }
    }

    public mutating func endArray() {
        if case .array(let items)? = frames.popLast() { add(.array(items)) }
    }

    public mutating func endObject() {
        if case .object(let members, _)? = frames.popLast() { add(.object(members)) }
    }
}

/// Writes a description as compact JSON bytes, the same bytes as
/// `JSONValue.serialized(compact: true)` gives for the built value.
public struct CompactJSONWriter: JSONOutput {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    /// Whether the next value or key follows another in the same container.
    private var needsComma = false

    /// An empty writer; `capacity` is a guess of the size, to grow the buffer once.
    public init(capacity: Int = 16_384) { bytes.reserveCapacity(capacity) }

    private mutating func separate() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
    }

    public mutating func null() {
        separate()
        bytes.append(contentsOf: [UInt8(ascii: "n"), UInt8(ascii: "u"), UInt8(ascii: "l"), UInt8(ascii: "l")])
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        separate()
        var text = value ? "true" : "false"
        text.withUTF8 { bytes.append(contentsOf: $0) }
        needsComma = true
    }

    public mutating func number(_ value: Double) {
        separate()
        var text = JSONValue.format(value)
        text.withUTF8 { bytes.append(contentsOf: $0) }
        needsComma = true
    }

    public mutating func string(_ value: String) {
        separate()
        JSONValue.escape(value, into: &bytes)
        needsComma = true
    }

    public mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    public mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func key(_ key: String) {
        separate()
        JSONValue.escape(key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func key(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        key.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }
}
