import Foundation
import Kader

/// Reads the Markdown of a document that comes with a framework (a session plan, an evaluation
/// form: ``FrameworkResource``) into a ``ReportDocument``, so that the one HTML backend, and
/// with it the one escaper, writes it as a page. Nothing in the text becomes markup of its own:
/// the reader knows the little Markdown such documents use and keeps everything else as text.
///
/// Understood: headings (`#` to `####`), paragraphs, bulleted and numbered lists with indented
/// continuation lines, boxes to tick (`- [ ]`, and `[ ]` inside a line), pipe tables, `**bold**`,
/// `*emphasis*` (kept as plain words), `` `code` ``, `<https://…>` addresses, and a `---` line,
/// after which the rest is the document's footer (where its sources go).
public struct MarkdownReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// `markdown` as a printable document called after its first heading (or `fallbackTitle`).
    public func document(_ markdown: String, fallbackTitle: String, language: Language) -> ReportDocument {
        let lines = markdown.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        var main: [Block] = []
        var footer: [Block]?
        var index = 0
        var title: String?
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                index += 1
                continue
            }
            var block: Block
            if trimmed == "---" {
                footer = []
                index += 1
                continue
            } else if let (level, text) = Self.heading(trimmed) {
                if title == nil, level == 1 { title = text }
                block = .heading(level: level, inline(text))
                index += 1
            } else if trimmed.hasPrefix("|") {
                block = table(lines, &index)
            } else if Self.listMarker(line) != nil {
                block = list(lines, &index)
            } else {
                block = paragraph(lines, &index)
            }
            if footer != nil { footer?.append(block) } else { main.append(block) }
        }
        if let footer { main.append(.footer(footer)) }
        return ReportDocument(title: title ?? fallbackTitle, language: language, style: .printout, blocks: main)
    }

    /// `# Title` → (1, "Title"), up to four levels.
    static func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...4).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
        return (hashes, line.dropFirst(hashes + 1).trimmingCharacters(in: .whitespaces))
    }

    /// A list item's marker at the start of `line` (no indent): `- ` or `12. `, with the text after it.
    static func listMarker(_ line: String) -> (numbered: Bool, text: String)? {
        if line.hasPrefix("- ") || line.hasPrefix("* ") { return (false, String(line.dropFirst(2))) }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") else { return nil }
        return (true, String(line.dropFirst(digits.count + 2)))
    }

    private func paragraph(_ lines: [String], _ index: inout Int) -> Block {
        var parts: [String] = []
        while index < lines.count {
            let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed == "---" || trimmed.hasPrefix("|") || Self.heading(trimmed) != nil
                || (!parts.isEmpty && Self.listMarker(lines[index]) != nil)
            {
                break
            }
            parts.append(trimmed)
            index += 1
        }
        let text = parts.joined(separator: " ")
        // A paragraph wholly in emphasis is an aside (who the document is for): small print.
        if text.hasPrefix("*"), !text.hasPrefix("**"), text.hasSuffix("*"), !text.hasSuffix("**"), text.count > 2 {
            return .paragraph(inline(String(text.dropFirst().dropLast())), .small)
        }
        return .paragraph(inline(text))
    }

    private func list(_ lines: [String], _ index: inout Int) -> Block {
        var items: [String] = []
        var numbered = false
        while index < lines.count {
            let line = lines[index]
            if let marker = Self.listMarker(line) {
                numbered = marker.numbered
                items.append(marker.text)
            } else if line.hasPrefix(" "), !line.trimmingCharacters(in: .whitespaces).isEmpty, !items.isEmpty {
                items[items.count - 1] += " " + line.trimmingCharacters(in: .whitespaces)
            } else {
                break
            }
            index += 1
        }
        if !numbered, items.allSatisfy({ $0.hasPrefix("[ ] ") }) {
            return .tickBoxes(items.map { String($0.dropFirst(4)) })
        }
        return .list(ItemList(numbered ? .numbered : .bullets, items.map { ItemList.Item(inline($0)) }))
    }

    private func table(_ lines: [String], _ index: inout Int) -> Block {
        var rows: [[String]] = []
        while index < lines.count, lines[index].trimmingCharacters(in: .whitespaces).hasPrefix("|") {
            let cells = Self.cells(lines[index])
            if !cells.allSatisfy({ !$0.isEmpty && $0.allSatisfy { "-: ".contains($0) } }) { rows.append(cells) }
            index += 1
        }
        let header = rows.first ?? []
        let columns = header.map { Table.Column(inline($0), isProse: true) }
        let body = rows.dropFirst().map { cells in
            Table.Row((0..<header.count).map { column in Table.Cell.text(inline(column < cells.count ? cells[column] : "")) })
        }
        return .table(Table(columns: columns, rows: Array(body)))
    }

    /// The cells of a table row: `| a | b |` → ["a", "b"].
    static func cells(_ line: String) -> [String] {
        var trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("|") { trimmed.removeFirst() }
        if trimmed.hasSuffix("|") { trimmed.removeLast() }
        return trimmed.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// The inline markup of a line as rich text; anything not understood stays text.
    func inline(_ text: String) -> RichText {
        var inlines: [Inline] = []
        var plain = ""
        var rest = Substring(text)
        func flush() {
            if !plain.isEmpty { inlines.append(.text(plain)) }
            plain = ""
        }
        while let first = rest.first {
            if rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**") {
                flush()
                inlines.append(.strong(inline(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound]))))
                rest = rest[end.upperBound...]
            } else if first == "*", let end = rest.dropFirst().firstIndex(of: "*"), end > rest.index(after: rest.startIndex) {
                plain += rest[rest.index(after: rest.startIndex)..<end]
                rest = rest[rest.index(after: end)...]
            } else if first == "`", let end = rest.dropFirst().firstIndex(of: "`") {
                flush()
                inlines.append(.code(String(rest[rest.index(after: rest.startIndex)..<end])))
                rest = rest[rest.index(after: end)...]
            } else if first == "<", let end = rest.firstIndex(of: ">"),
                let url = Escape.webAddress(String(rest[rest.index(after: rest.startIndex)..<end]))
            {
                flush()
                inlines.append(.link(RichText(url), url: url))
                rest = rest[rest.index(after: end)...]
            } else if rest.hasPrefix("[ ]") {
                plain += "☐"
                rest = rest.dropFirst(3)
            } else {
                plain.append(first)
                rest = rest.dropFirst()
            }
        }
        flush()
        return RichText(inlines)
    }
}
