/// Terminal text in parts, each with its ANSI styles: measured and cut as plain characters,
/// and coloured only when it is finally written.
struct Styled {
    struct Part {
        var text: String
        var codes: [String]
    }

    var parts: [Part]

    /// Plain text: a string of the document already passed through ``Escape/terminal(_:)`` by
    /// whoever made it, or the backend's own punctuation.
    init(_ text: String) { parts = text.isEmpty ? [] : [Part(text: text, codes: [])] }

    private init(parts: [Part]) { self.parts = parts }

    /// Its width in characters.
    var width: Int { parts.reduce(0) { $0 + $1.text.count } }

    static func + (lhs: Styled, rhs: Styled) -> Styled { Styled(parts: lhs.parts + rhs.parts) }

    /// With one more style on every part.
    func styled(_ code: String) -> Styled {
        Styled(parts: parts.map { Part(text: $0.text, codes: $0.codes.contains(code) ? $0.codes : $0.codes + [code]) })
    }

    func bold() -> Styled { styled("1") }

    func toned(_ tone: Tone) -> Styled {
        switch tone {
        case .muted: styled("2")
        case .good: styled("32")
        case .info: self
        case .warning: styled("33")
        case .critical: styled("31")
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
                kept.append(Part(text: piece, codes: part.codes))
                left -= piece.count
            }
            return Styled(parts: kept) + Styled("…")
        }
        let space = Styled(String(repeating: " ", count: width - own))
        return trailing ? space + self : self + space
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
            guard color, !part.codes.isEmpty else { return part.text }
            return "\u{1B}[" + part.codes.joined(separator: ";") + "m" + part.text + "\u{1B}[0m"
        }.joined()
    }
}
