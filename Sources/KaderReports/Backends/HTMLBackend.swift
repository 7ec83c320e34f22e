import Kader

/// Writes a ``ReportDocument`` as HTML: a whole self-contained page (``page(_:)``), or its
/// content alone for a page that embeds it (``body(_:)``, with ``HTMLPage/stylesheet(_:)``).
/// Semantic markup: sections labelled by their headings, header cells with their scope, charts
/// with a title and description, appendices in `<details open>` (folded on screen, printed).
/// Every text goes through ``HTMLWriter`` and so through ``Escape/html(_:)``.
public struct HTMLBackend: Sendable {
    /// Creates the backend.
    public init() {}

    /// The document as one HTML page.
    public func page(_ document: ReportDocument) -> String {
        HTMLPage.document(
            title: document.title, language: document.language, body: "<main>\n" + body(document) + "</main>",
            style: document.style)
    }

    /// The document's blocks without the page around them.
    public func body(_ document: ReportDocument) -> String { fragment(document.blocks) }

    /// Some blocks of a document, for a page that puts its own parts between them: a report's
    /// `header`, then the page's own, then its `body`.
    public func fragment(_ blocks: [Block]) -> String {
        var writer = HTMLBlockWriter()
        writer.blocks(blocks)
        return writer.out.html
    }
}

/// Writes blocks and inlines into an ``HTMLWriter``, counting charts so that each has its own ids.
struct HTMLBlockWriter {
    var out = HTMLWriter()
    var charts = 0

    mutating func blocks(_ blocks: [Block]) {
        for block in blocks { self.block(block) }
    }

    mutating func block(_ block: Block) {
        switch block {
        case .header(let header): self.header(header)
        case .heading(let level, let text):
            heading(level, text, id: nil)
            out.newline()
        case .paragraph(let text, let style):
            element("p", style == .plain ? [] : [.class(style.rawValue)]) { $0.inline(text) }
        case .labelled(let label, let text):
            element("p") { p in
                p.out.element("strong", text: label + ":")
                p.out.text(" ")
                p.inline(text)
            }
        case .figures(let figures): self.figures(figures)
        case .table(let table): self.table(table)
        case .list(let list): self.list(list)
        case .definitions(let definitions): self.definitions(definitions)
        case .chart(let chart): self.chart(chart)
        case .section(let section): self.section(section)
        case .sources(let sources): self.sources(sources)
        case .tickBoxes(let labels): tickBoxes(labels, classes: "boxes")
        // The boxes' own row style: a number line needs no rule of its own in the stylesheet.
        case .numberLine(let values): tickBoxes(values, classes: "boxes number-line")
        case .field(let label): field(label)
        case .writingLines(let label, let count): writingLines(label, count: count)
        case .keepTogether(let inner): container("section", [.class("keep")], inner)
        case .footer(let inner): container("footer", [], inner)
        }
    }

    /// `<name>` + content + `</name>` and a new line.
    mutating func element(_ name: StaticString, _ attributes: [HTMLAttribute] = [], _ content: (inout HTMLBlockWriter) -> Void) {
        out.open(name, attributes)
        content(&self)
        out.close(name)
        out.newline()
    }

    /// Blocks inside an element, each on its own lines.
    mutating func container(_ name: StaticString, _ attributes: [HTMLAttribute], _ inner: [Block]) {
        out.open(name, attributes)
        out.newline()
        blocks(inner)
        out.close(name)
        out.newline()
    }

    mutating func header(_ header: Header) {
        out.open("header", [.class("report")])
        out.newline()
        element("h1") { $0.inline(header.title) }
        element("p", [.class("meta")]) { $0.inline(header.meta) }
        for note in header.notes { element("p", [.class("meta")]) { $0.inline(note) } }
        out.close("header")
        out.newline()
    }

    mutating func heading(_ level: Int, _ text: RichText, id: String?) {
        let tag = Self.headingTag(level)
        out.open(tag, id.map { [.id($0)] } ?? [])
        inline(text)
        out.close(tag)
    }

    static func headingTag(_ level: Int) -> StaticString {
        switch level {
        case ...1: "h1"
        case 2: "h2"
        case 3: "h3"
        default: "h4"
        }
    }

    mutating func section(_ section: Section) {
        out.open("section", section.id.map { [HTMLAttribute("aria-labelledby", $0)] } ?? [])
        out.newline()
        if section.role != .main {
            out.open("details", section.role == .detail ? [HTMLAttribute("open", nil)] : [])
            out.newline()
            out.open("summary")
            heading(section.level, section.title, id: section.id)
            out.close("summary")
        } else {
            heading(section.level, section.title, id: section.id)
        }
        out.newline()
        blocks(section.blocks)
        if section.role != .main {
            out.close("details")
            out.newline()
        }
        out.close("section")
        out.newline()
    }

    mutating func inline(_ text: RichText) {
        for part in text.inlines { inline(part) }
    }

    mutating func inline(_ part: Inline) {
        switch part {
        case .text(let text): out.text(text)
        case .strong(let text): span("strong", [], text)
        case .code(let text): out.element("code", text: text)
        case .date(let date): out.element("time", [HTMLAttribute("datetime", date)], text: date)
        case .link(let text, let url):
            if let href = HTMLAttribute.href(url) { span("a", [href], text) } else { inline(text) }
        case .document(let text, let path):
            if let address = Escape.relativeAddress(path) {
                span("a", [HTMLAttribute("href", address)], text)
            } else {
                inline(text + RichText(" (" + path + ")"))
            }
        case .tone(let tone, let text): span("span", [.class(tone.rawValue)], text)
        case .level(let level): out.element("span", [.class("level")], text: level)
        case .tags(let tags): out.element("span", [.class("tags")], text: "[" + tags.joined(separator: ", ") + "]")
        case .lineBreak: out.void("br")
        }
    }

    /// An inline element around rich text.
    private mutating func span(_ name: StaticString, _ attributes: [HTMLAttribute], _ text: RichText) {
        out.open(name, attributes)
        inline(text)
        out.close(name)
    }
}
