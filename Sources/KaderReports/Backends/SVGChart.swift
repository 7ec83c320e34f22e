import Kader

/// Draws a ``Chart`` as inline SVG: horizontal bars on a 0-100 axis, each with its number as
/// text, and a title and description for screen readers, so it reads without colour and without
/// sight. Every text in it goes through ``Escape/html(_:)``.
enum SVGChart {
    static let fills = ["#2f6f9f", "#9fb9cf", "#5a5a5a", "#c58b3a"]
    static let ink = "#1b1f24"
    static let muted = "#59636e"
    static let labelWidth = 270.0
    static let barWidth = 360.0
    static let perSeries = 14.0

    /// The chart's SVG; `idPrefix` keeps the ids of several charts on one page apart.
    static func bars(_ chart: Chart, idPrefix: String) -> String {
        let barsHeight = max(24.0, Double(chart.series.count) * perSeries + 10)
        // A long label wraps onto as many lines as it needs, and its row grows with it.
        let labels = chart.rows.map { wrapped($0.label) }
        let rowHeights = labels.map { max(barsHeight, Double($0.count) * 13 + 8) }
        let legendHeight = chart.series.count > 1 ? Double(chart.series.count) * 17 + 6 : 0
        let height = rowHeights.reduce(0, +) + 30 + legendHeight
        // Room after a full bar for the longest number and mark, so none is cut off at the edge.
        let longestValue = chart.rows.flatMap { row in row.values.map { $0.text.count + (row.mark.map { $0.count + 3 } ?? 0) } }.max() ?? 0
        let width = labelWidth + barWidth + max(60, 8 + 6.5 * Double(longestValue))
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" "
            + "aria-labelledby=\"\(idPrefix)-title \(idPrefix)-desc\" class=\"kader-chart\">"
        svg += "<title id=\"\(idPrefix)-title\">\(Escape.html(chart.title))</title>"
        svg += "<desc id=\"\(idPrefix)-desc\">\(Escape.html(chart.description))</desc>"
        // Grid lines where the chart says (the framework's level edges), with their numbers.
        for tick in chart.gridlines where (0...100).contains(tick) {
            let x = labelWidth + barWidth * tick / 100
            svg += line(from: (x, legendHeight), to: (x, height - 22), stroke: "#c9d1d9", width: "1")
            svg += text(ExpressionFormat.number(tick), at: (x, height - 8), size: 11, fill: muted, anchor: "middle")
        }
        if chart.series.count > 1 {
            // One legend line per series, in bar order (top bar first).
            for (index, name) in chart.series.enumerated() {
                let y = 4 + Double(index) * 17
                svg += rect(at: (labelWidth, y), width: 12, fill: fills[index % fills.count])
                svg += text("\(index + 1). " + name, at: (labelWidth + 18, y + 10), size: 12, fill: ink)
            }
        }
        var top = legendHeight + 6
        for (rowIndex, row) in chart.rows.enumerated() {
            defer { top += rowHeights[rowIndex] }
            let lines = labels[rowIndex]
            let firstLine = top + rowHeights[rowIndex] / 2 - Double(lines.count - 1) * 6.5
            for (index, part) in lines.enumerated() {
                let y = firstLine + Double(index) * 13
                svg += text(part, at: (labelWidth - 8, y), size: lines.count == 1 ? 12 : 11, fill: ink, anchor: "end")
            }
            let barsTop = top + (rowHeights[rowIndex] - barsHeight) / 2
            for (index, value) in row.values.enumerated() {
                let y = barsTop + Double(index) * perSeries
                guard let number = value.value else {
                    svg += text(chart.missing, at: (labelWidth + 4, y + 11), size: 11, fill: muted)
                    continue
                }
                let length = barWidth * max(0, min(100, number)) / 100
                svg += rect(at: (labelWidth, y), width: length, fill: fills[index % fills.count])
                svg += text(value.text + (row.mark.map { " · " + $0 } ?? ""), at: (labelWidth + length + 4, y + 10.5), size: 11, fill: ink)
            }
            if let range = row.range {
                let y = barsTop + 6
                let (low, high) = (labelWidth + barWidth * range.lowerBound / 100, labelWidth + barWidth * range.upperBound / 100)
                svg += line(from: (low, y), to: (high, y), stroke: ink, width: "1.5")
            }
        }
        return svg + "</svg>"
    }

    /// A text element; the text is escaped.
    private static func text(_ content: String, at point: (Double, Double), size: Int, fill: String, anchor: String? = nil) -> String {
        "<text x=\"\(f(point.0))\" y=\"\(f(point.1))\" font-size=\"\(size)\"" + (anchor.map { " text-anchor=\"\($0)\"" } ?? "")
            + " fill=\"\(fill)\">\(Escape.html(content))</text>"
    }

    /// A bar, or a legend's square.
    private static func rect(at point: (Double, Double), width: Double, fill: String) -> String {
        "<rect x=\"\(f(point.0))\" y=\"\(f(point.1))\" width=\"\(f(width))\" height=\"12\" fill=\"\(fill)\" "
            + "stroke=\"\(ink)\" stroke-width=\".5\"/>"
    }

    private static func line(from start: (Double, Double), to end: (Double, Double), stroke: String, width: String) -> String {
        "<line x1=\"\(f(start.0))\" y1=\"\(f(start.1))\" x2=\"\(f(end.0))\" y2=\"\(f(end.1))\" "
            + "stroke=\"\(stroke)\" stroke-width=\"\(width)\"/>"
    }

    /// A label on lines of at most `width` characters, split at spaces; never cut (a single
    /// word longer than a line keeps its own line).
    static func wrapped(_ text: String, width: Int = 38) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        return lines + [current]
    }

    /// SVG coordinates with at most one decimal, so output is stable.
    private static func f(_ value: Double) -> String { ExpressionFormat.number((value * 10).rounded() / 10) }
}
