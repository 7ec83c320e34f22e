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
                    .fileTooLarge, YAMLMessages.tooLarge(bytes.count, limits.maxBytes),
                    fix: YAMLMessages.tooLargeFix, at: start))
            return .failed(Output(source: SourceFile(name: name, text: ""), root: nil, diagnostics: diagnostics))
        }
        var body = bytes[...]
        let bom = body.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        body = body.dropFirst(bom)
        if body.starts(with: [0xFF, 0xFE]) || body.starts(with: [0xFE, 0xFF]) {
            diagnostics.append(.error(.notUTF8, YAMLMessages.utf16, fix: YAMLMessages.saveAsUTF8, at: start))
            return .failed(Output(source: SourceFile(name: name, text: ""), root: nil, diagnostics: diagnostics))
        }
        guard let text = String(validating: body, as: UTF8.self) else {
            let valid = UTF8Validation.validPrefix(body)
            let (line, column) = Self.position(after: String(decoding: body.prefix(valid), as: UTF8.self))
            let source = SourceFile(name: name, text: String(decoding: body, as: UTF8.self))
            diagnostics.append(
                .error(
                    .notUTF8, YAMLMessages.invalidUTF8(offset: valid + bom),
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
                    .fileTooLarge, YAMLMessages.tooLarge(text.utf8.count, limits.maxBytes),
                    fix: YAMLMessages.tooLargeFix, at: SourceLocation(file: name, line: 1, column: 1)))
            return Output(source: SourceFile(name: name, text: ""), root: nil, diagnostics: diagnostics)
        }
        let source = SourceFile(name: name, text: text)
        if text.allSatisfy({ $0.isWhitespace }) {
            diagnostics.append(
                .error(
                    .emptyFile, YAMLMessages.empty, fix: YAMLMessages.emptyFix,
                    at: source.location(line: 1, column: 1)))
            return Output(source: source, root: nil, diagnostics: diagnostics)
        }
        var composer = EventComposer(source: source, limits: limits)
        let root = composer.run(utf8: Array(text.utf8))
        diagnostics.append(contentsOf: composer.diagnostics)
        if root == nil, !diagnostics.hasErrors {
            diagnostics.append(
                .error(
                    .emptyFile, YAMLMessages.empty, fix: YAMLMessages.emptyFix,
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
