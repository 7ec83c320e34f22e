/// Maps an offset in a scalar's decoded text back to its line and column in the file, so that an
/// error inside an expression points at the right character even when the YAML string is quoted
/// with escapes, wraps over several lines, or is a `|` or `>` block.
///
/// It walks the raw source from the scalar's start and decodes as libyaml does: escapes, `''` in
/// single quotes, line folding (a line break and the next line's indentation become one space),
/// and block indentation.
public enum ScalarPositions {
    /// The file location of decoded offset `offset` in `node`.
    public static func location(ofOffset offset: Int, in node: YAMLNode, source: SourceFile) -> SourceLocation {
        let fallback = node.location.advanced(byColumns: offset + (node.isPlain ? 0 : 1))
        guard let style = node.scalarStyle, node.location.file == source.name else { return fallback }
        // Lines are decoded only as far as the walk goes: a placeholder near the start of a
        // scalar costs a line or two, not the rest of the file.
        let lines = Lines(source: source, first: node.location.line)
        guard lines.has(0) else { return fallback }
        var walker = Walker(lines: lines, line: 0, column: node.location.column - 1)
        let found: (Int, Int)?
        switch style {
        case .plain: found = walker.flow(to: offset, quote: nil)
        case .singleQuoted:
            walker.column += 1
            found = walker.flow(to: offset, quote: "'")
        case .doubleQuoted:
            walker.column += 1
            found = walker.flow(to: offset, quote: "\"")
        case .literal, .folded: found = walker.block(to: offset)
        }
        guard let (line, column) = found else { return fallback }
        return SourceLocation(file: source.name, line: node.location.line + line, column: column + 1)
    }

    /// The file's lines from `first` on, decoded to scalars when first reached, at most 10,000.
    private final class Lines {
        let source: SourceFile
        let first: Int
        private var decoded: [[Unicode.Scalar]] = []
        private var ended = false

        init(source: SourceFile, first: Int) {
            self.source = source
            self.first = first
        }

        /// True when line `index` (0-based from `first`) exists.
        func has(_ index: Int) -> Bool {
            while decoded.count <= index, !ended {
                guard decoded.count < 10_000, let line = source.line(first + decoded.count) else {
                    ended = true
                    break
                }
                decoded.append(Array(line.unicodeScalars))
            }
            return index < decoded.count
        }

        subscript(index: Int) -> [Unicode.Scalar] {
            _ = has(index)
            return decoded[index]
        }
    }

    private struct Walker {
        let lines: Lines
        var line: Int
        var column: Int

        private var current: Unicode.Scalar? { lines.has(line) && column < lines[line].count ? lines[line][column] : nil }
        private var atLineEnd: Bool { lines.has(line) && column >= lines[line].count }

        /// True when only spaces or tabs remain on this line.
        private func onlyBlanksRemain() -> Bool {
            guard lines.has(line) else { return true }
            return lines[line][column...].allSatisfy { $0 == " " || $0 == "\t" }
        }

        /// Moves to the first non-blank of the next line(s); returns how many line breaks it took.
        private mutating func skipLineBreak() -> Int {
            var breaks = 0
            repeat {
                line += 1
                column = 0
                breaks += 1
                while let c = current, c == " " || c == "\t" { column += 1 }
            } while lines.has(line) && atLineEnd && breaks < 10_000
            return breaks
        }

        mutating func flow(to offset: Int, quote: Unicode.Scalar?) -> (Int, Int)? {
            var decoded = 0
            while lines.has(line) {
                if decoded >= offset, !atLineEnd { return (line, column) }
                if atLineEnd || (onlyBlanksRemain() && quote != nil) {
                    let breaks = skipLineBreak()
                    decoded += breaks == 1 ? 1 : breaks - 1
                    continue
                }
                guard let c = current else { return nil }
                if quote == "'", c == "'" {
                    guard column + 1 < lines[line].count, lines[line][column + 1] == "'" else { return nil }
                    column += 2
                } else if quote == "\"", c == "\\" {
                    let next = column + 1 < lines[line].count ? lines[line][column + 1] : nil
                    switch next {
                    case nil:
                        _ = skipLineBreak()  // an escaped line break adds nothing
                        continue
                    case "x": column += 4
                    case "u": column += 6
                    case "U": column += 10
                    default: column += 2
                    }
                } else if quote != nil, c == quote {
                    return decoded >= offset ? (line, column) : nil
                } else {
                    column += 1
                }
                decoded += 1
            }
            return nil
        }

        mutating func block(to offset: Int) -> (Int, Int)? {
            // The content starts on the line after the indicator, at the first line's indentation.
            line += 1
            while lines.has(line), lines[line].allSatisfy({ $0 == " " }) { line += 1 }
            guard lines.has(line) else { return nil }
            let indent = lines[line].prefix { $0 == " " }.count
            var decoded = 0
            while lines.has(line) {
                let content = lines[line].count > indent ? lines[line].count - indent : 0
                if offset - decoded <= content { return (line, indent + (offset - decoded)) }
                decoded += content + 1
                line += 1
            }
            return nil
        }
    }
}
