/// Where JSON goes as it is described: built into a ``JSONValue`` (to inspect or pretty-print),
/// or written straight to compact bytes (a batch's JSON lines, where building a tree of values
/// and freeing it again cost more than scoring the response). ``ResultJSON`` describes a result
/// once, for both. Outputs may be noncopyable: a writer owns what it writes.
public protocol JSONOutput: ~Copyable {
    /// `null`.
    mutating func null()
    /// `true` or `false`.
    mutating func bool(_ value: Bool)
    /// A number: whole numbers without a point, others to at most 6 decimals.
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

extension JSONOutput where Self: ~Copyable {
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

    /// An array with one element per item of `items`, each written by `element` from the item
    /// in place (a `for` loop copies each element, counting a reference for each of its texts).
    public mutating func array<Element>(_ items: [Element], _ element: (inout Self, borrowing Element) -> Void) {
        beginArray()
        items.withUnsafeBufferPointer { buffer in
            for index in buffer.indices { element(&self, buffer[index]) }
        }
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

    /// A member holding a boolean or `null`.
    public mutating func field(_ name: StaticString, _ value: Bool?) {
        key(name)
        if let value { bool(value) } else { null() }
    }

    /// A member holding an array of strings.
    public mutating func field(_ name: StaticString, strings: [String]) {
        key(name)
        array(strings) { out, text in out.string(text) }
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
///
/// Noncopyable: it owns its bytes, so a write is a copy into them and nothing more (a
/// copy-on-write check on each of the thousands of writes of a result showed).
public struct CompactJSONWriter: JSONOutput, ~Copyable {
    private let out: ByteBuffer
    /// Whether the next value or key follows another in the same container.
    private var needsComma = false

    /// An empty writer; `capacity` is a guess of the size, to grow the buffer once.
    public init(capacity: Int = 16_384) { out = ByteBuffer(capacity: capacity) }

    /// The bytes written so far.
    public var bytes: [UInt8] { out.bytes }

    /// The comma that separates the next value from the one before.
    @inline(__always)
    private func separate() {
        if needsComma { out.append(UInt8(ascii: ",")) }
    }

    public mutating func null() {
        separate()
        out.append("null")
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        separate()
        out.append(value ? "true" : "false")
        needsComma = true
    }

    public mutating func number(_ value: Double) {
        separate()
        out.appendJSON(number: value)
        needsComma = true
    }

    public mutating func string(_ value: String) {
        separate()
        out.appendJSON(string: value)
        needsComma = true
    }

    public mutating func beginArray() {
        separate()
        out.append(UInt8(ascii: "["))
        needsComma = false
    }

    public mutating func endArray() {
        out.append(UInt8(ascii: "]"))
        needsComma = true
    }

    public mutating func beginObject() {
        separate()
        out.append(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func key(_ key: String) {
        separate()
        out.appendJSON(string: key)
        out.append(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func key(_ key: StaticString) {
        separate()
        guard key.hasPointerRepresentation else {
            out.append(UInt8(ascii: "\""))
            out.append(key)
            out.append("\":")
            needsComma = false
            return
        }
        // The quotes, the name and the colon in one copy.
        let length = key.utf8CodeUnitCount
        let target = out.reserve(length + 3)
        target.pointee = UInt8(ascii: "\"")
        (target + 1).update(from: key.utf8Start, count: length)
        (target + 1 + length).pointee = UInt8(ascii: "\"")
        (target + 2 + length).pointee = UInt8(ascii: ":")
        out.advance(by: length + 3)
        needsComma = false
    }

    public mutating func endObject() {
        out.append(UInt8(ascii: "}"))
        needsComma = true
    }
}
