/// The indentation a YAML file shows on its lines: which keys and list items are open above a
/// line, and at which column. A misplaced key or list item is measured against these, so that a
/// message can say "put 'en' in column 3, under 'nl' on line 12" instead of libyaml's "did not
/// find expected key".
///
/// It reads the text, not libyaml's state: libyaml has already closed the collections a
/// misplaced key broke out of, and those are the columns the author meant.
struct YAMLIndentation {
    /// One key or list item that starts a line (or follows a `- ` on it).
    struct Level: Equatable {
        /// 1-based column, in Unicode scalars.
        var column: Int
        /// 1-based line.
        var line: Int
        /// The key's name; nil for a list item's dash.
        var key: String?

        var isDash: Bool { key == nil }
    }

    /// What stands at a place where libyaml stopped.
    enum Token: Equatable {
        /// `- `: a list item.
        case dash
        /// `name:`: a key.
        case key(String)
        /// Anything else, up to the next space.
        case other(String)
    }

    let source: SourceFile

    /// The line's scalars, or an empty list past the end.
    func scalars(of line: Int) -> [Unicode.Scalar] {
        source.line(line).map { Array($0.unicodeScalars) } ?? []
    }

    /// The 1-based column of the first character that is not a space, or nil for a blank line.
    func indentation(of line: Int) -> Int? {
        scalars(of: line).firstIndex { $0 != " " && $0 != "\t" }.map { $0 + 1 }
    }

    /// The nearest line above `line` with something other than spaces or a comment.
    func contentLine(before line: Int) -> Int? {
        (1..<max(1, line)).last { number in
            guard let column = indentation(of: number) else { return false }
            return scalars(of: number)[column - 1] != "#"
        }
    }

    /// The list items and the key that open `line`: `- id: a` gives a dash at its column and key
    /// `id` two columns further. A comment, a blank line or a line of plain text gives none.
    func entries(of line: Int) -> [Level] {
        let text = scalars(of: line)
        guard var index = text.firstIndex(where: { $0 != " " }), text[index] != "#" else { return [] }
        var result: [Level] = []
        while Self.isDash(text, at: index) {
            result.append(Level(column: index + 1, line: line, key: nil))
            index += 1
            while index < text.count, text[index] == " " { index += 1 }
            guard index < text.count else { return result }
        }
        if let key = Self.key(in: text, at: index) { result.append(Level(column: index + 1, line: line, key: key)) }
        return result
    }

    /// The keys and list items open above `line`, innermost first: those of the nearest line
    /// with any, then each line further up that starts further left.
    func levels(above line: Int) -> [Level] {
        var result: [Level] = []
        var bound = Int.max
        var current = line - 1
        while current >= 1, bound > 1 {
            let entries = self.entries(of: current)
            current -= 1
            guard let leftmost = entries.first?.column else { continue }
            result += entries.filter { $0.column < bound }.reversed()
            bound = min(bound, leftmost)
        }
        return result
    }

    /// What stands at `column` of `line`.
    func token(line: Int, column: Int) -> Token {
        let text = scalars(of: line)
        let index = column - 1
        guard index >= 0, index < text.count else { return .other("") }
        if Self.isDash(text, at: index) { return .dash }
        if let key = Self.key(in: text, at: index) { return .key(key) }
        let end = text[index...].firstIndex { $0 == " " || $0 == "\t" } ?? text.count
        return .other(String(String.UnicodeScalarView(text[index..<end])))
    }

    /// The key level nearest to `column` (the deeper one on a tie: a key usually goes with the
    /// siblings just above it), other than one at `column` itself.
    func nearestKey(to column: Int, above line: Int) -> Level? {
        nearest(to: column, among: levels(above: line).filter { !$0.isDash })
    }

    /// The list item level nearest to `column`, other than one at `column` itself.
    func nearestDash(to column: Int, above line: Int) -> Level? {
        nearest(to: column, among: levels(above: line).filter(\.isDash))
    }

    private func nearest(to column: Int, among levels: [Level]) -> Level? {
        levels.filter { $0.column != column }.min { a, b in
            let (da, db) = (abs(a.column - column), abs(b.column - column))
            return da != db ? da < db : a.column > b.column
        }
    }

    /// `-` followed by a space or the end of the line.
    static func isDash(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        index < text.count && text[index] == "-" && (index + 1 == text.count || text[index + 1] == " ")
    }

    /// The key that starts at `index`: a plain or quoted name followed by `:` and a space or the
    /// end of the line.
    static func key(in text: [Unicode.Scalar], at index: Int) -> String? {
        guard index < text.count else { return nil }
        var end = index
        if text[index] == "\"" || text[index] == "'" {
            guard let close = text[(index + 1)...].firstIndex(of: text[index]) else { return nil }
            end = close + 1
        } else {
            guard !"[{#&*!|>%@`\"'".unicodeScalars.contains(text[index]) else { return nil }
            while end < text.count, !isColonEnd(text, at: end) {
                if text[end] == "#", end > index, text[end - 1] == " " { return nil }
                end += 1
            }
        }
        guard isColonEnd(text, at: end) else { return nil }
        let name = String(String.UnicodeScalarView(text[index..<end])).trimmingTrailingSpaces
        return name.isEmpty ? nil : name
    }

    /// `:` followed by a space or the end of the line.
    static func isColonEnd(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        index < text.count && text[index] == ":" && (index + 1 == text.count || text[index + 1] == " " || text[index + 1] == "\t")
    }
}

extension String {
    /// The text without spaces at its end.
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
