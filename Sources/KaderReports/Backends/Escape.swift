import Foundation
import Kader

/// Escaping for every output format, in one place: what a user typed (names, notes, answers,
/// framework texts) must never become markup, a link, a terminal command or a spreadsheet
/// formula. The backends call these and nothing else: ``HTMLBackend`` and ``HTMLWriter`` call
/// ``html(_:)``, ``WordBackend`` (through ``WordXML``) calls ``xml(_:)``, ``MarkdownBackend`` calls
/// ``markdown(_:)``, ``TextBackend`` calls ``terminal(_:)``, the CSV renderer calls ``csvCell(_:isNumber:)``.
public enum Escape {
    /// Text on its way to a terminal. Every string of a document that ``TextBackend`` writes
    /// passes here, before its width is measured and before any colour is added: control
    /// characters are shown (`␛`, `␇`, `␍`), C1 controls and direction overrides neutralised
    /// (`�`), newlines and tabs kept, by the core's one sanitiser, which the CLI's messages and
    /// diagnostics pass too (``TerminalText/sanitized(_:)``).
    public static func terminal(_ text: String) -> String {
        TerminalText.sanitized(text)
    }

    /// `url` when it is an http(s) address that can be written as a link as it is (no spaces,
    /// quotes, angle brackets or backslashes that could break out of one); nil otherwise, and
    /// the source is then shown without a link.
    public static func webAddress(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        let breaksOut = "<>\"'`\\ ".unicodeScalars
        guard url.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && !breaksOut.contains($0) }) else { return nil }
        return url
    }

    /// `path` when it is a relative path inside a folder that can be written as a link as it
    /// is (letters, digits, `-`, `_`, `.` and `/`; no `..`, no leading `/`, no scheme); nil
    /// otherwise, and the path is then shown as text.
    public static func relativeAddress(_ path: String) -> String? {
        let allowed = path.unicodeScalars.allSatisfy { scalar in
            ("0"..."9").contains(scalar) || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
                || "-_./".unicodeScalars.contains(scalar)
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard allowed, !path.hasPrefix("/"), parts.allSatisfy({ !$0.isEmpty && $0 != ".." && $0 != "." }) else { return nil }
        return path
    }

    /// Text for HTML element content and attribute values: `& < > " '` as entities, and control
    /// characters other than tab and newline, which have no business in a report, as U+FFFD:
    /// C0 controls as `&#xFFFD;`, DEL, C1 controls and direction overrides (which would reorder
    /// the text a browser shows) as the character itself, those the terminal sanitiser changes
    /// (``TerminalText/visible(_:)``). Works on the UTF-8 bytes: every byte it replaces is
    /// ASCII, so no character is split.
    public static func html(_ text: String) -> String {
        var text = text
        if text.utf8.contains(where: { $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) {
            text = String(
                String.UnicodeScalarView(
                    text.unicodeScalars.map { scalar in
                        scalar.value >= 0x7F && TerminalText.visible(scalar) != scalar ? "\u{FFFD}" : scalar
                    }))
        }
        func special(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "'") || (byte < 0x20 && byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\t"))
        }
        guard text.utf8.contains(where: special) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 32)
        for byte in text.utf8 {
            guard special(byte) else {
                out.append(byte)
                continue
            }
            switch byte {
            case UInt8(ascii: "&"): out += "&amp;".utf8
            case UInt8(ascii: "<"): out += "&lt;".utf8
            case UInt8(ascii: ">"): out += "&gt;".utf8
            case UInt8(ascii: "\""): out += "&quot;".utf8
            case UInt8(ascii: "'"): out += "&#39;".utf8
            default: out += "&#xFFFD;".utf8
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Text for XML content and attribute values (the parts of a Word document): what
    /// ``html(_:)`` writes, whose entities are XML's own, with the two characters XML 1.0 does
    /// not allow at all (U+FFFE, U+FFFF) as U+FFFD.
    public static func xml(_ text: String) -> String {
        let escaped = html(text)
        // Both are EF BF BE / EF BF BF in UTF-8: no 0xEF byte, nothing to look for.
        guard escaped.utf8.contains(0xEF), escaped.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) else {
            return escaped
        }
        return String(String.UnicodeScalarView(escaped.unicodeScalars.map { $0.value == 0xFFFE || $0.value == 0xFFFF ? "\u{FFFD}" : $0 }))
    }

    /// Text for Markdown: characters that make inline markup or HTML (`\\ ` * _ [ ] < > | ~`)
    /// are backslash-escaped, and so, when the text starts a line (`atLineStart`), is anything
    /// that would start a heading or a list there; line breaks become spaces, other control
    /// characters are shown (``terminal(_:)``). In a table cell
    /// or in the middle of a line no heading or list can start, so `+26,9` stays as it is.
    public static func markdown(_ text: String, atLineStart: Bool = true) -> String {
        // A Markdown report is read as text too, in a terminal or an editor: control characters
        // and direction overrides are shown as the terminal sanitiser shows them.
        let text = TerminalText.sanitized(text)
        // Where the first character that is not a digit starts: a dot or parenthesis right there,
        // after digits, would begin a numbered list ("1." or "1)").
        var digitsEnd = 0
        for scalar in text.unicodeScalars {
            guard scalar.properties.numericType != nil else { break }
            digitsEnd += UTF8.width(scalar)
        }
        // Every byte escaped or replaced is ASCII, so the UTF-8 bytes can be walked one by one.
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for (offset, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "~"):
                out += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "="):
                // Only at the start of a line could these begin a heading or a list.
                if atLineStart, offset == 0 { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            case UInt8(ascii: "."), UInt8(ascii: ")"):
                if atLineStart, offset > 0, offset == digitsEnd { out.append(UInt8(ascii: "\\")) }
                out.append(byte)
            default:
                // Line breaks and other control characters become spaces.
                out.append(byte < 0x20 ? UInt8(ascii: " ") : byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// One CSV cell (RFC 4180), with formula injection defused: a cell a spreadsheet could read
    /// as a formula gets a leading apostrophe so it shows as text. That is a cell whose first
    /// character other than white space is `=`, `+`, `-` or `@` or their full-width forms
    /// (`＝ ＋ － ＠`, which some spreadsheets fold to the ASCII ones), and a cell that starts
    /// with a tab or a carriage return. Every CSV Kader writes passes here. Control characters
    /// other than newline and tab are shown as ``terminal(_:)`` shows them. Numbers written by
    /// Kader itself are passed with `isNumber` and left alone.
    public static func csvCell(_ text: String, isNumber: Bool = false) -> String {
        // A CSV is read in a terminal as often as in a spreadsheet: controls shown, not obeyed.
        var value = TerminalText.sanitized(text)
        if !isNumber, startsLikeAFormula(text) { value = "'" + value }
        let needsQuotes = value.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        if needsQuotes || value.hasPrefix(" ") || value.hasSuffix(" ") {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }

    /// The characters that start a formula, in ASCII and full width.
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}"]

    /// True when a spreadsheet could take `text` for a formula.
    static func startsLikeAFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if first == "\t" || first == "\r" { return true }
        // Spreadsheets skip leading spaces (and tabs, line breaks, no-break and full-width spaces).
        let start = text.unicodeScalars.first { !$0.properties.isWhitespace }
        return start.map(formulaStarts.contains) ?? false
    }
}
