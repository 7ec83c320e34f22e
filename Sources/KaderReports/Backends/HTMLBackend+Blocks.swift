/// Figures, tables, lists, charts and the blocks of a paper form, as HTML.
extension HTMLBlockWriter {
    mutating func figures(_ figures: Figures) {
        out.open("div", [.class("summary")])
        out.newline()
        for figure in figures.figures {
            out.element("div", [.class("figure")]) { div in
                div.element("span", [.class("muted")], text: figure.label)
                div.element("span", [.class("value")], text: figure.value)
                if let detail = figure.detail { div.text(detail) }
            }
            out.newline()
        }
        out.close("div")
        out.newline()
    }

    mutating func table(_ table: Table) {
        if table.isWide { out.open("div", [.class("wide")]) }
        out.open("table")
        out.newline()
        out.open("thead")
        out.open("tr")
        for column in table.columns {
            out.open("th", [HTMLAttribute("scope", "col")] + numeric(column))
            inline(column.header)
            out.close("th")
        }
        out.close("tr")
        out.close("thead")
        out.newline()
        out.open("tbody")
        out.newline()
        for row in table.rows {
            out.open("tr", row.isTotal ? [.class("total")] : [])
            for (column, cell) in zip(table.columns, row.cells) {
                let name: StaticString = column.namesRows ? "th" : "td"
                out.open(name, column.namesRows ? [HTMLAttribute("scope", "row")] : column.holdsNotes ? [.class("note")] : numeric(column))
                self.cell(cell)
                out.close(name)
            }
            out.close("tr")
            out.newline()
        }
        out.close("tbody")
        out.newline()
        out.close("table")
        if table.isWide { out.close("div") }
        out.newline()
    }

    private func numeric(_ column: Table.Column) -> [HTMLAttribute] {
        column.alignment == .trailing ? [.class("num")] : []
    }

    private mutating func cell(_ cell: Table.Cell) {
        switch cell {
        case .text(let text): inline(text)
        case .score(let score, let text):
            // The number first and the bar after it: in a column lined up on the right, every bar
            // then starts at the same place, whatever the number's width ("7 van 10", "73,2").
            out.text(text)
            if let score {
                // The bar is decoration: the number beside it says the same.
                out.text(" ")
                out.element("span", [.class("bar"), HTMLAttribute("aria-hidden", "true")]) { bar in
                    bar.element("span", [HTMLAttribute("style", "width: \(Int(max(0, min(100, score)).rounded()))%")]) { _ in }
                }
            }
        }
    }

    mutating func list(_ list: ItemList) {
        if list.style == .callouts {
            for item in list.items {
                let tone = item.mark?.tone ?? .info
                let kind = tone == .critical || tone == .warning ? tone.rawValue : Tone.info.rawValue
                element("div", [.class("flag " + kind), HTMLAttribute("role", "note")]) { div in
                    if let mark = item.mark {
                        div.out.element("strong", text: mark.word)
                        div.out.text(" ")
                    }
                    div.itemContent(item)
                }
            }
            return
        }
        let tag: StaticString = list.style == .numbered ? "ol" : "ul"
        let attributes: [HTMLAttribute] =
            switch list.style {
            case .strengths, .checklist: [.class(list.style.rawValue)]
            case .numbered where list.start != 1: [HTMLAttribute("start", String(list.start))]
            default: []
            }
        out.open(tag, attributes)
        out.newline()
        for item in list.items {
            element("li") { li in
                if let mark = item.mark {
                    li.out.element("strong", text: mark.symbol + " " + mark.word)
                    li.out.text(": ")
                }
                li.itemContent(item)
            }
        }
        out.close(tag)
        out.newline()
    }

    /// The lead, then each detail line in a `span.detail` of its own (with its line break), so
    /// that print can set the details smaller or leave them out where the lead says enough.
    private mutating func itemContent(_ item: ItemList.Item) {
        inline(item.lead)
        for detail in item.details {
            out.open("span", [.class("detail")])
            out.void("br")
            inline(detail)
            out.close("span")
        }
    }

    mutating func definitions(_ definitions: [Definition]) {
        out.open("dl")
        out.newline()
        for definition in definitions {
            out.open("dt")
            inline(definition.term)
            out.close("dt")
            element("dd") { $0.inline(definition.description) }
        }
        out.close("dl")
        out.newline()
    }

    mutating func chart(_ chart: Chart) {
        charts += 1
        out.open("figure", [.class("chart")])
        out.newline()
        out.trusted(SVGChart.bars(chart, idPrefix: charts == 1 ? "chart" : "chart\(charts)"))
        out.newline()
        out.element("figcaption", text: chart.caption)
        out.newline()
        out.close("figure")
        out.newline()
    }

    mutating func sources(_ sources: [SourceReference]) {
        unorderedList("sources", sources) { li, source in
            li.text(source.title)
            if let url = source.url, let href = HTMLAttribute.href(url) {
                li.text(" — ")
                li.element("a", [href], text: url)
            }
        }
    }

    mutating func tickBoxes(_ labels: [String], classes: String) {
        unorderedList(classes, labels) { li, label in
            li.element("span", [.class("box"), HTMLAttribute("aria-hidden", "true")]) { _ in }
            li.text(" " + label)
        }
    }

    /// `<ul class="...">` with an item per element, each on its own line.
    private mutating func unorderedList<Item>(_ kind: String, _ items: [Item], _ item: (inout HTMLWriter, Item) -> Void) {
        out.open("ul", [.class(kind)])
        out.newline()
        for element in items {
            out.open("li")
            item(&out, element)
            out.close("li")
            out.newline()
        }
        out.close("ul")
        out.newline()
    }

    mutating func field(_ label: String) {
        element("p", [.class("field")]) { p in
            p.out.element("span", text: label + ":")
            p.out.text(" ")
            p.out.element("span", [.class("rule")]) { _ in }
        }
    }

    mutating func writingLines(_ label: String, count: Int) {
        out.open("div", [.class("lines")])
        out.element("span", text: label + ":")
        out.newline()
        for _ in 0..<max(0, count) {
            out.element("div", [.class("rule")]) { _ in }
            out.newline()
        }
        out.close("div")
        out.newline()
    }
}
