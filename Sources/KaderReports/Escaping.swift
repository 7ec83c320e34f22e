import Foundation
/// Escaping for every output format: what a user typed (names, notes, answers, framework texts)
/// must never become markup, a link, or a spreadsheet formula.
public enum Escape {
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
    /// are backslash-escaped, and so is anything that would start a heading or a list at the
    /// beginning of a value; line breaks become spaces. The result reads cleanly as plain text.
    public static func markdown(_ text: String) -> String {
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~":
                out += "\\"
                out.unicodeScalars.append(scalar)
            case "#", "-", "+", "=":
                // Only at the start of a value could these begin a heading or a list.
                if index == 0 { out += "\\" }
                out.unicodeScalars.append(scalar)
            case ".", ")":
                // "1." or "1)" at the start would begin a numbered list.
                if index > 0, scalars[..<index].allSatisfy({ $0.properties.numericType != nil }) { out += "\\" }
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
        if value.contains(where: { $0 == "," || $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || value.hasPrefix(" ") || value.hasSuffix(" ") {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
