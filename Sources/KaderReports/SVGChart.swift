import Kader

/// Horizontal bar charts in inline SVG. Each bar carries its number as text, and the chart has
/// a title and description for screen readers, so it reads without colour and without sight.
enum SVGChart {
    /// One row of the chart: a label and one value per series (nil: no score).
    struct Row {
        var label: String
        var values: [Double?]
        /// For group charts: the lowest and highest value, drawn as a whisker.
        var range: (Double, Double)?
    }

    static let fills = ["#2f6f9f", "#9fb9cf", "#5a5a5a", "#c58b3a"]

    /// A chart of `rows` on a 0-100 axis; `series` names the values (for the legend).
    static func bars(rows: [Row], series: [String], title: String, description: String, language: Language,
                     format: (Double) -> String) -> String {
        let labelWidth = 270.0
        let barWidth = 360.0
        let perSeries = 14.0
        let rowHeight = max(24.0, Double(series.count) * perSeries + 10)
        let legendHeight = series.count > 1 ? Double(series.count) * 17 + 6 : 0
        let height = Double(rows.count) * rowHeight + 30 + legendHeight
        let width = labelWidth + barWidth + 60
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" class=\"kader-chart\">"
        svg += "<title id=\"chart-title\">\(Escape.html(title))</title><desc id=\"chart-desc\">\(Escape.html(description))</desc>"
        // Grid lines at 0, 25, 50, 75, 100 with their numbers.
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = labelWidth + barWidth * Double(tick) / 100
            svg += "<line x1=\"\(f(x))\" y1=\"\(f(legendHeight))\" x2=\"\(f(x))\" y2=\"\(f(height - 22))\" stroke=\"#c9d1d9\" stroke-width=\"1\"/>"
            svg += "<text x=\"\(f(x))\" y=\"\(f(height - 8))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#59636e\">\(tick)</text>"
        }
        if series.count > 1 {
            // One legend line per series, in bar order (top bar first).
            for (index, name) in series.enumerated() {
                let y = 4 + Double(index) * 17
                svg += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y))\" width=\"12\" height=\"12\" fill=\"\(fills[index % fills.count])\" stroke=\"#1b1f24\" stroke-width=\".5\"/>"
                svg += "<text x=\"\(f(labelWidth + 18))\" y=\"\(f(y + 10))\" font-size=\"12\" fill=\"#1b1f24\">\(index + 1). \(Escape.html(name))</text>"
            }
        }
        for (rowIndex, row) in rows.enumerated() {
            let top = legendHeight + Double(rowIndex) * rowHeight + 6
            svg += "<text x=\"\(f(labelWidth - 8))\" y=\"\(f(top + rowHeight / 2))\" font-size=\"12\" text-anchor=\"end\" fill=\"#1b1f24\">\(Escape.html(clip(row.label)))</text>"
            for (index, value) in row.values.enumerated() {
                let y = top + Double(index) * perSeries
                guard let value else {
                    svg += "<text x=\"\(f(labelWidth + 4))\" y=\"\(f(y + 11))\" font-size=\"11\" fill=\"#59636e\">\(language == .nl ? "onvoldoende gegevens" : "insufficient data")</text>"
                    continue
                }
                let length = barWidth * max(0, min(100, value)) / 100
                svg += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y))\" width=\"\(f(length))\" height=\"12\" fill=\"\(fills[index % fills.count])\" stroke=\"#1b1f24\" stroke-width=\".5\"/>"
                svg += "<text x=\"\(f(labelWidth + length + 4))\" y=\"\(f(y + 10.5))\" font-size=\"11\" fill=\"#1b1f24\">\(Escape.html(format(value)))</text>"
            }
            if let (low, high) = row.range {
                let y = top + 6
                svg += "<line x1=\"\(f(labelWidth + barWidth * low / 100))\" y1=\"\(f(y))\" x2=\"\(f(labelWidth + barWidth * high / 100))\" y2=\"\(f(y))\" stroke=\"#1b1f24\" stroke-width=\"1.5\"/>"
            }
        }
        return svg + "</svg>"
    }

    private static func clip(_ text: String) -> String { text.count > 38 ? String(text.prefix(37)) + "…" : text }

    /// SVG coordinates with at most one decimal, so output is stable.
    private static func f(_ value: Double) -> String { ExpressionFormat.number((value * 10).rounded() / 10) }
}
