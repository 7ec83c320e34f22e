/// Writes diagnostics the way a compiler does:
///
/// ```
/// moskee.yaml:12:5: error: unknown key 'wieght' in a question
///    12 |     wieght: 2
///       |     ^~~~~~
///   = fix: did you mean 'weight'?
/// ```
public struct DiagnosticFormatter: Sendable {
    /// The language of the messages.
    public var language: Language
    /// Source lines longer than this are cut around the caret.
    public var maxLineLength = 200

    /// Creates a formatter for `language`.
    public init(language: Language) { self.language = language }

    /// The label for a severity, in the formatter's language.
    public func label(_ severity: Diagnostic.Severity) -> String {
        switch (severity, language) {
        case (.error, .nl): "fout"
        case (.error, .en): "error"
        case (.warning, .nl): "waarschuwing"
        case (.warning, .en): "warning"
        case (.note, .nl): "opmerking"
        case (.note, .en): "note"
        }
    }

    /// One diagnostic, with the source line and a caret when `source` holds its line.
    public func format(_ diagnostic: Diagnostic, source: SourceFile?) -> String {
        var out = ""
        if let location = diagnostic.location { out += "\(location): " }
        out += "\(label(diagnostic.severity)): \(diagnostic.message.text(in: language))"
        if let location = diagnostic.location, let source, source.name == location.file,
            let line = source.line(location.line)
        {
            let (shown, caretColumn) = cut(Array(line.unicodeScalars), around: location.column - 1)
            let number = String(location.line)
            let gutter = String(repeating: " ", count: number.count)
            let underline = String(repeating: "~", count: max(0, min(diagnostic.length, 60) - 1))
            out += "\n \(number) | " + String(String.UnicodeScalarView(shown))
            out += "\n \(gutter) | " + String(repeating: " ", count: caretColumn) + "^" + underline
        }
        if let fix = diagnostic.fix {
            out += "\n  = " + Say(language)("oplossing: ", "fix: ") + fix.text(in: language)
        }
        return out
    }

    /// All diagnostics of a list, sorted by place, with a closing count.
    public func format(_ list: DiagnosticList, sources: [SourceFile]) -> String {
        var parts = list.sorted.map { diagnostic in
            format(diagnostic, source: sources.first { $0.name == diagnostic.location?.file })
        }
        if list.dropped > 0 {
            parts.append(
                language == .nl
                    ? "… en nog \(list.dropped) meldingen die niet getoond worden."
                    : "… and \(list.dropped) more problems not shown.")
        }
        return parts.joined(separator: "\n")
    }

    /// A one-line count such as "2 errors, 1 warning".
    public func summary(_ list: DiagnosticList) -> String {
        let errors = list.errors.count + list.droppedErrors
        let warnings = list.warnings.count + list.droppedWarnings
        switch language {
        case .nl: return "\(errors) \(errors == 1 ? "fout" : "fouten"), \(warnings) \(warnings == 1 ? "waarschuwing" : "waarschuwingen")"
        case .en: return "\(errors) \(errors == 1 ? "error" : "errors"), \(warnings) \(warnings == 1 ? "warning" : "warnings")"
        }
    }

    /// Cuts a long line to `maxLineLength` scalars around `column`; tabs become one space so the
    /// caret stays aligned. Returns the text shown and the caret's offset in it.
    private func cut(_ scalars: [Unicode.Scalar], around column: Int) -> ([Unicode.Scalar], Int) {
        let cleaned = scalars.map { $0 == "\t" ? " " : $0 }
        let caret = min(max(0, column), cleaned.count)
        guard cleaned.count > maxLineLength else { return (cleaned, caret) }
        let half = maxLineLength / 2
        let start = max(0, min(caret - half, cleaned.count - maxLineLength))
        let end = min(cleaned.count, start + maxLineLength)
        var shown = Array(cleaned[start..<end])
        var offset = caret - start
        if start > 0 {
            shown.insert(contentsOf: "…".unicodeScalars, at: 0)
            offset += 1
        }
        if end < cleaned.count { shown.append(contentsOf: "…".unicodeScalars) }
        return (shown, offset)
    }
}
