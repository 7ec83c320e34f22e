import CYaml

/// Reads YAML text into ``YAMLNode``s with libyaml's event parser, enforcing ``YAMLLimits``.
///
/// The composer is iterative (an explicit stack, no recursion), so nesting 100,000 levels deep
/// stops with an error at the first level past the limit instead of overflowing the stack. Aliases
/// share the node they point to, and every alias counts its target's size against the node limit
/// and its target's text against the text limit, so a "billion laughs" file is refused after a few
/// thousand events and aliases of one long text are refused before any command prints them all.
public struct YAMLReader: Sendable {
    /// The limits in force.
    public var limits: YAMLLimits

    /// Creates a reader with `limits`.
    public init(limits: YAMLLimits = .standard) { self.limits = limits }

    /// What reading produced: the source (for showing lines) and the root, or the problems.
    public struct Output: Sendable {
        /// The decoded text, for diagnostics.
        public var source: SourceFile
        /// The document's root node, when reading succeeded.
        public var root: YAMLNode?
        /// Problems found; reading stops at the first one.
        public var diagnostics: DiagnosticList
    }

    /// Reads one YAML document from raw bytes: checks size and UTF-8, removes a byte-order mark,
    /// and parses.
    public func read(bytes: [UInt8], name: String) -> Output {
        switch decode(bytes, name: name) {
        case .text(let text): read(text: text, name: name)
        case .failed(let output): output
        }
    }

    /// The text `read(bytes:name:)` goes on to parse, or nil when it stops before parsing (too
    /// large, UTF-16, not UTF-8): for readers that try a faster way first.
    func text(of bytes: [UInt8]) -> String? {
        guard case .text(let text) = decode(bytes, name: "") else { return nil }
        return parsedText(text)
    }

    /// What checking the raw bytes gave: the text, or the output that reports why there is none.
    private enum Decoded {
        case text(String)
        case failed(Output)
    }

    private func decode(_ bytes: [UInt8], name: String) -> Decoded {
        var diagnostics = DiagnosticList()
        let start = SourceLocation(file: name, line: 1, column: 1)
        guard bytes.count <= limits.maxBytes else {
            diagnostics.append(
                .error(
                    "file-too-large", YAMLMessages.tooLarge(bytes.count, limits.maxBytes),
                    fix: YAMLMessages.tooLargeFix, at: start))
            return .failed(Output(source: SourceFile(name: name, text: ""), root: nil, diagnostics: diagnostics))
        }
        var body = bytes[...]
        let bom = body.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        body = body.dropFirst(bom)
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            diagnostics.append(.error("not-utf8", YAMLMessages.utf16, fix: YAMLMessages.saveAsUTF8, at: start))
            return .failed(Output(source: SourceFile(name: name, text: ""), root: nil, diagnostics: diagnostics))
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            let valid = UTF8Validation.validPrefix(body)
            let (line, column) = Self.position(after: String(decoding: body.prefix(valid), as: UTF8.self))
            let source = SourceFile(name: name, text: String(decoding: body, as: UTF8.self))
            diagnostics.append(
                .error(
                    "not-utf8", YAMLMessages.invalidUTF8(offset: valid + bom),
                    fix: YAMLMessages.saveAsUTF8, at: source.location(line: line + 1, column: column + 1)))
            return .failed(Output(source: source, root: nil, diagnostics: diagnostics))
        }
        return .text(text)
    }

    /// The 0-based line and column just after `prefix`, counting Unicode scalars (so that
    /// "\r\n" counts as one line end, as libyaml does).
    static func position(after prefix: String) -> (line: Int, column: Int) {
        var line = 0
        var column = 0
        for scalar in prefix.unicodeScalars {
            if scalar == "\n" {
                line += 1
                column = 0
            } else if scalar != "\r" {
                column += 1
            }
        }
        return (line, column)
    }

    /// Reads one YAML document from text.
    public func read(text: String, name: String) -> Output {
        let text = Self.withoutByteOrderMark(text)
        var diagnostics = DiagnosticList()
        if text.utf8.count > limits.maxBytes {
            diagnostics.append(
                .error(
                    "file-too-large", YAMLMessages.tooLarge(text.utf8.count, limits.maxBytes),
                    fix: YAMLMessages.tooLargeFix, at: SourceLocation(file: name, line: 1, column: 1)))
            return Output(source: SourceFile(name: name, text: ""), root: nil, diagnostics: diagnostics)
        }
        let source = SourceFile(name: name, text: text)
        if text.allSatisfy({ $0.isWhitespace }) {
            diagnostics.append(
                .error(
                    "empty-file", YAMLMessages.empty, fix: YAMLMessages.emptyFix,
                    at: source.location(line: 1, column: 1)))
            return Output(source: source, root: nil, diagnostics: diagnostics)
        }
        var composer = EventComposer(source: source, limits: limits)
        let root = composer.run(utf8: Array(text.utf8))
        diagnostics.append(contentsOf: composer.diagnostics)
        if root == nil, !diagnostics.hasErrors {
            diagnostics.append(
                .error(
                    "empty-file", YAMLMessages.empty, fix: YAMLMessages.emptyFix,
                    at: source.location(line: 1, column: 1)))
        }
        return Output(source: source, root: diagnostics.hasErrors ? nil : root, diagnostics: diagnostics)
    }

    /// `text` as `read(text:name:)` parses it: without a byte-order mark.
    static func withoutByteOrderMark(_ text: String) -> String {
        guard text.hasPrefix("\u{FEFF}") else { return text }
        var text = text
        text.removeFirst()
        return text
    }

    /// The text `read(text:name:)` parses, or nil when it stops before parsing (too large).
    func parsedText(_ text: String) -> String? {
        let text = Self.withoutByteOrderMark(text)
        return text.utf8.count > limits.maxBytes ? nil : text
    }
}

