/// The one sanitiser for text that came from a file (a framework, a response, a survey export,
/// a mapping) on its way to a terminal or a text report.
///
/// A terminal obeys what it is sent: an ESC starts a command that can recolour the screen, move
/// the cursor, set the window title or, in some terminals, write a file; a backspace or a
/// carriage return overwrites what was printed before; a bidirectional override makes text read
/// in a different order than it is stored. So text from a file is shown, never obeyed:
///
/// - C0 control characters and DEL become the Unicode control pictures that name them:
///   NUL `␀`, BEL `␇`, backspace `␈`, ESC `␛`, carriage return `␍`, DEL `␡` (U+2400 + code,
///   U+2421). Newline and tab stay: multi-line notes and texts keep their lines, and a Windows
///   line end (CR LF, as a survey export's multi-line cell has) is a newline.
/// - C1 control characters (U+0080–U+009F, among them the one-byte CSI U+009B) and the
///   bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) become
///   U+FFFD `�`: there is no picture for them, and they must not act.
///
/// Every other replacement is one character for one, so a caret under a source line (which
/// holds no line end) stays aligned.
public enum TerminalText {
    /// `text` with every control character shown and every direction override neutralised.
    public static func sanitized(_ text: String) -> String {
        // Nearly every text has none of these; the check reads its UTF-8 bytes once. A C1
        // control starts with 0xC2 in UTF-8 and every direction control with 0xE2.
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else {
            return text
        }
        var out = String.UnicodeScalarView()
        var carriageReturn = false
        for scalar in text.unicodeScalars {
            // A carriage return is shown only when no newline follows it.
            if carriageReturn, scalar != "\n" { out.append(visible("\r")) }
            carriageReturn = scalar == "\r"
            if !carriageReturn { out.append(visible(scalar)) }
        }
        if carriageReturn { out.append(visible("\r")) }
        return String(out)
    }

    /// The character shown for `scalar`.
    public static func visible(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x0A, 0x09: scalar
        case 0x00..<0x20: Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}"
        case 0x7F: "\u{2421}"
        case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069: "\u{FFFD}"
        default: scalar
        }
    }
}
