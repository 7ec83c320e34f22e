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

    /// Text for HTML element content and attribute values.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and newline have no business in a report.
                if scalar.value < 0x20, scalar != "\n", scalar != "\t" { out += "&#xFFFD;" } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Text for Markdown: characters that make inline markup or HTML (`\\ ` * _ [ ] < > | ~`)
    /// are backslash-escaped, and so, when the text starts a line (`atLineStart`), is anything
    /// that would start a heading or a list there; line breaks become spaces. In a table cell
    /// or in the middle of a line no heading or list can start, so `+26,9` stays as it is.
    public static func markdown(_ text: String, atLineStart: Bool = true) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "#", "-", "+", "=":
                // Only at the start of a line could these begin a heading or a list.
                if atLineStart, index == 0 { out += "\\" }
                out.unicodeScalars.append(scalar)
            case ".", ")":
                // "1." or "1)" at the start would begin a numbered list.
                if atLineStart, index > 0, scalars[..<index].allSatisfy({ $0.properties.numericType != nil }) { out += "\\" }
                out.unicodeScalars.append(scalar)
            case "\n", "\r":
                out += " "
            default:
                if scalar.value < 0x20 { out += " " } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out
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
