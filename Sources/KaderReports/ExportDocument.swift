import Kader

/// The formats a framework can be exported in (`kader export --format`).
public enum ExportFormat: String, Sendable, CaseIterable {
    /// Markdown: paste into a wiki, convert with pandoc, print from an editor.
    case markdown
    /// One self-contained HTML page with a print stylesheet.
    case html
}

/// A printable document about a framework (a handout, a paper form), built from a few kinds of
/// block and written as Markdown or HTML. Every text goes through ``Escape``.
struct ExportDocument {
    /// One block of the document.
    indirect enum Block {
        /// A heading of level 1-4.
        case heading(Int, String)
        /// A paragraph; line breaks in the text start new paragraphs.
        case paragraph(String)
        /// Small, muted text.
        case small(String)
        /// A paragraph with a bold lead: "**Label:** text".
        case labeled(String, String)
        /// A bulleted list.
        case bullets([String])
        /// A table with a header row.
        case table([String], [[String]])
        /// Tick boxes, one per label, for a paper form.
        case boxes([String])
        /// Tick boxes in a row, one per value: a number line for a paper form.
        case numberLine([String])
        /// A labelled line to write on.
        case field(String)
        /// Ruled lines to write notes on.
        case lines(String, Int)
        /// Sources: a title and, when there is one, a web address.
        case sources([(String, String?)])
        /// Blocks kept together on one page (a question with its boxes).
        case keep([Block])
    }

    var title: String
    var language: Language
    var blocks: [Block] = []

    mutating func add(_ block: Block) { blocks.append(block) }

    func render(_ format: ExportFormat) -> String {
        switch format {
        case .markdown: blocks.map(markdown).joined(separator: "\n") 
        case .html: html()
        }
    }

    // MARK: Markdown

