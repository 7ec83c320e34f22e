/// A run of text with the little markup reports need: emphasis, dates, links, levels, tags and
/// tones. Plain strings in it are never markup; backends escape them.
///
/// Build it from literals and inlines: `["Voortgang van ", .strong(name)]`, or `RichText(text)`.
public struct RichText: Sendable, ExpressibleByStringLiteral, ExpressibleByArrayLiteral {
    /// Its parts, in order.
    public var inlines: [Inline]

    /// Text from parts.
    public init(_ inlines: [Inline]) { self.inlines = inlines }
    /// Plain text.
    public init(_ text: String) { self.inlines = [.text(text)] }
    /// Plain text.
    public init(stringLiteral value: String) { self.init(value) }
    /// Text from parts.
    public init(arrayLiteral elements: Inline...) { self.init(elements) }

    /// True when it holds no characters.
    public var isEmpty: Bool { inlines.allSatisfy(\.isEmpty) }

    /// The text without markup (what a screen reader or a width count sees).
    public var plain: String { inlines.map(\.plain).joined() }

    /// One text after the other.
    public static func + (lhs: RichText, rhs: RichText) -> RichText { RichText(lhs.inlines + rhs.inlines) }

    /// The parts joined with `separator` between them.
    public static func joined(_ parts: [RichText], separator: String) -> RichText {
        var inlines: [Inline] = []
        for (index, part) in parts.enumerated() {
            if index > 0 { inlines.append(.text(separator)) }
            inlines += part.inlines
        }
        return RichText(inlines)
    }
}

/// One part of a ``RichText``.
public indirect enum Inline: Sendable, ExpressibleByStringLiteral {
    /// Plain text.
    case text(String)
    /// Important words (bold).
    case strong(RichText)
    /// An identifier from a file (a question or domain id).
    case code(String)
    /// A date (`2026-06-13`).
    case date(String)
    /// A link; only an http(s) address becomes one, anything else stays text.
    case link(RichText, url: String)
    /// A document that comes with the framework, at a path relative to it: a link where the
    /// medium has links (so it works in a report written next to the exported documents), the
    /// title with the path elsewhere.
    case document(RichText, path: String)
    /// Text in a tone: in the background, good, worth noticing, critical.
    case tone(Tone, RichText)
    /// A level of the growth model ("Op orde"), shown as a badge where that is possible.
    case level(String)
    /// Secondary words about the text before them: priority, effort.
    case tags([String])
    /// A line break where the medium has room for one; a space elsewhere.
    case lineBreak

    /// Plain text.
    public init(stringLiteral value: String) { self = .text(value) }

    /// Important words (bold).
    public static func strong(_ text: String) -> Inline { .strong(RichText(text)) }
    /// Text in a tone.
    public static func tone(_ tone: Tone, _ text: String) -> Inline { .tone(tone, RichText(text)) }

    var isEmpty: Bool { plain.isEmpty }

    /// The text without markup.
    public var plain: String {
        switch self {
        case .text(let text), .code(let text), .date(let text), .level(let text): text
        case .strong(let text), .tone(_, let text), .link(let text, _): text.plain
        case .document(let text, let path): text.plain + " (" + path + ")"
        case .tags(let tags): "[" + tags.joined(separator: ", ") + "]"
        case .lineBreak: " "
        }
    }
}

/// The tone of a text, for readers who see colour; the words carry the meaning without it.
public enum Tone: String, Sendable {
    /// In the background.
    case muted
    /// Good news (a precondition met).
    case good
    /// For information.
    case info
    /// Worth noticing (a warning, a capped level).
    case warning
    /// Critical (a precondition not met, a critical flag).
    case critical
}

/// A status before an item of a list: a symbol for the terminal and a word for documents
/// ("✔" and "voldaan"), with a tone.
public struct Mark: Sendable {
    /// A short symbol: ✔, ✘, !!.
    public var symbol: String
    /// The status in words.
    public var word: String
    /// Its tone.
    public var tone: Tone

    /// Creates a mark.
    public init(symbol: String, word: String, tone: Tone) {
        self.symbol = symbol
        self.word = word
        self.tone = tone
    }
}
