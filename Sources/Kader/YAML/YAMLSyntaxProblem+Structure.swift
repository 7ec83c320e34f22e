/// Diagnoses of misplaced keys, list items, colons, commas and brackets, measured against the
/// indentation the text shows (``YAMLIndentation``).
extension YAMLSyntaxProblem {
    /// `: ` where libyaml allows no mapping value: inside a value on its key's line, or a key
    /// that libyaml read as the continuation of the text above it.
    func colon(_ text: YAMLIndentation) -> Diagnosis {
        let line = text.scalars(of: at.line)
        let start = contentStart(line)
        if let keyEnd = keyColon(line, from: start), keyEnd < at.column - 1 {
            return Diagnosis(kind: .colonInValue(value: restOfLine(line, from: keyEnd + 1)), at: at)
        }
        guard case .key(let key) = text.token(line: at.line, column: start + 1) else {
            return Diagnosis(kind: .colonInValue(value: restOfLine(line, from: start)), at: at)
        }
        let place = Position(line: at.line, column: start + 1)
        // A line of plain text just above: the key was read as that text's next line.
        let above = text.contentLine(before: at.line)
        if let above, text.entries(of: above).allSatisfy(\.isDash) {
            return Diagnosis(kind: .keyAfterValue(key: key, valueLine: above), at: place, length: key.unicodeScalars.count)
        }
        if let sibling = text.nearestKey(to: place.column, above: at.line), let name = sibling.key {
            return misplaced(key, at: place, sibling: sibling, name: name)
        }
        return Diagnosis(kind: .keyAfterValue(key: key, valueLine: above ?? at.line), at: place, length: key.unicodeScalars.count)
    }

    /// A block mapping found no key where it expected one.
    func expectedKey(_ text: YAMLIndentation) -> Diagnosis {
        if let afterValue = textAfterValue(text) { return afterValue }
        let levels = text.levels(above: at.line)
        switch text.token(line: at.line, column: at.column) {
        case .dash:
            if let sibling = levels.first(where: { !$0.isDash && $0.column == at.column }), let name = sibling.key {
                return Diagnosis(kind: .dashAmongKeys(column: at.column, sibling: name, siblingLine: sibling.line), at: at)
            }
            if let dash = text.nearestDash(to: at.column, above: at.line) {
                return Diagnosis(kind: .misplacedDash(column: at.column, expected: dash.column, siblingLine: dash.line), at: at)
            }
            if let sibling = text.nearestKey(to: at.column, above: at.line), let name = sibling.key {
                return Diagnosis(kind: .dashAmongKeys(column: at.column, sibling: name, siblingLine: sibling.line), at: at)
            }
            return Diagnosis(kind: .expectedKey(found: "-"), at: at)
        case .key(let key):
            if !levels.contains(where: { !$0.isDash && $0.column == at.column }),
                let sibling = text.nearestKey(to: at.column, above: at.line), let name = sibling.key
            {
                return misplaced(key, at: at, sibling: sibling, name: name)
            }
            return Diagnosis(kind: .expectedKey(found: key + ":"), at: at, length: key.unicodeScalars.count)
        case .other(let found):
            return Diagnosis(kind: .expectedKey(found: found), at: at, length: max(1, found.unicodeScalars.count))
        }
    }

    /// A block list found something other than a `-` where its next item would start.
    func expectedDash(_ text: YAMLIndentation) -> Diagnosis {
        if let afterValue = textAfterValue(text) { return afterValue }
        let levels = text.levels(above: at.line)
        switch text.token(line: at.line, column: at.column) {
        case .key(let key):
            if let list = levels.first(where: { $0.isDash && $0.column == at.column }) {
                return Diagnosis(
                    kind: .keyAmongItems(key: key, column: at.column, listLine: list.line), at: at,
                    length: key.unicodeScalars.count)
            }
            if let sibling = text.nearestKey(to: at.column, above: at.line), let name = sibling.key {
                return misplaced(key, at: at, sibling: sibling, name: name)
            }
            return Diagnosis(kind: .expectedKey(found: key + ":"), at: at, length: key.unicodeScalars.count)
        case .dash:
            if let dash = text.nearestDash(to: at.column, above: at.line) {
                return Diagnosis(kind: .misplacedDash(column: at.column, expected: dash.column, siblingLine: dash.line), at: at)
            }
            return Diagnosis(kind: .other(problem: problem), at: at)
        case .other(let found):
            return Diagnosis(kind: .expectedKey(found: found), at: at, length: max(1, found.unicodeScalars.count))
        }
    }

    /// Something after a complete value on its key's line: `t: {…} x`, `t: [a, b]]`.
    private func textAfterValue(_ text: YAMLIndentation) -> Diagnosis? {
        let line = text.scalars(of: at.line)
        let start = contentStart(line)
        guard let colon = keyColon(line, from: start), colon < at.column - 1,
            let key = YAMLIndentation.key(in: line, at: start)
        else { return nil }
        let found = restOfLine(line, from: at.column - 1)
        return Diagnosis(kind: .textAfterValue(key: key, text: found), at: at, length: max(1, found.unicodeScalars.count))
    }

