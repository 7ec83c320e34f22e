import Foundation

/// Escaping for every output format, in one place: what a user typed (names, notes, answers,
/// framework texts) must never become markup, a link, a terminal command or a spreadsheet
/// formula. The backends call these and nothing else: ``HTMLBackend`` and ``HTMLWriter`` call
/// ``html(_:)``, ``MarkdownBackend`` calls ``markdown(_:)``, ``TextBackend`` calls
/// ``terminal(_:)``, the CSV renderer calls ``csvCell(_:isNumber:)``.
public enum Escape {
    /// Text on its way to a terminal. Every string of a document that ``TextBackend`` writes
    /// passes here, before its width is measured and before any colour is added, so this is
    /// the one place to make such text safe for a terminal. It leaves text as it is for now.
    public static func terminal(_ text: String) -> String {
        text
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

    /// Text for HTML element content and attribute values: `& < > " '` as entities, and control
    /// characters other than tab and newline, which have no business in a report, as U+FFFD.
    /// Works on the UTF-8 bytes: every byte it replaces is ASCII, so no character is split.
    public static func html(_ text: String) -> String {
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

    /// Text for Markdown: characters that make inline markup or HTML (`\\ ` * _ [ ] < > | ~`)
    /// are backslash-escaped, and so, when the text starts a line (`atLineStart`), is anything
    /// that would start a heading or a list there; line breaks become spaces. In a table cell
    /// or in the middle of a line no heading or list can start, so `+26,9` stays as it is.
    public static func markdown(_ text: String, atLineStart: Bool = true) -> String {
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

    /// One CSV cell (RFC 4180), with formula injection defused: a cell that starts with `=`,
    /// `+`, `-`, `@`, a tab or a carriage return gets a leading apostrophe so spreadsheets show
    /// it as text. Numbers written by Kader itself are passed with `isNumber` and left alone.
    public static func csvCell(_ text: String, isNumber: Bool = false) -> String {
        var value = text
        if !isNumber, let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        let needsQuotes = value.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" })
        if needsQuotes || value.hasPrefix(" ") || value.hasSuffix(" ") {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
