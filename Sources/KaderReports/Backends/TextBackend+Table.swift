/// Tables for the terminal: in aligned columns, numbers on the right, scores with a bar, cut
/// with an ellipsis where a column has a width limit; a table of sentences (questions) row by
/// row instead, the row's subject on one line and its other cells on the next.
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
        let cells = table.rows.map { row in
            row.cells.enumerated().map { column, cell in self.cell(cell, numberWidth: numberWidths[column] ?? 0) }
        }
        let widths = table.columns.enumerated().map { index, column in
            let natural = ([headers[index].width] + cells.compactMap { index < $0.count ? $0[index].width : nil }).max() ?? 0
            return numberWidths[index] != nil ? natural : min(natural, column.maxWidth ?? natural)
        }
        func row(_ cells: [Styled], total: Bool) -> Styled {
            let padded = zip(table.columns, cells).enumerated().map { index, pair -> Styled in
                let (column, cell) = pair
                let trailing = column.alignment == .trailing && numberWidths[index] == nil
                let fitted = cell.fitted(to: widths[index], trailing: trailing)
                return total && column.namesRows ? fitted.bold() : fitted
            }
            var line = Styled("  ")
            for (index, cell) in padded.enumerated() { line = line + (index > 0 ? Styled("  ") : Styled("")) + cell }
            return line.trimmingTrailingSpaces()
        }
        // Over a score with a bar, the header stands over the number.
        let heads = headers.enumerated().map { index, header in
            numberWidths[index].map { header.fitted(to: max($0, header.width), trailing: true) } ?? header
        }
        line(row(heads.map { $0.bold() }, total: false))
        for (index, cells) in cells.enumerated() { line(row(cells, total: table.rows[index].isTotal)) }
    }

    private func cell(_ cell: Table.Cell, numberWidth: Int) -> Styled {
        switch cell {
        case .text(let text): return styled(text)
        case .score(let score, let text):
            let number = Styled(clean(text)).fitted(to: numberWidth, trailing: true)
            guard let score else { return number + Styled(String(repeating: " ", count: Self.barWidth + 2)) }
            let filled = Int((max(0, min(100, score)) / 5).rounded())
            return number + Styled("  [" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "]")
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