    private func markdown(_ block: Block) -> String {
        let md = Escape.markdown
        switch block {
        case .heading(let level, let text): return String(repeating: "#", count: level) + " " + md(text) + "\n"
        case .paragraph(let text): return paragraphs(text).map { md($0) + "\n" }.joined(separator: "\n")
        case .small(let text): return "*" + md(text) + "*\n"
        case .labeled(let label, let text): return "**" + md(label) + ":** " + md(text) + "\n"
        case .bullets(let items): return items.map { "- " + md($0) + "\n" }.joined()
        case .table(let header, let rows):
            var out = "| " + header.map(md).joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: " --- |", count: header.count) + "\n"
            for row in rows { out += "| " + row.map(md).joined(separator: " | ") + " |\n" }
            return out
        case .boxes(let labels): return labels.map { "- [ ] " + md($0) + "\n" }.joined()
        case .numberLine(let values): return values.map { "[ ] " + md($0) }.joined(separator: "   ") + "\n"
        case .field(let label): return md(label) + ": " + String(repeating: "…", count: 40) + "\n"
        case .lines(let label, let count):
            return md(label) + ":\n\n" + Array(repeating: String(repeating: "…", count: 60) + "\n", count: count).joined(separator: "\n")
        case .sources(let sources):
            return sources.map { title, url in
                "- " + md(title) + (url.flatMap(Self.safeURL).map { " — <" + $0 + ">" } ?? "") + "\n"
            }.joined()
        case .keep(let inner): return inner.map(markdown).joined(separator: "\n")
        }
    }

    private func paragraphs(_ text: String) -> [String] {
        text.split(separator: "\n").map { String($0).trimmingWhitespaceForExport() }.filter { !$0.isEmpty }
    }

    /// An http(s) address without characters that could break out of a link.
    static func safeURL(_ url: String) -> String? {
        let lower = url.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://") else { return nil }
        guard url.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value < 0x7F && !"<>\"'`\\ ".unicodeScalars.contains($0) }) else { return nil }
        return url
    }

    // MARK: HTML

    private func html() -> String {
        var body = ""
        for block in blocks { body += htmlBlock(block) }
        return HTMLPage.document(title: title, language: language, body: "<main>\n\(body)</main>", css: Self.css)
    }

    private func boxList(_ labels: [String], classes: String) -> String {
        let items = labels.map { "<li><span class=\"box\" aria-hidden=\"true\"></span> \(Escape.html($0))</li>\n" }
        return "<ul class=\"\(classes)\">\n" + items.joined() + "</ul>\n"
    }

    private func htmlBlock(_ block: Block) -> String {
        let h = Escape.html
        switch block {
        case .heading(let level, let text): return "<h\(level)>\(h(text))</h\(level)>\n"
        case .paragraph(let text): return paragraphs(text).map { "<p>\(h($0))</p>\n" }.joined()
        case .small(let text): return "<p class=\"small\">\(h(text))</p>\n"
        case .labeled(let label, let text): return "<p><strong>\(h(label)):</strong> \(h(text))</p>\n"
        case .bullets(let items): return "<ul>\n" + items.map { "<li>\(h($0))</li>\n" }.joined() + "</ul>\n"
        case .table(let header, let rows):
            var out = "<table>\n<thead><tr>" + header.map { "<th>\(h($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
            for row in rows { out += "<tr>" + row.map { "<td>\(h($0))</td>" }.joined() + "</tr>\n" }
            return out + "</tbody>\n</table>\n"
        case .boxes(let labels): return boxList(labels, classes: "boxes")
        // The boxes' own row style: a number line needs no rule of its own in the style sheet.
        case .numberLine(let values): return boxList(values, classes: "boxes number-line")
        case .field(let label): return "<p class=\"field\"><span>\(h(label)):</span> <span class=\"rule\"></span></p>\n"
        case .lines(let label, let count):
            return "<div class=\"lines\"><span>\(h(label)):</span>\n" + String(repeating: "<div class=\"rule\"></div>\n", count: count) + "</div>\n"
        case .sources(let sources):
            return "<ul class=\"sources\">\n" + sources.map { title, url in
                "<li>\(h(title))" + (url.flatMap(Self.safeURL).map { " — <a href=\"\(h($0))\">\(h($0))</a>" } ?? "") + "</li>\n"
            }.joined() + "</ul>\n"
        case .keep(let inner): return "<section class=\"keep\">\n" + inner.map(htmlBlock).joined() + "</section>\n"
        }
    }

    static let css = """
    * { box-sizing: border-box; }
    body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #111; background: #fff; line-height: 1.45; margin: 0; }
    main { max-width: 48rem; margin: 0 auto; padding: 1.5rem; }
    h1 { font-size: 1.6rem; margin: 0 0 .3rem; border-bottom: 3px solid #111; padding-bottom: .3rem; }
    h2 { font-size: 1.25rem; margin: 1.8rem 0 .5rem; border-bottom: 1px solid #999; }
    h3 { font-size: 1.05rem; margin: 1.2rem 0 .3rem; }
    .small { font-size: .88rem; color: #444; margin: .2rem 0; }
    table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
    th, td { border: 1px solid #999; padding: .3rem .45rem; text-align: left; vertical-align: top; }
    th { font-weight: 700; }
    ul.boxes { list-style: none; padding: 0; margin: .3rem 0; display: flex; flex-wrap: wrap; gap: .3rem 1.4rem; }
    .box { display: inline-block; width: .95em; height: .95em; border: 1.5px solid #111; vertical-align: -.1em; margin-right: .25em; }
    .field { display: flex; gap: .5rem; align-items: flex-end; margin: .5rem 0; }
    .field .rule { flex: 1; }
    .rule { border-bottom: 1px solid #555; height: 1.6rem; }
    .lines { margin: .3rem 0 .6rem; }
    .lines > span { font-size: .88rem; color: #444; }
    section.keep { border-top: 1px solid #ccc; padding-top: .4rem; margin-top: .6rem; }
    a { color: #111; }
    @media print {
      @page { margin: 15mm; }
      body { font-size: 10.5pt; }
      main { max-width: none; padding: 0; }
      h2, h3 { break-after: avoid; }
      section.keep, table, li { break-inside: avoid; }
      a[href]::after { content: ""; }
    }
    """
}

extension String {
    func trimmingWhitespaceForExport() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[start...end])
    }
}
