import Kader

/// Writes a ``ReportDocument`` as a Word document: Office Open XML (WordprocessingML) in a ZIP,
/// A4 with its own styles (``WordPackage``), that Word and LibreOffice open alike. Headings are
/// Word's heading styles (so a reader's navigation pane lists them), tables are tables, lists
/// carry their markers as text, and a chart is drawn as a table of shaded cells: no drawing
/// objects that one program renders and another does not. Every text goes through
/// ``WordXML`` and so through ``Escape/xml(_:)``.
public struct WordBackend: Sendable {
    /// Creates the backend.
    public init() {}

    /// The document as the bytes of a `.docx` file.
    public func docx(_ document: ReportDocument) throws -> [UInt8] {
        try WordPackage(document: document, body: body(document)).zipped()
    }

    /// The `<w:body>` content of `word/document.xml`: the document's blocks, then the page setup.
    public func body(_ document: ReportDocument) -> String {
        var writer = WordBodyWriter()
        writer.blocks(document.blocks)
        return writer.out.xml
    }
}

/// How a run of text looks: bold, italic, a colour, a size, a fixed-width font.
struct RunStyle {
    var bold = false
    var italic = false
    /// RRGGBB.
    var color: String?
    /// In half points (Word's unit): 18 is 9 pt.
    var size: Int?
    var mono = false

    static let muted = RunStyle(color: WordPackage.Colors.muted)
}

/// How a paragraph sits on the page, beyond its style.
struct ParagraphFormat {
    var style: StaticString?
    var keepNext = false
    /// Space before and after, in twentieths of a point.
    var before: Int?
    var after: Int?
    /// Indent from the left and the hanging first line, in twentieths of a point.
    var left: Int?
    var hanging: Int?
    var alignRight = false
    /// A rule under the paragraph (the end of a report's head).
    var ruleBelow = false
}

/// Writes blocks and inlines as WordprocessingML paragraphs, runs and tables.
struct WordBodyWriter {
    var out = WordXML()
    /// Inside ``Block/keepTogether(_:)`` (all but its last block) every paragraph keeps with the next.
    var keepNext = false
    /// Inside the footer, plain paragraphs are small print.
    var inFooter = false

    mutating func blocks(_ blocks: [Block]) {
        for block in blocks { self.block(block) }
    }

    mutating func block(_ block: Block) {
        switch block {
        case .header(let header): self.header(header)
        case .heading(let level, let text): paragraph(ParagraphFormat(style: Self.headingStyle(level), keepNext: true)) { $0.runs(text) }
        case .paragraph(let text, let style): paragraph(ParagraphFormat(style: paragraphStyle(style))) { $0.runs(text) }
        case .labelled(let label, let text):
            paragraph(ParagraphFormat()) { p in
                p.run(label + ": ", RunStyle(bold: true))
                p.runs(text)
            }
        case .figures(let figures): self.figures(figures)
        case .table(let table): self.table(table)
        case .list(let list): self.list(list)
        case .definitions(let definitions):
            for definition in definitions {
                paragraph(ParagraphFormat(keepNext: true, after: 0)) { $0.runs(definition.term, RunStyle(bold: true)) }
                paragraph(ParagraphFormat(left: 360)) { $0.runs(definition.description) }
            }
        case .chart(let chart): self.chart(chart)
        case .section(let section):
            paragraph(ParagraphFormat(style: Self.headingStyle(section.level), keepNext: true)) { $0.runs(section.title) }
            blocks(section.blocks)
        case .sources(let sources):
            for source in sources {
                let address = source.url.flatMap(Escape.webAddress).map { " — " + $0 } ?? ""
                listItem(marker: RichText("•"), RichText(source.title + address))
            }
        case .tickBoxes(let labels):
            for label in labels { listItem(marker: RichText("☐"), RichText(label)) }
        case .numberLine(let values):
            paragraph(ParagraphFormat()) { $0.run(values.map { "☐ " + $0 }.joined(separator: "     ")) }
        case .field(let label): paragraph(ParagraphFormat(before: 120)) { $0.run(label + ": " + String(repeating: "_", count: 50)) }
        case .writingLines(let label, let count):
            paragraph(ParagraphFormat(keepNext: true)) { $0.run(label + ":") }
            for _ in 0..<max(0, count) { paragraph(ParagraphFormat(before: 160)) { $0.run(String(repeating: "_", count: 75)) } }
        case .keepTogether(let inner):
            let outer = keepNext
            keepNext = true
            blocks(Array(inner.dropLast()))
            keepNext = outer
            if let last = inner.last { self.block(last) }
        case .footer(let inner):
            inFooter = true
            paragraph(ParagraphFormat(style: "Small", before: 240, ruleBelow: true)) { _ in }
            blocks(inner)
            inFooter = false
        }
    }

    static func headingStyle(_ level: Int) -> StaticString {
        switch level {
        case ...1: "Title"
        case 2: "Heading1"
        case 3: "Heading2"
        default: "Heading3"
        }
    }

    func paragraphStyle(_ style: ParagraphStyle) -> StaticString? {
        switch style {
        case .plain: inFooter ? "Small" : nil
        case .small: "Small"
        case .muted: inFooter ? "Small" : "Muted"
        case .warning: "Warning"
        }
    }

    mutating func header(_ header: Header) {
        paragraph(ParagraphFormat(style: "Title")) { $0.runs(header.title) }
        paragraph(ParagraphFormat(style: "Meta", ruleBelow: header.notes.isEmpty)) { $0.runs(header.meta) }
        for (index, note) in header.notes.enumerated() {
            paragraph(ParagraphFormat(style: "Meta", ruleBelow: index == header.notes.count - 1)) { $0.runs(note) }
        }
    }

