import KaderReports
import PropertyBased
import Testing

// HTML is escaped on the UTF-8 bytes and Markdown in one pass; both must give exactly the text
// of the plain way, kept here as the reference: one character at a time, and for a "1." at the
// start of a line every character before the dot looked at again.

/// Pieces texts are made of: words, Dutch and other non-ASCII letters and digits (Arabic-Indic
/// ٣, superscript ²), everything HTML or Markdown escapes, and control characters, C1 controls
/// and direction overrides.
private let pieces = [
    "a", "Ouders ", "é", "’", "–", "🙂", "٣", "²", "12", "&", "<", ">", "\"", "'", "\\", "`", "*", "_", "[", "]",
    "|", "~", "#", "-", "+", "=", ".", ")", "\n", "\r", "\r\n", "\t", "\u{0}", "\u{1B}", "\u{1F}", "\u{7F}",
    "\u{9B}", "\u{A0}", "\u{202E}", "\u{2069}"
]

/// What a terminal would act on and the sanitiser shows: C1 controls, DEL and direction controls.
private func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
    (0x7F...0x9F).contains(scalar.value) || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
}

/// The terminal sanitiser, a character at a time: C0 controls and DEL as control pictures, C1
/// and direction controls as U+FFFD, a carriage return before a newline dropped.
private func referenceTerminal(_ text: String) -> String {
    var out = ""
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
        switch scalar.value {
        case 0x0D where index + 1 < scalars.count && scalars[index + 1] == "\n": continue
        case 0x0A, 0x09: out.unicodeScalars.append(scalar)
        case 0x00..<0x20: out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: out += "\u{2421}"
        default: out.unicodeScalars.append(isInvisibleControl(scalar) ? "\u{FFFD}" : scalar)
        }
    }
    return out
}

private func referenceHTML(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default:
            if scalar.value < 0x20, scalar != "\n", scalar != "\t" {
                out += "&#xFFFD;"
            } else {
                out.unicodeScalars.append(isInvisibleControl(scalar) ? "\u{FFFD}" : scalar)
            }
        }
    }
    return out
}

private func referenceMarkdown(_ text: String, atLineStart: Bool) -> String {
    var out = ""
    let scalars = Array(referenceTerminal(text).unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
        switch scalar {
        case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "~":
            out += "\\"
            out.unicodeScalars.append(scalar)
        case "#", "-", "+", "=":
            if atLineStart, index == 0 { out += "\\" }
            out.unicodeScalars.append(scalar)
        case ".", ")":
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

@Test func htmlIsEscapedAsOneCharacterAtATimeWould() async {
    await propertyCheck(count: 500, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...30)) { picks in
        let text = picks.map { pieces[$0] }.joined()
        #expect(Escape.html(text) == referenceHTML(text))
    }
}

@Test func terminalTextIsSanitisedAsOneCharacterAtATimeWould() async {
    await propertyCheck(count: 500, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...30)) { picks in
        let text = picks.map { pieces[$0] }.joined()
        #expect(Escape.terminal(text) == referenceTerminal(text))
    }
}

@Test func markdownIsEscapedAsLookingBackAtEveryDotWould() async {
    await propertyCheck(count: 500, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...30), Gen.bool) { picks, atLineStart in
        let text = picks.map { pieces[$0] }.joined()
        #expect(Escape.markdown(text, atLineStart: atLineStart) == referenceMarkdown(text, atLineStart: atLineStart))
    }
}
