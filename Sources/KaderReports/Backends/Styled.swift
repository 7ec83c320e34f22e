/// Terminal text in parts, each with its ANSI styles: measured and cut as plain characters,
/// and coloured only when it is finally written.
struct Styled {
    /// The ANSI styles of a part, as a set: bold, dim, and one colour at most.
    struct Style: OptionSet {
        let rawValue: UInt8
        static let bold = Style(rawValue: 1)
        static let dim = Style(rawValue: 2)
        static let red = Style(rawValue: 4)
        static let green = Style(rawValue: 8)
        static let yellow = Style(rawValue: 16)

        /// The SGR codes, in a fixed order.
        var codes: [String] {
            [(Style.bold, "1"), (.dim, "2"), (.red, "31"), (.green, "32"), (.yellow, "33")].compactMap { contains($0.0) ? $0.1 : nil }
        }
    }

    struct Part {
        var text: String
        var style: Style
    }

    var parts: [Part]

    /// Plain text: a string of the document already passed through ``Escape/terminal(_:)`` by
    /// whoever made it, or the backend's own punctuation.
    init(_ text: String) { parts = text.isEmpty ? [] : [Part(text: text, style: [])] }

    private init(parts: [Part]) { self.parts = parts }

    /// Its width in characters.
    var width: Int { parts.reduce(0) { $0 + $1.text.count } }

    static func + (lhs: Styled, rhs: Styled) -> Styled { Styled(parts: lhs.parts + rhs.parts) }

    /// With one more style on every part.
    func styled(_ style: Style) -> Styled {
        Styled(parts: parts.map { Part(text: $0.text, style: $0.style.union(style)) })
    }

    func bold() -> Styled { styled(.bold) }

    func toned(_ tone: Tone) -> Styled {
        switch tone {
        case .muted: styled(.dim)
        case .good: styled(.green)
        case .info: self
        case .warning: styled(.yellow)
        case .critical: styled(.red)
        }
    }

    /// Exactly `width` characters: cut with an ellipsis when longer, padded with spaces when
    /// shorter, on the left when `trailing` (numbers line up on the right).
    func fitted(to width: Int, trailing: Bool = false) -> Styled {
        let own = self.width
        if own > width {
            var left = max(0, width - 1)
            var kept: [Part] = []
            for part in parts where left > 0 {
                let piece = String(part.text.prefix(left))
                kept.append(Part(text: piece, style: part.style))
                left -= piece.count
            }
            return Styled(parts: kept) + Styled("…")
        }
        let space = Styled(String(repeating: " ", count: width - own))
        return trailing ? space + self : self + space
    }

    /// On lines of at most `width` characters, split at spaces and keeping each part's style; a
    /// word longer than a line is cut there with an ellipsis (``fitted(to:trailing:)``).
    func wrapped(to width: Int) -> [Styled] {
        guard self.width > width, width > 0 else { return [self] }
        let characters = parts.flatMap { part in part.text.map { (character: $0, style: part.style) } }
        var words: [[(character: Character, style: Style)]] = [[]]
        for item in characters {
            if item.character == " " { words.append([]) } else { words[words.count - 1].append(item) }
        }
        var lines: [[(character: Character, style: Style)]] = []
        var current: [(character: Character, style: Style)] = []
        for word in words where !word.isEmpty {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = []
            }
            if !current.isEmpty { current.append((" ", word[0].style)) }
            current += word
        }
        lines.append(current)
        return lines.map { line in
            var parts: [Part] = []
            for item in line {
                if let last = parts.indices.last, parts[last].style == item.style {
                    parts[last].text.append(item.character)
                } else {
                    parts.append(Part(text: String(item.character), style: item.style))
                }
            }
            return Styled(parts: parts)
        }
    }

    /// Without the spaces at its end (of a padded last column).
    func trimmingTrailingSpaces() -> Styled {
        var parts = parts
        while let last = parts.indices.last {
            while parts[last].text.last == " " { parts[last].text.removeLast() }
            guard parts[last].text.isEmpty else { break }
            parts.removeLast()
        }
        return Styled(parts: parts)
    }

    /// The text, with ANSI escape codes when `color` is on.
    func rendered(color: Bool) -> String {
        parts.map { part in
            guard color, !part.style.isEmpty else { return part.text }
            return "\u{1B}[" + part.style.codes.joined(separator: ";") + "m" + part.text + "\u{1B}[0m"
        }.joined()
    }
}