    /// A `{…}` or `[…]` that found neither a comma nor its closing bracket.
    func flowProblem(_ text: YAMLIndentation) -> Diagnosis {
        let close: Character = problem.contains("']'") ? "]" : "}"
        if let open = contextAt, at.line > open.line, let opening = text.indentation(of: open.line),
            (text.indentation(of: at.line) ?? 1) <= opening, let bracket = character(open, in: text)
        {
            return Diagnosis(kind: .unclosedBracket(open: Character(bracket), close: close), at: open)
        }
        if character(at, in: text) == ":", let scalar = lastScalar, scalar.style == .plain,
            let word = lastWord(before: at, from: scalar.start, text)
        {
            return Diagnosis(kind: .missingComma(before: word.text, close: close), at: word.at, length: word.text.unicodeScalars.count)
        }
        return Diagnosis(kind: .expectedCommaOrClose(close: close), at: at)
    }

    /// The word just before `position` on its line, when the plain text it ends started before it.
    private func lastWord(before position: Position, from start: Position, _ text: YAMLIndentation) -> (text: String, at: Position)? {
        let line = text.scalars(of: position.line)
        var end = min(position.column - 1, line.count)
        while end > 0, line[end - 1] == " " { end -= 1 }
        var begin = end
        while begin > 0, line[begin - 1] != " ", line[begin - 1] != "{", line[begin - 1] != "[", line[begin - 1] != "," { begin -= 1 }
        let at = Position(line: position.line, column: begin + 1)
        guard begin < end, at.line > start.line || at.column > start.column else { return nil }
        return (String(String.UnicodeScalarView(line[begin..<end])), at)
    }

    /// Everything else libyaml reports, from `%` directives to a missing value.
    func otherProblem(_ text: YAMLIndentation) -> Diagnosis {
        let about = context ?? ""
        let start = contextAt ?? at
        if problem.contains("block sequence entries") {
            let line = text.scalars(of: at.line)
            let key = YAMLIndentation.key(in: line, at: contentStart(line)) ?? "…"
            return Diagnosis(kind: .dashAfterKey(key: key), at: at)
        }
        if problem.contains("mapping keys are not allowed") { return Diagnosis(kind: .questionMark, at: at) }
        if problem.contains("could not find expected ':'") {
            let found = restOfLine(text.scalars(of: start.line), from: start.column - 1)
            let withoutSpace = found.count > 1 && found.first == "-" && found.dropFirst().first != " "
            return Diagnosis(
                kind: withoutSpace ? .dashWithoutSpace(found) : .missingColon(found), at: start,
                length: max(1, found.unicodeScalars.count))
        }
        if about.contains("anchor") || about.contains("alias") {
            return Diagnosis(kind: .anchorName(alias: about.contains("alias")), at: start)
        }
        if about.contains("%TAG") || about.contains("directive") || problem.contains("directive") || problem.contains("incompatible YAML") {
            return Diagnosis(kind: .directive, at: about.contains("directive") ? start : at)
        }
        if about.contains("tag") || problem.contains("tag") { return Diagnosis(kind: .tag, at: start) }
        if about.contains("block scalar") {
            return Diagnosis(kind: .blockScalarHeader(indicatorZero: problem.contains("equal to 0")), at: at)
        }
        if problem.contains("node content") { return Diagnosis(kind: .missingValue, at: at) }
        if problem.contains("<document start>") { return Diagnosis(kind: .afterDocumentEnd, at: at) }
        return Diagnosis(kind: .other(problem: problem), at: at)
    }

    /// "the key 'en' is in column 2, but belongs in column 3, under 'nl' on line 11".
    private func misplaced(_ key: String, at place: Position, sibling: YAMLIndentation.Level, name: String) -> Diagnosis {
        Diagnosis(
            kind: .misplacedKey(key: key, column: place.column, expected: sibling.column, sibling: name, siblingLine: sibling.line),
            at: place, length: key.unicodeScalars.count)
    }

    // MARK: Reading a line

    /// The index where a line's content starts, past its indentation and any `- `.
    private func contentStart(_ line: [Unicode.Scalar]) -> Int {
        var index = line.firstIndex { $0 != " " } ?? line.count
        while YAMLIndentation.isDash(line, at: index) {
            index += 1
            while index < line.count, line[index] == " " { index += 1 }
        }
        return index
    }

    /// The index of the colon of the key that starts at `start`, if one does.
    private func keyColon(_ line: [Unicode.Scalar], from start: Int) -> Int? {
        guard YAMLIndentation.key(in: line, at: start) != nil else { return nil }
        return (start..<line.count).first { YAMLIndentation.isColonEnd(line, at: $0) }
    }

    /// The rest of a line from `index`, without a comment or surrounding spaces, cut to 40 characters.
    private func restOfLine(_ line: [Unicode.Scalar], from index: Int) -> String {
        var scalars = Array(line[min(max(0, index), line.count)...].drop { $0 == " " })
        if let comment = scalars.indices.first(where: { scalars[$0] == "#" && $0 > 0 && scalars[$0 - 1] == " " }) {
            scalars.removeSubrange(comment...)
        }
        let text = String(String.UnicodeScalarView(scalars)).trimmingTrailingSpaces
        return text.count > 40 ? String(text.prefix(39)) + "…" : text
    }
}
