/// Writes YAML scalars that read back as exactly the text that was written.
///
/// Kader's own files are read by ``YAMLReader`` (libyaml underneath), so the writer only needs
/// two forms: plain for simple words such as option ids and dates, and double-quoted with
/// escapes for everything else. Words YAML could read as something other than text (`null`,
/// `yes`, `true`, numbers) are always quoted.
public enum YAMLText {
    /// Words that a plain scalar must never be, in any case: null, booleans of YAML 1.1, and the
    /// special numbers.
    static let reserved: Set<String> = ["null", "true", "false", "yes", "no", "on", "off", "y", "n", "nan", "inf", "infinity"]

    /// `text` plain when that is safe, double-quoted otherwise.
    public static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    /// True when `text` can be written as a plain scalar and reads back as the same text:
    /// a letter first, then letters, digits, `_`, `-` or `.`, and not a reserved word; or a date.
    public static func isPlainSafe(_ text: String) -> Bool {
        if isDate(text) { return true }
        guard let first = text.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII || first.value > 0x9F else {
            return false
        }
        guard !reserved.contains(text.lowercased()) else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCIIDigit || scalar == "_" || scalar == "-" || scalar == "."
                || (scalar.properties.isAlphabetic && (scalar.isASCII || scalar.value > 0x9F) && !isBreakLike(scalar))
        }
    }

    /// `YYYY-MM-DD`, which Kader reads as text.
    static func isDate(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 10 else { return false }
        for (index, scalar) in scalars.enumerated() {
            if index == 4 || index == 7 { if scalar != "-" { return false } } else if !scalar.isASCIIDigit { return false }
        }
        return true
    }

    /// `text` in double quotes, with `"` and `\` escaped, line breaks and tabs as `\n`, `\r`,
    /// `\t`, and every other character that is not printable in YAML as `\xXX` or `\uXXXX`.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let value = scalar.value
                if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) {
                    out += "\\x" + hex(value, digits: 2)
                } else if isBreakLike(scalar) || value == 0xFEFF || value == 0xFFFE || value == 0xFFFF || (0x202A...0x202E).contains(value)
                    || (0x2066...0x2069).contains(value)
                {
                    // Direction overrides too: escaped, the file reads back the same and shows no reversed text.
                    out += "\\u" + hex(value, digits: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A number as YAML reads it back exactly: whole numbers without a fraction, others with the
    /// shortest text that gives the same value.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return "\(value)"
    }

    /// A comment line's text: no line breaks, so the comment cannot end early.
    public static func comment(_ text: String) -> String {
        // Line breaks would end the comment; every other control character is shown as the
        // terminal sanitiser shows it (YAML allows no C1 control or DEL in a comment).
        TerminalText.sanitized(
            String(
                text.unicodeScalars.map { scalar -> Character in
                    scalar == "\n" || scalar == "\r" || isBreakLike(scalar) ? " " : Character(scalar)
                }))
    }

    /// Splits `text` into lines of at most `width` characters at spaces; line breaks in `text`
    /// start a new line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(line)
        }
        while lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Line and paragraph separators (U+0085, U+2028, U+2029), which some YAML readers take as a
    /// line break.
    static func isBreakLike(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0x85 || scalar.value == 0x2028 || scalar.value == 0x2029
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }
}
