/// Writes a ``ReportDocument`` as Markdown to paste into a memo or a wiki: headings, tables and
/// lists. Every text goes through ``Escape/markdown(_:)``, so nothing a user or a framework
/// author typed can become a link, an image, a heading or HTML; only http(s) addresses that
/// ``Escape/webAddress(_:)`` accepts become links. Charts are left out (their numbers are in a
/// table beside them); appendices are written in full.
public struct MarkdownBackend: Sendable {
    /// Creates the backend.
    public init() {}

    /// The document as Markdown.
    public func write(_ document: ReportDocument) -> String {
        document.blocks.flatMap(pieces).joined(separator: "\n")
    }

    /// A block as pieces of text, each ending in a line break; a blank line goes between pieces.
    func pieces(_ block: Block) -> [String] {
        switch block {
        case .header(let header):
            return ["# " + inline(header.title) + "\n", inline(header.meta) + "\n"] + header.notes.map { "*" + inline($0) + "*\n" }
        case .heading(let level, let text): return [String(repeating: "#", count: level) + " " + inline(text) + "\n"]
        case .paragraph(let text, let style):
            switch style {
            case .plain, .muted: return [inline(text) + "\n"]
            case .small: return ["*" + inline(text) + "*\n"]
            case .warning: return ["> " + inline(text) + "\n"]
            }
        case .labelled(let label, let text): return ["**" + Escape.markdown(label) + ":** " + inline(text) + "\n"]
        case .figures(let figures):
            let columns = figures.figures.map { figure in
                Table.Column(RichText(figure.label), alignment: figure.isNumber && figure.detail == nil ? .trailing : .leading)
            }
            let values = figures.figures.map { Table.Cell.plain($0.value + ($0.detail.map { " · " + $0 } ?? "")) }
            return [table(Table(columns: columns, rows: [Table.Row(values)]))]
        case .table(let table): return [self.table(table)]
        case .list(let list): return [self.list(list)]
        case .definitions(let definitions):
            return [definitions.map { "- " + inline($0.term) + ": " + inline($0.description) + "\n" }.joined()]
        case .chart: return []
        case .section(let section):
            return [String(repeating: "#", count: section.level) + " " + inline(section.title) + "\n"] + section.blocks.flatMap(pieces)
        case .sources(let sources):
            return [
                sources.map { source in
                    "- " + Escape.markdown(source.title) + (source.url.flatMap(Escape.webAddress).map { " — <" + $0 + ">" } ?? "") + "\n"
                }.joined()
            ]
        case .tickBoxes(let labels): return [labels.map { "- [ ] " + Escape.markdown($0) + "\n" }.joined()]
        case .numberLine(let values):
            return [values.map { "[ ] " + Escape.markdown($0, atLineStart: false) }.joined(separator: "   ") + "\n"]
        case .field(let label): return [Escape.markdown(label) + ": " + String(repeating: "…", count: 40) + "\n"]
        case .writingLines(let label, let count):
            let line = String(repeating: "…", count: 60) + "\n"
            return [Escape.markdown(label) + ":\n\n" + Array(repeating: line, count: max(0, count)).joined(separator: "\n")]
        case .keepTogether(let inner): return inner.flatMap(pieces)
        case .footer(let inner): return ["---\n"] + inner.flatMap(pieces)
        }
    }

    func table(_ table: Table) -> String {
        var out = "| " + table.columns.map { inline($0.header, atLineStart: false) }.joined(separator: " | ") + " |\n"
        out += "|" + table.columns.map { $0.alignment == .trailing ? "---:|" : "---|" }.joined() + "\n"
        for row in table.rows {
            let cells = zip(table.columns, row.cells).map { column, cell in
                let text = inline(cell.text, atLineStart: false)
                return row.isTotal && column.namesRows && !text.isEmpty ? "**" + text + "**" : text
            }
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }

    func list(_ list: ItemList) -> String {
        var out = ""
        for (index, item) in list.items.enumerated() {
            let marker = list.style == .numbered ? "\(list.start + index). " : "- "
            out += marker + (item.mark.map { "**" + Escape.markdown($0.word) + "**: " } ?? "") + inline(item.lead) + "\n"
            let indent = String(repeating: " ", count: marker.count)
            for detail in item.details { out += indent + "- " + inline(detail) + "\n" }
        }
        return out
    }

    /// Inline markup; neighbouring plain texts are escaped as one, so that no value can start
    /// a list or a heading where two parts meet. Only the text at the very start can start a
    /// line (`atLineStart`: not in a table cell).
    func inline(_ text: RichText, atLineStart: Bool = true) -> String {
        var out = ""
        var plain = ""
        func flush() {
            out += Escape.markdown(plain, atLineStart: atLineStart && out.isEmpty)
            plain = ""
        }
        for part in text.inlines {
            if case .text(let value) = part {
                plain += value
                continue
            }
            flush()
            out += inline(part, atLineStart: atLineStart && out.isEmpty)
        }
        flush()
        return out
    }

    private func inline(_ part: Inline, atLineStart: Bool) -> String {
        switch part {
        case .text(let text), .date(let text), .level(let text): return Escape.markdown(text, atLineStart: atLineStart)
        case .strong(let text): return "**" + inline(text, atLineStart: false) + "**"
        case .code(let code):
            let plain = code.unicodeScalars.allSatisfy { $0.value >= 0x20 && !"`|\\".unicodeScalars.contains($0) }
            return plain && !code.isEmpty ? "`" + code + "`" : Escape.markdown(code, atLineStart: atLineStart)
        case .link(let text, let url):
            guard let address = Escape.webAddress(url) else { return inline(text, atLineStart: atLineStart) }
            return text.plain == url ? "<" + address + ">" : "[" + inline(text, atLineStart: false) + "](<" + address + ">)"
        case .document(let text, let path):
            guard let address = Escape.relativeAddress(path) else {
                return inline(text + RichText(" (" + path + ")"), atLineStart: atLineStart)
            }
            return "[" + inline(text, atLineStart: false) + "](<" + address + ">)"
        case .tone(_, let text): return inline(text, atLineStart: atLineStart)
        case .tags(let tags): return "*(" + tags.map { Escape.markdown($0, atLineStart: false) }.joined(separator: ", ") + ")*"
        case .lineBreak: return " "
        }
    }
}
