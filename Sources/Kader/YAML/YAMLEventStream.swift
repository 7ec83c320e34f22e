import CYaml

/// libyaml's events for one document of plain mappings, sequences and scalars, for a reader that
/// takes a file apart as it is parsed instead of building ``YAMLNode``s first.
///
/// It stops (``Stop``) at everything such a reader leaves to ``YAMLReader``: a syntax error, an
/// anchor, an alias, an explicit tag, a second document, a scalar, depth or node count past the
/// limits. The caller then reads the file with ``YAMLReader``, which reports the problem as
/// usual; so a file read here is one ``YAMLReader`` reads without a word.
struct YAMLEventStream {
    /// Thrown to give the file back to ``YAMLReader``.
    struct Stop: Error {}

    enum Event {
        case scalar(Scalar, Mark)
        case mappingStart(Mark)
        case sequenceStart(Mark)
        /// The end of the innermost open mapping or sequence.
        case end
    }

    /// A scalar's bytes as libyaml holds them: valid until the stream's next event, and made
    /// into a `String` only where one is kept (a key is compared, an option id matched, as bytes).
    struct Scalar {
        let bytes: UnsafeBufferPointer<UInt8>
        let style: YAMLNode.ScalarStyle

        /// The scalar as text.
        var text: String { String(decoding: bytes, as: UTF8.self) }

        /// True for YAML's null: an empty, `~` or `null` plain scalar (as ``YAMLNode/isNull(_:_:)``).
        var isNull: Bool {
            guard style == .plain else { return false }
            switch bytes.count {
            case 0: return true
            case 1: return bytes[0] == UInt8(ascii: "~")
            case 4: return Self.nulls.contains { bytes.elementsEqual($0) }
            default: return false
            }
        }

        private static let nulls = ["null", "Null", "NULL"].map { Array($0.utf8) }

        /// True when the bytes are `other`'s UTF-8.
        func equals(_ other: [UInt8]) -> Bool {
            other.withUnsafeBufferPointer { bytes.sameBytes(as: $0) }
        }

        /// True when the bytes are `other`'s UTF-8.
        func equals(_ other: String) -> Bool {
            var other = other
            return other.withUTF8 { bytes.sameBytes(as: $0) }
        }
    }

    /// Where an event starts, 0-based as libyaml counts. Made into a ``SourceLocation`` only
    /// where one is kept: a location holds the file name, and copying it for every event showed.
    struct Mark {
        let line: Int
        let column: Int
    }

    /// The location of `mark` in the file.
    func location(_ mark: Mark) -> SourceLocation {
        source.location(line: mark.line + 1, column: mark.column + 1)
    }

    private var parser = yaml_parser_t()
    /// The last event, kept until the next so that a scalar's bytes stay valid.
    private var current = yaml_event_t()
    private var holding = false
    private let source: SourceFile
    private let limits: YAMLLimits
    private var depth = 0
    private var nodes = 0

    private init(source: SourceFile, limits: YAMLLimits) {
        self.source = source
        self.limits = limits
    }

    /// Runs `body` over the events of the document in `source`, which it must read whole (the
    /// root node and nothing more); nil when it or the stream stops.
    static func read<Value>(
        _ source: SourceFile, limits: YAMLLimits,
        _ body: (inout YAMLEventStream) throws(Stop) -> Value
    ) -> Value? {
        var text = source.text
        return text.withUTF8 { bytes -> Value? in
            var stream = YAMLEventStream(source: source, limits: limits)
            guard yaml_parser_initialize(&stream.parser) == 1 else { return nil }
            defer { yaml_parser_delete(&stream.parser) }
            // The same setting as ``YAMLReader``'s (the setting is libyaml's, for every parser).
            yaml_set_max_nest_level(Int32(limits.maxDepth + 4_096))
            yaml_parser_set_input_string(&stream.parser, bytes.baseAddress, bytes.count)
            yaml_parser_set_encoding(&stream.parser, YAML_UTF8_ENCODING)
            defer { stream.release() }
            do {
                try stream.expect(YAML_STREAM_START_EVENT)
                try stream.expect(YAML_DOCUMENT_START_EVENT)
                let value = try body(&stream)
                try stream.expect(YAML_DOCUMENT_END_EVENT)
                try stream.expect(YAML_STREAM_END_EVENT)
                return value
            } catch {
                return nil
            }
        }
    }

    /// Frees the event kept.
    private mutating func release() {
        if holding { yaml_event_delete(&current) }
        holding = false
    }

    /// The next event of the document. A scalar's bytes are valid until the next call.
    mutating func next() throws(Stop) -> Event {
        release()
        guard yaml_parser_parse(&parser, &current) == 1 else { throw Stop() }
        holding = true
        let event = current
        let here = Mark(line: Int(event.start_mark.line), column: Int(event.start_mark.column))
        switch event.type {
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            guard data.anchor == nil, data.plain_implicit != 0 || data.quoted_implicit != 0,
                data.length <= limits.maxScalarBytes
            else { throw Stop() }
            try count()
            let bytes = UnsafeBufferPointer(start: data.value, count: Int(data.length))
            let style: YAMLNode.ScalarStyle =
                switch data.style {
                case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
                case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
                case YAML_LITERAL_SCALAR_STYLE: .literal
                case YAML_FOLDED_SCALAR_STYLE: .folded
                default: .plain
                }
            return .scalar(Scalar(bytes: bytes, style: style), here)
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            guard data.anchor == nil, data.implicit != 0 else { throw Stop() }
            try open()
            return .mappingStart(here)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            guard data.anchor == nil, data.implicit != 0 else { throw Stop() }
            try open()
            return .sequenceStart(here)
        case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
            depth -= 1
            return .end
        default:
            // Aliases, and document or stream events inside the document.
            throw Stop()
        }
    }

    private mutating func count() throws(Stop) {
        nodes += 1
        guard nodes <= limits.maxNodes else { throw Stop() }
    }

    private mutating func open() throws(Stop) {
        guard depth < limits.maxDepth else { throw Stop() }
        depth += 1
        try count()
    }

    private mutating func expect(_ type: yaml_event_type_t) throws(Stop) {
        release()
        guard yaml_parser_parse(&parser, &current) == 1 else { throw Stop() }
        holding = true
        guard current.type == type else { throw Stop() }
    }
}
