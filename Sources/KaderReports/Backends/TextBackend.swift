/// Writes a ``ReportDocument`` for a terminal: headings, aligned tables with score bars, lists
/// with marks, and colour only when asked for (the words and symbols carry the meaning without
/// it). The terminal shows the overview: charts (their numbers are in a table) and appendices
/// (``Section/Role/detail``) are left out.
///
/// This is the one place where text from files reaches a terminal: every string of the
/// document passes ``Escape/terminal(_:)`` before it is measured, cut or coloured.
public struct TextBackend: Sendable {
    /// Whether ANSI colours and bold may be used.
    public var color: Bool
    /// What every string of a document passes on its way to the terminal.
    let clean: @Sendable (String) -> String

    /// Creates the backend.
    public init(color: Bool = false) { self.init(color: color, clean: Escape.terminal) }

    /// A backend whose strings pass `clean` instead (tests show that every string does).
    init(color: Bool, clean: @escaping @Sendable (String) -> String) {
        self.color = color
        self.clean = clean
    }

    /// The document as terminal text.
    public func write(_ document: ReportDocument) -> String {
        var out = TextLines(color: color, clean: clean)
        for block in document.blocks {
            let before = out.lines.count
            out.block(block)
            if out.lines.count > before, out.lines.last != "" { out.lines.append("") }
        }
        while out.lines.last == "" { out.lines.removeLast() }
        return out.lines.map { $0 + "\n" }.joined()
    }
}

/// The lines of a terminal text being written.
struct TextLines {
    let color: Bool
    let clean: (String) -> String
    var lines: [String] = []
    /// Inside a footer everything is in the background.
    var muted = false
    /// Inside a section, paragraphs stand in line with its lists and tables.
    var inSection = false

    init(color: Bool, clean: @escaping (String) -> String) {
        self.color = color
        self.clean = clean
    }

    mutating func line(_ text: Styled) {
        lines.append((muted ? text.toned(.muted) : text).rendered(color: color))
    }

    mutating func block(_ block: Block) {
        switch block {
        case .header(let header):
            line(styled(header.title).bold())
            line(styled(header.meta))
            for note in header.notes { line(styled(note).toned(.muted)) }
        case .heading(_, let text): line(styled(text).bold())
        case .paragraph(let text, let style):
            let text = Styled(inSection ? "  " : "") + styled(text)
            switch style {
            case .plain: line(text)
            case .small, .muted: line(text.toned(.muted))
            case .warning: line(text.toned(.warning))
            }
        case .labelled(let label, let text): line(Styled(clean(label) + ":").bold() + Styled(" ") + styled(text))
        case .figures(let figures): figures.sentences.forEach { line(styled($0)) }
        case .table(let table): self.table(table)
        case .list(let list): self.list(list)
        case .definitions(let definitions):
            for definition in definitions {
                line(Styled("  ") + styled(definition.term))
                line(Styled("    ") + styled(definition.description))
            }
        case .chart: break
        case .section(let section):
            guard section.role != .detail else { return }
            if section.level > 2, let last = lines.last, last != "" { lines.append("") }
            line(styled(section.title).bold())
            let outer = inSection
            inSection = true
            section.blocks.forEach { self.block($0) }
            inSection = outer
            if section.level > 2, lines.last != "" { lines.append("") }
        case .sources(let sources):
            for source in sources {
                line(Styled("  - " + clean(source.title) + (source.url.map { " — " + clean($0) } ?? "")))
            }
        case .tickBoxes(let labels): labels.forEach { line(Styled("  [ ] " + clean($0))) }
        case .numberLine(let values): line(Styled("  " + values.map { "[ ] " + clean($0) }.joined(separator: "   ")))
        case .field(let label): line(Styled(clean(label) + ": " + String(repeating: "_", count: 40)))
        case .writingLines(let label, let count):
            line(Styled(clean(label) + ":"))
            for _ in 0..<max(0, count) { line(Styled("  " + String(repeating: "_", count: 60))) }
        case .keepTogether(let inner): inner.forEach { self.block($0) }
        case .footer(let inner):
            muted = true
            inner.forEach { self.block($0) }
            muted = false
        }
    }

    mutating func list(_ list: ItemList) {
        let markers = list.items.enumerated().map { index, item -> Styled in
            // The word beside the symbol, as Markdown and HTML show it: "!! kritiek:", not "!!" alone.
            if let mark = item.mark { return Styled(clean(mark.symbol + " " + mark.word + ":")).toned(mark.tone) }
            switch list.style {
            case .numbered: return Styled("\(list.start + index).")
            case .strengths: return Styled("+")
            default: return Styled("-")
            }
        }
        for (item, marker) in zip(list.items, markers) {
            line(Styled("  ") + marker + Styled(" ") + styled(item.lead))
            // Details hang under the item's text.
            let indent = Styled(String(repeating: " ", count: 3 + marker.width))
            for detail in item.details { line(indent + styled(detail)) }
        }
    }

    /// Rich text as terminal text; every string in it passes ``clean``.
    func styled(_ text: RichText) -> Styled {
        text.inlines.reduce(Styled("")) { $0 + styled($1) }
    }

    private func styled(_ part: Inline) -> Styled {
        switch part {
        case .text(let text), .code(let text), .date(let text), .level(let text): Styled(clean(text))
        case .strong(let text): styled(text).bold()
        case .link(let text, _): styled(text)
        case .document(let text, let path): styled(text) + Styled(" (" + clean(path) + ")").toned(.muted)
        case .tone(let tone, let text): styled(text).toned(tone)
        case .tags(let tags): Styled("[" + clean(tags.joined(separator: ", ")) + "]").toned(.muted)
        case .lineBreak: Styled(" ")
        }
    }
}
