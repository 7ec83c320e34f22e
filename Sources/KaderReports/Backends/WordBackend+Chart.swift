import Kader

/// A bar chart as a table of shaded cells: Word and LibreOffice draw it alike, print it in
/// black and white as light and dark, and copy it into a memo without a drawing object.
extension WordBodyWriter {
    /// The bar's resolution: one grid column per 2 points of the 0-100 axis.
    static let chartSteps = 50

    mutating func chart(_ chart: Chart) {
        let label = 3388
        let value = 1250
        let step = (Self.textWidth - label - value) / Self.chartSteps
        let widths = [label] + Array(repeating: step, count: Self.chartSteps) + [value]
        // The framework's level edges as rules down the chart: where a bar crosses into a level.
        let rules = Set(
            chart.gridlines.map { Int(($0 / 100 * Double(Self.chartSteps)).rounded()) }.filter { $0 > 0 && $0 < Self.chartSteps })
        if chart.series.count > 1 { legend(chart.series) }
        tableStart(widths: widths, borders: false)
        for row in chart.rows {
            for (index, value) in row.values.enumerated() {
                out.open("w:tr")
                out.element("w:trPr") {
                    $0.empty("w:cantSplit")
                    $0.empty("w:trHeight", ["w:val": "300", "w:hRule": "atLeast"])
                }
                cell(width: label) { c in
                    c.paragraph(ParagraphFormat(style: "ChartText")) { $0.run(index == 0 ? row.label : "") }
                }
                bar(value, series: index, rules: rules, step: step)
                cell(width: widths[widths.count - 1]) { c in
                    c.paragraph(ParagraphFormat(style: "ChartText")) { p in
                        p.run(value.value == nil ? "" : value.text, RunStyle(bold: true))
                        if index == 0, let mark = row.mark { p.run(" (" + mark + ")", RunStyle(color: WordPackage.Colors.warning)) }
                    }
                }
                out.close("w:tr")
                out.newline()
            }
        }
        axis(chart.gridlines, step: step, widths: widths)
        out.close("w:tbl")
        out.newline()
        paragraph(ParagraphFormat(style: "Caption")) { $0.run(chart.caption) }
    }

    /// A value's bar: dark up to the value, light after it, cut at the rules; or the words for
    /// a missing value across the whole width.
    private mutating func bar(_ value: Chart.Value, series: Int, rules: Set<Int>, step: Int) {
        guard let number = value.value else {
            cell(width: step * Self.chartSteps, span: Self.chartSteps) { c in
                c.paragraph(ParagraphFormat(style: "ChartText")) {
                    $0.run(value.text, RunStyle(italic: true, color: WordPackage.Colors.muted))
                }
            }
            return
        }
        let filled = Int((max(0, min(100, number)) / 100 * Double(Self.chartSteps)).rounded())
        let edges = Array(Set([0, filled, Self.chartSteps] + rules)).sorted()
        for (start, end) in zip(edges, edges.dropFirst()) where end > start {
            let fill = start < filled ? (series == 0 ? WordPackage.Colors.bar : WordPackage.Colors.bar2) : WordPackage.Colors.track
            cell(width: step * (end - start), span: end - start, fill: fill, leftRule: rules.contains(start)) { c in
                c.paragraph(ParagraphFormat(style: "ChartText")) { _ in }
            }
        }
    }

    /// The axis under the bars: each grid line's value where it is.
    private mutating func axis(_ gridlines: [Double], step: Int, widths: [Int]) {
        let marks = gridlines.map { (value: $0, at: Int(($0 / 100 * Double(Self.chartSteps)).rounded())) }.filter {
            $0.at < Self.chartSteps
        }
        guard !marks.isEmpty else { return }
        out.open("w:tr")
        cell(width: widths[0]) { $0.paragraph(ParagraphFormat(style: "ChartAxis")) { _ in } }
        if marks[0].at > 0 {
            cell(width: step * marks[0].at, span: marks[0].at) { $0.paragraph(ParagraphFormat(style: "ChartAxis")) { _ in } }
        }
        for (index, mark) in marks.enumerated() {
            let end = index + 1 < marks.count ? marks[index + 1].at : Self.chartSteps
            guard end > mark.at else { continue }
            cell(width: step * (end - mark.at), span: end - mark.at) { c in
                c.paragraph(ParagraphFormat(style: "ChartAxis")) { $0.run(ValueText.number(mark.value, language: .en)) }
            }
        }
        cell(width: widths[widths.count - 1]) { $0.paragraph(ParagraphFormat(style: "ChartAxis")) { $0.run("100") } }
        out.close("w:tr")
        out.newline()
    }

    /// The series' names, each after a square in its colour.
    private mutating func legend(_ series: [String]) {
        paragraph(ParagraphFormat(style: "Caption")) { p in
            for (index, name) in series.enumerated() {
                p.run((index > 0 ? "    " : "") + "■ ", RunStyle(color: index == 0 ? WordPackage.Colors.bar : WordPackage.Colors.bar2))
                p.run(name)
            }
        }
    }
}
