/// The styles of a Word document Kader writes (`word/styles.xml`): Arial 10 pt (Liberation Sans
/// where Arial is absent, with the same widths, so a page breaks in the same place), Word's own
/// heading styles so that a reader's navigation pane lists the sections, and the few styles the
/// backend names (meta line, small print, list items, table text, chart text). A reader who
/// changes a style in Word changes every place that uses it.
enum WordStyles {
    static func xml(language: String) -> String {
        let c = WordPackage.Colors.self
        let title = "<w:b/><w:color w:val=\"\(c.heading)\"/><w:sz w:val=\"40\"/>"
        let chartSpacing = "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>"
        return """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>\
            <w:color w:val="\(c.ink)"/><w:sz w:val="20"/><w:szCs w:val="20"/><w:lang w:val="\(language)" w:eastAsia="\(language)" \
            w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="80" w:line="259" w:lineRule="auto"/>\
            </w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>\
            <w:uiPriority w:val="1"/><w:semiHidden/></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr>\
            <w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>\
            <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            \(paragraph("Title", "Title", next: "Meta", spacing: (0, 40), run: title))\
            \(paragraph("Meta", "Meta", spacing: (0, 200), run: "<w:color w:val=\"\(c.muted)\"/><w:sz w:val=\"19\"/>"))\
            \(heading(1, size: 26, before: 280))\
            \(heading(2, size: 22, before: 180))\
            \(heading(3, size: 20, before: 120))\
            \(paragraph("Small", "Small print", run: "<w:color w:val=\"\(c.muted)\"/><w:sz w:val=\"16\"/>"))\
            \(paragraph("Muted", "Muted", run: "<w:i/><w:color w:val=\"\(c.muted)\"/>"))\
            \(paragraph("Warning", "Warning", run: "<w:b/><w:color w:val=\"\(c.warning)\"/>"))\
            \(paragraph("Caption", "caption", spacing: (40, 120), run: "<w:color w:val=\"\(c.muted)\"/><w:sz w:val=\"17\"/>"))\
            \(paragraph("ListItem", "List item", spacing: (0, 40), paragraph: "<w:tabs><w:tab w:val=\"left\" w:pos=\"360\"/></w:tabs>"
                + "<w:ind w:left=\"360\" w:hanging=\"360\"/>"))\
            \(paragraph("ListDetail", "List detail", spacing: (0, 40), paragraph: "<w:ind w:left=\"360\"/>",
                        run: "<w:sz w:val=\"18\"/>"))\
            \(paragraph("TableText", "Table text", spacing: (0, 0), run: "<w:sz w:val=\"18\"/>"))\
            \(paragraph("ChartText", "Chart text", spacing: (0, 0), paragraph: chartSpacing,
                        run: "<w:sz w:val=\"17\"/>"))\
            \(paragraph("ChartAxis", "Chart axis", spacing: (0, 0), run: "<w:color w:val=\"\(c.muted)\"/><w:sz w:val=\"14\"/>"))\
            \(paragraph("FigureLabel", "Figure label", spacing: (0, 0), run: "<w:color w:val=\"\(c.muted)\"/><w:sz w:val=\"16\"/>"))\
            \(paragraph("FigureValue", "Figure value", spacing: (0, 0), run: "<w:b/><w:sz w:val=\"28\"/>"))\
            \(paragraph("Spacer", "Spacer", spacing: (0, 0), run: "<w:sz w:val=\"12\"/>"))\
            \(paragraph("Footer", "footer", spacing: (0, 0), paragraph: "<w:jc w:val=\"right\"/>",
                        run: "<w:color w:val=\"\(c.muted)\"/><w:sz w:val=\"16\"/>"))\
            </w:styles>
            """
    }

    /// Word's own heading style `level` (1-3): its name is what Word's navigation pane looks for.
    static func heading(_ level: Int, size: Int, before: Int) -> String {
        let rule =
            level == 1
            ? "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"\(WordPackage.Colors.line)\"/></w:pBdr>" : ""
        return paragraph(
            "Heading\(level)", "heading \(level)", spacing: (before, 60),
            paragraph: "<w:keepNext/><w:keepLines/>" + rule, outline: level - 1,
            run: "<w:b/><w:color w:val=\"\(WordPackage.Colors.heading)\"/><w:sz w:val=\"\(size)\"/>")
    }

    /// A paragraph style based on Normal. `paragraph` and `run` are properties in the schema's
    /// order; spacing comes after the paragraph's own (keep, border, tabs) and before its indent.
    static func paragraph(
        _ id: String, _ name: String, next: String? = nil, spacing: (before: Int, after: Int)? = nil,
        paragraph: String = "", outline: Int? = nil, run: String = ""
    ) -> String {
        // Split the given paragraph properties around <w:spacing>: keep/border/tabs before, indent/justification after.
        let later = ["<w:ind", "<w:jc"]
        let cut = later.compactMap { paragraph.range(of: $0)?.lowerBound }.min() ?? paragraph.endIndex
        var pPr = String(paragraph[..<cut])
        if let spacing, !paragraph.contains("<w:spacing") {
            pPr += "<w:spacing w:before=\"\(spacing.before)\" w:after=\"\(spacing.after)\"/>"
        }
        pPr += String(paragraph[cut...])
        if let outline { pPr += "<w:outlineLvl w:val=\"\(outline)\"/>" }
        // Word's own styles (headings, title, caption, footer) are not custom: Word maps them to its built-ins.
        let custom = id.hasPrefix("Heading") || ["Title", "Caption", "Footer"].contains(id) ? 0 : 1
        return "<w:style w:type=\"paragraph\" w:customStyle=\"\(custom)\" "
            + "w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/>"
            + (next.map { "<w:next w:val=\"\($0)\"/>" } ?? "") + "<w:qFormat/>"
            + (pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>") + (run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>") + "</w:style>"
    }
}
