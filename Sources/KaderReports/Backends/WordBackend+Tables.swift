/// Tables, key figures and charts as WordprocessingML tables, with fixed column widths so that
/// Word and LibreOffice lay them out alike.
extension WordBodyWriter {
    /// The width between the margins of an A4 page, in twentieths of a point (17 cm).
    static let textWidth = 9638

    mutating func table(_ table: Table) {
        let widths = Self.columnWidths(table)
        tableStart(widths: widths, borders: true)
        out.open("w:tr")
        out.element("w:trPr") {
            $0.empty("w:cantSplit")
            $0.empty("w:tblHeader")
        }
        for (column, width) in zip(table.columns, widths) {
            cell(width: width, fill: WordPackage.Colors.headerFill) { c in
                c.paragraph(ParagraphFormat(style: "TableText", alignRight: column.alignment == .trailing)) {
                    $0.runs(column.header, RunStyle(bold: true))
                }
            }
        }
        out.close("w:tr")
        out.newline()
        for row in table.rows {
            out.open("w:tr")
            out.element("w:trPr") { $0.empty("w:cantSplit") }
            for (column, (cell, width)) in zip(table.columns, zip(row.cells, widths)) {
                let style = RunStyle(bold: row.isTotal || column.namesRows, italic: column.holdsNotes)
                self.cell(width: width) { c in
                    c.paragraph(ParagraphFormat(style: "TableText", alignRight: column.alignment == .trailing)) {
                        $0.runs(cell.text, style)
                    }
                }
            }
            out.close("w:tr")
            out.newline()
        }
        out.close("w:tbl")
        out.newline()
        paragraph(ParagraphFormat(style: "Spacer")) { _ in }
    }

    /// Widths that follow what each column holds. A column of numbers or levels ("100%",
    /// "Onvoldoende (begrensd)") gets the room its longest text needs in bold table type, so it
    /// stays on one line and no wider; the columns that name rows or hold sentences share the rest
    /// and wrap. Where that rest would be too narrow, every column gets a share by its length.
    static func columnWidths(_ table: Table) -> [Int] {
        let longest = table.columns.indices.map { index -> Int in
            let header = table.columns[index].header.plain.count
            let cells = table.rows.compactMap { $0.cells.indices.contains(index) ? $0.cells[index].text.plain.count : nil }
            return max(1, ([header] + cells).max() ?? 1)
        }
        let wraps = table.columns.map { $0.namesRows || $0.isProse }
        let fixed = zip(longest, wraps).map { length, wraps in wraps ? 0 : min(length, 40) * boldCharacterWidth + cellPadding }
        let weights = zip(longest, table.columns).map { length, column in
            min(max(length, 24), column.isProse ? 60 : 40)
        }
        let rest = textWidth - fixed.reduce(0, +)
        let wrapping = table.columns.indices.filter { wraps[$0] }
        guard !wrapping.isEmpty, rest >= wrapping.count * minimumWrappingWidth else {
            return share(textWidth, by: wrapping.isEmpty ? fixed : weights.indices.map { wraps[$0] ? weights[$0] : longest[$0] })
        }
        var widths = fixed
        for (index, width) in zip(wrapping, share(rest, by: wrapping.map { weights[$0] })) { widths[index] = width }
        return widths
    }

    /// The width of one character of 9-point bold table type in the widest common sans-serif
    /// (DejaVu Sans, LibreOffice's stand-in for Arial), in twentieths of a point.
    static let boldCharacterWidth = 118
    /// A cell's left and right margins (80 each) and a little air.
    static let cellPadding = 220
    /// A column that names rows is not squeezed below about 20 characters.
    static let minimumWrappingWidth = 2400

    /// `total` in parts proportional to `weights`, the last taking what rounding left.
    static func share(_ total: Int, by weights: [Int]) -> [Int] {
        let sum = max(1, weights.reduce(0, +))
        var widths = weights.map { $0 * total / sum }
        if !widths.isEmpty { widths[widths.count - 1] += total - widths.reduce(0, +) }
        return widths
    }