    /// An item of a list: its marker, a tab, its text, hanging under the marker.
    mutating func listItem(marker: RichText, _ lead: RichText, details: [RichText] = []) {
        paragraph(ParagraphFormat(style: "ListItem", keepNext: !details.isEmpty)) { p in
            p.runs(marker)
            p.out.element("w:r") { $0.empty("w:tab") }
            p.runs(lead)
        }
        for (index, detail) in details.enumerated() {
            paragraph(ParagraphFormat(style: "ListDetail", keepNext: index < details.count - 1)) { $0.runs(detail) }
        }
    }

    mutating func list(_ list: ItemList) {
        for (index, item) in list.items.enumerated() {
            var marker: RichText
            if let mark = item.mark {
                marker = [.tone(mark.tone, RichText(mark.symbol))]
                listItem(marker: marker, [.tone(mark.tone, RichText(mark.word + ": ")).strongened] + item.lead, details: item.details)
                continue
            }
            switch list.style {
            case .numbered: marker = RichText("\(list.start + index).")
            case .strengths: marker = [.tone(.good, "+")]
            default: marker = RichText("•")
            }
            listItem(marker: marker, item.lead, details: item.details)
        }
    }

    /// `<w:p>` with its properties and content.
    mutating func paragraph(_ format: ParagraphFormat, _ content: (inout WordBodyWriter) -> Void) {
        out.open("w:p")
        paragraphProperties(format)
        content(&self)
        out.close("w:p")
        out.newline()
    }

    /// `<w:pPr>`, its children in the order the schema requires.
    mutating func paragraphProperties(_ format: ParagraphFormat) {
        let keep = format.keepNext || keepNext
        guard
            format.style != nil || keep || format.before != nil || format.after != nil || format.left != nil || format.alignRight
                || format.ruleBelow
        else { return }
        out.element("w:pPr") { p in
            if let style = format.style { p.empty("w:pStyle", ["w:val": "\(style)"]) }
            if keep { p.empty("w:keepNext") }
            if format.ruleBelow {
                p.element("w:pBdr") {
                    $0.empty("w:bottom", ["w:val": "single", "w:sz": "12", "w:space": "4", "w:color": WordPackage.Colors.ink])
                }
            }
            if format.before != nil || format.after != nil {
                switch (format.before, format.after) {
                case (let before?, let after?): p.empty("w:spacing", ["w:before": String(before), "w:after": String(after)])
                case (let before?, nil): p.empty("w:spacing", ["w:before": String(before)])
                case (nil, let after?): p.empty("w:spacing", ["w:after": String(after)])
                case (nil, nil): break
                }
            }
            if let left = format.left {
                if let hanging = format.hanging {
                    p.empty("w:ind", ["w:left": String(left), "w:hanging": String(hanging)])
                } else {
                    p.empty("w:ind", ["w:left": String(left)])
                }
            }
            if format.alignRight { p.empty("w:jc", ["w:val": "right"]) }
        }
    }

    mutating func runs(_ text: RichText, _ style: RunStyle = RunStyle()) {
        for part in text.inlines { inline(part, style) }
    }

    mutating func inline(_ part: Inline, _ style: RunStyle) {
        switch part {
        case .text(let text), .date(let text): run(text, style)
        case .strong(let text): runs(text, style.with { $0.bold = true })
        case .code(let text): run(text, style.with { $0.mono = true })
        case .link(let text, let url):
            runs(text, style)
            if let address = Escape.webAddress(url) { run(" (" + address + ")", style.with { $0.color = WordPackage.Colors.muted }) }
        case .document(let text, let path):
            runs(text, style)
            run(" (" + path + ")", style.with { $0.color = WordPackage.Colors.muted })
        case .tone(let tone, let text):
            runs(
                text,
                style.with { s in
                    s.color = WordPackage.Colors.tone(tone)
                    if tone == .warning || tone == .critical { s.bold = true }
                })
        case .level(let text): run(text, style.with { $0.bold = true })
        case .tags(let tags):
            run(
                "[" + tags.joined(separator: ", ") + "]",
                style.with { s in
                    s.color = WordPackage.Colors.muted
                    s.size = 17
                })
        case .lineBreak: out.element("w:r") { $0.empty("w:br") }
        }
    }

    /// One run: its properties, then the text, a line break for each newline and a tab for each tab.
    mutating func run(_ text: String, _ style: RunStyle = RunStyle()) {
        guard !text.isEmpty else { return }
        out.open("w:r")
        if style.bold || style.italic || style.color != nil || style.size != nil || style.mono {
            out.element("w:rPr") { r in
                if style.mono { r.empty("w:rFonts", ["w:ascii": "Courier New", "w:hAnsi": "Courier New", "w:cs": "Courier New"]) }
                if style.bold { r.empty("w:b") }
                if style.italic { r.empty("w:i") }
                if let color = style.color { r.empty("w:color", ["w:val": color]) }
                if let size = style.size { r.empty("w:sz", ["w:val": String(size)]) }
            }
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { out.empty("w:br") }
            for (part, piece) in line.split(separator: "\t", omittingEmptySubsequences: false).enumerated() {
                if part > 0 { out.empty("w:tab") }
                if !piece.isEmpty { out.element("w:t", ["xml:space": "preserve"]) { $0.text(String(piece)) } }
            }
        }
        out.close("w:r")
    }
}

extension RunStyle {
    /// A copy with `change` made.
    func with(_ change: (inout RunStyle) -> Void) -> RunStyle {
        var copy = self
        change(&copy)
        return copy
    }
}

extension Inline {
    /// The same inline, in bold.
    var strongened: Inline { .strong(RichText([self])) }
}
