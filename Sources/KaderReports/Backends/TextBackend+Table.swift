/// Tables for the terminal: in aligned columns, numbers on the right, scores with a bar, a line
/// break in a cell starting a new line and a cell wider than its column's limit wrapped onto more
/// lines (never cut); a table of sentences (questions) row by row instead, the row's subject on
/// one line and its other cells on the next.
extension TextLines {
    /// Cells of a score column: the number, two spaces, and a bar of 20 cells.
    static let barWidth = 22

    mutating func table(_ table: Table) {
        if table.columns.contains(where: \.isProse) { stacked(table) } else { aligned(table) }
    }

    private mutating func aligned(_ table: Table) {
        let numberWidths = table.columns.indices.map { column in
            table.rows.compactMap { row -> Int? in
                guard column < row.cells.count, case .score(_, let text) = row.cells[column] else { return nil }
                return clean(text).count
            }.max()
        }
        let headers = table.columns.map { styled($0.header) }
        // Each cell as its lines: a line break in a cell (a score, its level, its grade) starts a new one.
        let cells = table.rows.map { row in
            row.cells.enumerated().map { column, cell in self.cell(cell, numberWidth: numberWidths[column] ?? 0) }
        }
        let widths = table.columns.enumerated().map { index, column in
            let lines = cells.flatMap { index < $0.count ? $0[index].map(\.width) : [] }
            let natural = ([headers[index].width] + lines).max() ?? 0
            return numberWidths[index] != nil ? natural : min(natural, column.maxWidth ?? natural)
        }
        // A line wider than its column's limit wraps onto lines of its own rather than being cut.
        func row(_ cells: [[Styled]], total: Bool) -> [Styled] {
            let wrapped = cells.enumerated().map { index, lines in
                numberWidths[index] == nil && index < widths.count ? lines.flatMap { $0.wrapped(to: widths[index]) } : lines
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { lineIndex in
                let padded = zip(table.columns, wrapped).enumerated().map { index, pair -> Styled in
                    let (column, lines) = pair
                    let trailing = column.alignment == .trailing && numberWidths[index] == nil
                    let fitted = (lineIndex < lines.count ? lines[lineIndex] : Styled("")).fitted(to: widths[index], trailing: trailing)
                    return total && column.namesRows ? fitted.bold() : fitted
                }
                var line = Styled("  ")
                for (index, cell) in padded.enumerated() { line = line + (index > 0 ? Styled("  ") : Styled("")) + cell }
                return line.trimmingTrailingSpaces()
            }
        }
        // Over a score with a bar, the header stands over the number.
        let heads = headers.enumerated().map { index, header in
            [numberWidths[index].map { header.fitted(to: max($0, header.width), trailing: true) } ?? header]
        }
        for header in row(heads.map { $0.map { $0.bold() } }, total: false) { line(header) }
        for (index, cells) in cells.enumerated() {
            for part in row(cells, total: table.rows[index].isTotal) { line(part) }
        }
    }

    private func cell(_ cell: Table.Cell, numberWidth: Int) -> [Styled] {
        switch cell {
        case .text(let text):
            var lines: [RichText] = [[]]
            for inline in text.inlines {
                if case .lineBreak = inline { lines.append([]) } else { lines[lines.count - 1].inlines.append(inline) }
            }
            return lines.map(styled)
        case .score(let score, let text):
            let number = Styled(clean(text)).fitted(to: numberWidth, trailing: true)
            guard let score else { return [number + Styled(String(repeating: " ", count: Self.barWidth + 2))] }
            let filled = Int((max(0, min(100, score)) / 5).rounded())
            return [number + Styled("  [" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "]")]
        }
    }

    /// Each row as two lines: its subject (the column naming rows, or the first sentence), then
    /// its other cells, as a series ("Deels → Volledig") or as fields ("Samen: Volledig").
    private mutating func stacked(_ table: Table) {
        let subject = table.columns.firstIndex(where: \.namesRows) ?? table.columns.firstIndex(where: \.isProse) ?? 0
        for row in table.rows {
            guard subject < row.cells.count else { continue }
            line(Styled("  ") + styled(row.cells[subject].text))
            let others = row.cells.indices.filter { $0 != subject && $0 < table.columns.count }
            let parts: [Styled] =
                switch table.reading {
                case .series: others.map { styled(row.cells[$0].text) }
                case .fields:
                    others.filter { !row.cells[$0].text.isEmpty }.map { column in
                        styled(table.columns[column].header) + Styled(": ") + styled(row.cells[column].text)
                    }
                }
            guard !parts.isEmpty else { continue }
            let separator = Styled(table.reading == .series ? " → " : " · ")
            line(parts.dropFirst().reduce(Styled("    ") + parts[0]) { $0 + separator + $1 })
        }
    }
}