    /// `<w:tbl>` with its properties and grid; the caller writes the rows and closes it.
    mutating func tableStart(widths: [Int], borders: Bool) {
        out.open("w:tbl")
        out.element("w:tblPr") { p in
            p.empty("w:tblW", ["w:w": String(widths.reduce(0, +)), "w:type": "dxa"])
            p.element("w:tblBorders") { b in
                let line = borders ? "single" : "nil"
                b.empty("w:top", ["w:val": line, "w:sz": "8", "w:space": "0", "w:color": WordPackage.Colors.ink])
                b.empty("w:left", ["w:val": "nil"])
                b.empty("w:bottom", ["w:val": line, "w:sz": "8", "w:space": "0", "w:color": WordPackage.Colors.ink])
                b.empty("w:right", ["w:val": "nil"])
                b.empty("w:insideH", ["w:val": line, "w:sz": "4", "w:space": "0", "w:color": WordPackage.Colors.line])
                b.empty("w:insideV", ["w:val": "nil"])
            }
            p.empty("w:tblLayout", ["w:type": "fixed"])
            p.element("w:tblCellMar") { m in
                m.empty("w:top", ["w:w": "30", "w:type": "dxa"])
                m.empty("w:left", ["w:w": "80", "w:type": "dxa"])
                m.empty("w:bottom", ["w:w": "30", "w:type": "dxa"])
                m.empty("w:right", ["w:w": "80", "w:type": "dxa"])
            }
            p.empty(
                "w:tblLook",
                [
                    "w:val": "0000", "w:firstRow": "0", "w:lastRow": "0", "w:firstColumn": "0", "w:lastColumn": "0",
                    "w:noHBand": "1", "w:noVBand": "1"
                ])
        }
        out.element("w:tblGrid") { g in
            for width in widths { g.empty("w:gridCol", ["w:w": String(width)]) }
        }
        out.newline()
    }

    /// `<w:tc>`: its width (and how many grid columns it spans), fill, borders, then its content.
    mutating func cell(
        width: Int, span: Int = 1, fill: String? = nil, leftRule: Bool = false, box: Bool = false,
        _ content: (inout WordBodyWriter) -> Void
    ) {
        out.open("w:tc")
        out.element("w:tcPr") { p in
            p.empty("w:tcW", ["w:w": String(width), "w:type": "dxa"])
            if span > 1 { p.empty("w:gridSpan", ["w:val": String(span)]) }
            if leftRule || box {
                p.element("w:tcBorders") { b in
                    if box {
                        for side: StaticString in ["w:top", "w:left", "w:bottom", "w:right"] {
                            b.empty(side, ["w:val": "single", "w:sz": "6", "w:space": "0", "w:color": WordPackage.Colors.line])
                        }
                    } else {
                        b.empty("w:left", ["w:val": "dotted", "w:sz": "4", "w:space": "0", "w:color": WordPackage.Colors.muted])
                    }
                }
            }
            if let fill { p.empty("w:shd", ["w:val": "clear", "w:color": "auto", "w:fill": fill]) }
            p.empty("w:vAlign", ["w:val": "center"])
        }
        content(&self)
        out.close("w:tc")
    }

    /// The key figures side by side, each in a box: its label, its value large, and its detail.
    mutating func figures(_ figures: Figures) {
        guard !figures.figures.isEmpty else { return }
        // A long value ("In ontwikkeling") gets the room to stay on one line.
        let widths = Self.share(Self.textWidth, by: figures.figures.map { max($0.value.count, 8) })
        tableStart(widths: widths, borders: false)
        out.open("w:tr")
        out.element("w:trPr") { $0.empty("w:cantSplit") }
        for (figure, width) in zip(figures.figures, widths) {
            cell(width: width, box: true) { c in
                c.paragraph(ParagraphFormat(style: "FigureLabel")) { $0.run(figure.label) }
                c.paragraph(ParagraphFormat(style: "FigureValue")) { $0.run(figure.value) }
                if let detail = figure.detail { c.paragraph(ParagraphFormat(style: "FigureLabel")) { $0.run(detail) } }
            }
        }
        out.close("w:tr")
        out.close("w:tbl")
        out.newline()
        paragraph(ParagraphFormat(style: "Spacer")) { _ in }
    }
}
