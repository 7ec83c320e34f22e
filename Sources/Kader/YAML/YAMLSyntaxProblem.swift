/// What libyaml reported when it stopped, and what it had read just before: the facts a
/// diagnosis in the author's terms (``YAMLSyntaxKind``) is made from. Positions are 1-based.
struct YAMLSyntaxProblem {
    /// A line and column (Unicode scalars), 1-based.
    struct Position: Equatable {
        var line: Int
        var column: Int
    }

    /// The last scalar libyaml read before the problem.
    struct Scalar {
        var start: Position
        /// Just past its last character (past the closing quote, for a quoted one).
        var end: Position
        var style: YAMLNode.ScalarStyle
    }

    /// libyaml's problem and context sentences (English; shown only when nothing else fits).
    var problem: String
    var context: String?
    /// Where libyaml found the problem.
    var at: Position
    /// Where the construct it was reading started (a quote, a bracket, a key).
    var contextAt: Position?
    /// The character a reader error is about.
    var value: UInt32?
    var lastScalar: Scalar?

    /// The diagnosis, and where it points.
    struct Diagnosis {
        var kind: YAMLSyntaxKind
        var at: Position
        var length = 1
    }

    /// What the author most likely did, read from `source`.
    func diagnose(in source: SourceFile) -> Diagnosis {
        let text = YAMLIndentation(source: source)
        if let quoting = quotingProblem(text) { return quoting }
        if problem.contains("tab character") || character(at, in: text) == "\t" {
            let before = text.scalars(of: at.line).prefix(max(0, at.column - 1))
            return Diagnosis(kind: .tab(inIndentation: before.allSatisfy { $0 == " " || $0 == "\t" }), at: at)
        }
        if problem.contains("control characters") { return Diagnosis(kind: .controlCharacter(value ?? 0), at: at) }
        let encoding = ["UTF-", "octet sequence", "surrogate", "Unicode character"]
        if context == nil, encoding.contains(where: problem.contains) {
            // Only the reader's errors come without a context; the UTF-8 check before parsing
            // finds these first, so this is a backstop.
            return Diagnosis(kind: .encoding, at: at)
        }
        if problem.contains("cannot start any token"), let c = character(at, in: text) {
            return Diagnosis(kind: .reservedCharacter(Character(c)), at: at)
        }
        if problem.contains("mapping values are not allowed") || problem.contains("found unexpected ':'") { return colon(text) }
        if problem.contains("did not find expected key") { return expectedKey(text) }
        if problem.contains("expected '-' indicator") { return expectedDash(text) }
        if problem.contains("expected ',' or") { return flowProblem(text) }
        return otherProblem(text)
    }

    // MARK: Quotes

    /// Unclosed quotes, text after a closing quote, and escapes.
    private func quotingProblem(_ text: YAMLIndentation) -> Diagnosis? {
        let inQuoted = context?.contains("quoted scalar") ?? false
        if inQuoted, let start = contextAt, problem.contains("end of stream") || problem.contains("document indicator") {
            let quote = character(start, in: text).map(Character.init) ?? "\""
            return Diagnosis(kind: .unclosedQuote(quote: quote, line: start.line, atEnd: true), at: start)
        }
        if inQuoted, problem.contains("escape character") {
            return Diagnosis(kind: .unknownEscape(snippet(at, length: 2, in: text)), at: at, length: 2)
        }
        if inQuoted, problem.contains("hexdecimal") || problem.contains("Unicode character escape") {
            // libyaml points past `\x`; the escape starts at the backslash before it.
            let line = text.scalars(of: at.line)
            let backslash = (0..<min(at.column, line.count)).last { line[$0] == "\\" } ?? (at.column - 1)
            let escape = Position(line: at.line, column: backslash + 1)
            return Diagnosis(kind: .badHexEscape(snippet(escape, length: 2, in: text)), at: escape, length: 2)
        }
        guard let scalar = lastScalar, scalar.style == .singleQuoted || scalar.style == .doubleQuoted,
            let quote = character(scalar.start, in: text).map(Character.init)
        else { return nil }
        if scalar.end.line > scalar.start.line, at.line == scalar.end.line, at.column >= scalar.end.column,
            runsOutOfItsPlace(scalar, text)
        {
            return Diagnosis(kind: .unclosedQuote(quote: quote, line: scalar.start.line, atEnd: false), at: scalar.start)
        }
        let line = text.scalars(of: at.line)
        guard at.line == scalar.end.line, at.column >= scalar.end.column,
            line[min(line.count, scalar.end.column - 1)..<min(line.count, at.column - 1)].allSatisfy({ $0 == " " })
        else { return nil }
        if scalar.start.line == scalar.end.line, let into = nextPart(inside: scalar, text) {
            return Diagnosis(kind: .quoteRunsOn(quote: quote, into: into), at: scalar.start)
        }
        let closing = Position(line: scalar.end.line, column: scalar.end.column - 1)
        let index = closing.column - 1
        if quote == "'", index > 0, index + 1 < line.count,
            line[index - 1].properties.isAlphabetic, line[index + 1].properties.isAlphabetic
        {
            return Diagnosis(kind: .apostrophe(word: word(around: index, in: line)), at: closing)
        }
        return Diagnosis(kind: .textAfterQuote(quote: quote), at: closing)
    }

    /// True when a quoted text that runs over several lines has a line no further right than
    /// the line it opens on: YAML wants such lines indented, so the author forgot to close it
    /// and the text swallowed the keys that follow.
    private func runsOutOfItsPlace(_ scalar: Scalar, _ text: YAMLIndentation) -> Bool {
        guard scalar.end.line > scalar.start.line, let opening = text.indentation(of: scalar.start.line) else { return false }
        return (scalar.start.line + 1...scalar.end.line).contains { line in
            guard let indentation = text.indentation(of: line) else { return false }
            return indentation <= opening
        }
    }

    /// `, key:` inside a quoted text on one line: the next part of a `{…}` the text ran into.
    private func nextPart(inside scalar: Scalar, _ text: YAMLIndentation) -> String? {
        let line = text.scalars(of: scalar.start.line)
        let inner = scalar.start.column..<max(scalar.start.column, min(line.count, scalar.end.column - 2))
        for comma in inner where line[comma] == "," {
            var start = comma + 1
            while start < inner.upperBound, line[start] == " " { start += 1 }
            if let key = YAMLIndentation.key(in: Array(line[..<inner.upperBound]), at: start), !key.contains(","), !key.contains(" ") {
                return ", \(key):"
            }
        }
        return nil
    }

    /// The word with an apostrophe at `index`, such as "Don't".
    private func word(around index: Int, in line: [Unicode.Scalar]) -> String {
        var start = index
        while start > 0, line[start - 1].properties.isAlphabetic { start -= 1 }
        var end = index + 1
        while end < line.count, line[end].properties.isAlphabetic { end += 1 }
        return String(String.UnicodeScalarView(line[start..<end]))
    }

    // MARK: Characters

    func character(_ position: Position, in text: YAMLIndentation) -> Unicode.Scalar? {
        let line = text.scalars(of: position.line)
        let index = position.column - 1
        return index >= 0 && index < line.count ? line[index] : nil
    }

    func snippet(_ position: Position, length: Int, in text: YAMLIndentation) -> String {
        let line = text.scalars(of: position.line)
        let start = min(max(0, position.column - 1), line.count)
        return String(String.UnicodeScalarView(line[start..<min(line.count, start + length)]))
    }
}