/// Finds how many leading bytes are valid UTF-8.
enum UTF8Validation {
    static func validPrefix(_ bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        var lastGood = 0
        // Count bytes per decoded scalar; the first error ends the valid prefix.
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                lastGood = consumed
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        return lastGood
    }
}

/// Builds nodes from libyaml events with an explicit stack.
private struct EventComposer {
    let source: SourceFile
    let limits: YAMLLimits
    var diagnostics = DiagnosticList()
    private var anchors: [String: (node: YAMLNode, size: Size)] = [:]
    private var nodeCount = 0
    /// The last scalar read: an unclosed quote or text after a closing quote shows in it.
    private var lastScalar: YAMLSyntaxProblem.Scalar?
    private var textBytes = 0

    /// What a node stands for once its aliases are expanded: nodes, and bytes of scalar text.
    private struct Size {
        var nodes = 1
        var bytes = 0

        static func += (lhs: inout Size, rhs: Size) {
            lhs.nodes += rhs.nodes
            lhs.bytes += rhs.bytes
        }
    }

    /// A collection being built. Its children wait on one shared stack (``EventComposer/children``)
    /// until it ends, so that a collection costs one array of the right size, not a growing one.
    private struct Frame {
        let isMapping: Bool
        let location: SourceLocation
        let tag: String?
        let anchor: String?
        /// Where its children start on the shared stack.
        let start: Int
        var size = Size()
    }

    init(source: SourceFile, limits: YAMLLimits) {
        self.source = source
        self.limits = limits
    }

