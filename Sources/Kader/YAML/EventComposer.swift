import CYaml

/// Builds nodes from libyaml events with an explicit stack.
struct EventComposer {
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
            diagnostics.append(.error(.yamlMemory, YAMLMessages.outOfMemory, at: location(line: 0, column: 0)))
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
                            .severalDocuments, YAMLMessages.severalDocuments,
                            fix: YAMLMessages.severalDocumentsFix, at: here))
                    return nil
                }
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                guard data.length <= limits.maxScalarBytes else {
                    diagnostics.append(
                        .error(
                            .valueTooLong, YAMLMessages.scalarTooLong(Int(data.length), limits.maxScalarBytes),
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
                            .undefinedAlias, YAMLMessages.undefinedAlias(name),
                            fix: YAMLMessages.undefinedAliasFix, at: here))
                    return nil
                }
                finished = (target.node, target.size, nil)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isMapping = event.type == YAML_MAPPING_START_EVENT
                guard stack.count < limits.maxDepth else {
                    diagnostics.append(
                        .error(
                            .tooDeep, YAMLMessages.tooDeep(limits.maxDepth),
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
                        .tooManyNodes, YAMLMessages.tooManyNodes(limits.maxNodes),
                        fix: YAMLMessages.tooManyNodesFix, at: here))
                return nil
            }
            textBytes += isAlias || event.type == YAML_SCALAR_EVENT ? size.bytes : 0
            guard textBytes <= limits.maxExpandedBytes else {
                diagnostics.append(
                    .error(
                        .tooMuchText, YAMLMessages.tooMuchText(limits.maxExpandedBytes),
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
                    .tooDeep, YAMLMessages.tooDeep(limits.maxDepth), fix: YAMLMessages.tooDeepFix,
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
                .yamlSyntax, diagnosis.kind.message, fix: diagnosis.kind.fix,
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
