/// Blocks made from plain strings, as the views make most of them.
extension Block {
    /// A section with an id for links, of level 2.
    public static func section(id: String, title: String, role: Section.Role = .main, _ blocks: [Block]) -> Block {
        .section(Section(id: id, title: RichText(title), role: role, blocks: blocks))
    }

    /// A paragraph of plain text.
    public static func text(_ text: String, _ style: ParagraphStyle = .plain) -> Block { .paragraph(RichText(text), style) }

    /// A heading of plain text.
    static func headingText(_ level: Int, _ text: String) -> Block { .heading(level: level, RichText(text)) }

    /// Small print beside the main text.
    static func smallPrint(_ text: String) -> Block { .paragraph(RichText(text), .small) }

    /// "**Label:** text".
    static func labelledText(_ label: String, _ text: String) -> Block { .labelled(label, RichText(text)) }

    /// A bulleted list of plain texts.
    static func bulletList(_ texts: [String]) -> Block { .list(.bullets(texts)) }

    /// A table of plain texts with a header row.
    static func simpleTable(_ header: [String], _ rows: [[String]]) -> Block {
        .table(Table(columns: header.map { Table.Column($0) }, rows: rows.map { Table.Row($0.map(Table.Cell.plain)) }))
    }
}