    mutating func run(utf8 bytes: [UInt8]) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            diagnostics.append(.error("yaml-memory", YAMLMessages.outOfMemory, at: location(line: 0, column: 0)))
            return nil
        }
        defer { yaml_parser_delete(&parser) }
        // libyaml's own guard subtracts the scanner's flow level, which runs up to about 1,024
        // characters ahead of the events; with this margin our check (at the exact bracket or
        // dash past the limit) always fires first, and libyaml's stays a backstop.
        yaml_set_max_nest_level(Int32(limits.maxDepth + 4_096))
        return bytes.withUnsafeBufferPointer { buffer -> YAMLNode? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            return compose(&parser)
        }
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        source.location(line: line + 1, column: column + 1)
    }

    private mutating func compose(_ parser: inout yaml_parser_t) -> YAMLNode? {
        var stack: [Frame] = []
        // The finished children of every open collection, innermost last.
        var children: [YAMLNode] = []
        var root: YAMLNode?
        var documents = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                reportParserError(parser)
                return nil
            }
            defer { yaml_event_delete(&event) }
            let here = location(line: Int(event.start_mark.line), column: Int(event.start_mark.column))
            var finished: (node: YAMLNode, size: Size, anchor: String?)?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    diagnostics.append(
                        .error(
                            "several-documents", YAMLMessages.severalDocuments,
                            fix: YAMLMessages.severalDocumentsFix, at: here))
                    return nil
                }
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                guard data.length <= limits.maxScalarBytes else {
                    diagnostics.append(
                        .error(
                            "value-too-long", YAMLMessages.scalarTooLong(Int(data.length), limits.maxScalarBytes),
                            fix: YAMLMessages.tooLargeFix, at: here))
                    return nil
                }
                let text = String(decoding: UnsafeBufferPointer(start: data.value, count: Int(data.length)), as: UTF8.self)
                let style: YAMLNode.ScalarStyle =
                    switch data.style {
                    case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
                    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
                    case YAML_LITERAL_SCALAR_STYLE: .literal
                    case YAML_FOLDED_SCALAR_STYLE: .folded
                    default: .plain
                    }
                let tag = data.plain_implicit == 0 && data.quoted_implicit == 0 ? Self.string(data.tag) : nil
                lastScalar = YAMLSyntaxProblem.Scalar(
                    start: Self.position(event.start_mark), end: Self.position(event.end_mark),
                    style: style)
                finished = (
                    YAMLNode(.scalar(text, style), at: here, tag: tag), Size(nodes: 1, bytes: Int(data.length)), Self.string(data.anchor)
                )
            case YAML_ALIAS_EVENT:
                let name = Self.string(event.data.alias.anchor) ?? ""
                guard let target = anchors[name] else {
                    diagnostics.append(
                        .error(
                            "undefined-alias", YAMLMessages.undefinedAlias(name),
                            fix: YAMLMessages.undefinedAliasFix, at: here))
                    return nil
                }
                finished = (target.node, target.size, nil)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                guard stack.count < limits.maxDepth else {
                    diagnostics.append(
                        .error(
                            "too-deep", YAMLMessages.tooDeep(limits.maxDepth),
                            fix: YAMLMessages.tooDeepFix, at: here))
                    return nil
                }
                let tag: String?
                let anchor: String?
                if isMapping {
                    let data = event.data.mapping_start
                    tag = data.implicit == 0 ? Self.string(data.tag) : nil
                    anchor = Self.string(data.anchor)
                } else {
                    let data = event.data.sequence_start
                    tag = data.implicit == 0 ? Self.string(data.tag) : nil
                    anchor = Self.string(data.anchor)
                }
                stack.append(Frame(isMapping: isMapping, location: here, tag: tag, anchor: anchor, start: children.count))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { break }
                let node = Self.collection(frame, children: children)
                children.removeSubrange(frame.start...)
                finished = (node, frame.size, frame.anchor)
            default:
                break
            }
            guard let (node, size, anchor) = finished else { continue }
            // Each node counts once when it is made; an alias counts as a copy of its whole target,
            // its nodes and its text.
            let isAlias = event.type == YAML_ALIAS_EVENT
            nodeCount += isAlias ? size.nodes : 1
            guard nodeCount <= limits.maxNodes else {
                diagnostics.append(
                    .error(
                        "too-many-nodes", YAMLMessages.tooManyNodes(limits.maxNodes),
                        fix: YAMLMessages.tooManyNodesFix, at: here))
                return nil
            }
            textBytes += isAlias || event.type == YAML_SCALAR_EVENT ? size.bytes : 0
            guard textBytes <= limits.maxExpandedBytes else {
                diagnostics.append(
                    .error(
                        "too-much-text", YAMLMessages.tooMuchText(limits.maxExpandedBytes),
                        fix: YAMLMessages.tooMuchTextFix, at: here))
                return nil
            }
            if let anchor { anchors[anchor] = (node, size) }
            if !stack.isEmpty {
                stack[stack.count - 1].size += size
                children.append(node)
            } else {
                root = node
            }
        }
    }

    /// The node for `frame`, its children taken from the end of `children`.
    private static func collection(_ frame: Frame, children: [YAMLNode]) -> YAMLNode {
        if frame.isMapping {
            // Keys and values alternate; a key without a value (never sent by libyaml) is dropped.
            let pairs = stride(from: frame.start, to: children.count - 1, by: 2).map {
                YAMLPair(key: children[$0], value: children[$0 + 1])
            }
            return YAMLNode(.mapping(pairs), at: frame.location, tag: frame.tag)
        }
        return YAMLNode(.sequence(Array(children[frame.start...])), at: frame.location, tag: frame.tag)
    }

    private mutating func reportParserError(_ parser: yaml_parser_t) {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown problem"
        var at = Self.position(parser.problem_mark)
        if parser.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset, not a line: find the line ourselves.
            let (line, column) = YAMLReader.position(
                after: String(decoding: source.text.utf8.prefix(Int(parser.problem_offset)), as: UTF8.self))
            at = YAMLSyntaxProblem.Position(line: line + 1, column: column + 1)
        }
        if problem.contains("nesting level") {
            // libyaml's own depth guard (1000 levels) can fire before ours in flow collections.
            diagnostics.append(
                .error(
                    "too-deep", YAMLMessages.tooDeep(limits.maxDepth), fix: YAMLMessages.tooDeepFix,
                    at: source.location(line: at.line, column: at.column)))
            return
        }
        let context = parser.context.map { String(cString: $0) }
        let value = parser.error == YAML_READER_ERROR && parser.problem_value >= 0 ? UInt32(parser.problem_value) : nil
        let found = YAMLSyntaxProblem(
            problem: problem, context: context, at: at,
            contextAt: context == nil ? nil : Self.position(parser.context_mark), value: value, lastScalar: lastScalar)
        let diagnosis = found.diagnose(in: source)
        diagnostics.append(
            .error(
                "yaml-syntax", diagnosis.kind.message, fix: diagnosis.kind.fix,
                at: source.location(line: diagnosis.at.line, column: diagnosis.at.column), length: diagnosis.length))
    }

    /// A libyaml mark as a 1-based position.
    private static func position(_ mark: yaml_mark_t) -> YAMLSyntaxProblem.Position {
        YAMLSyntaxProblem.Position(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
    }
}
