/// A table with typed cells: a header row, rows of cells, and for each column its alignment and
/// what it holds (a row's name, numbers, or sentences).
public struct Table: Sendable {
    /// One column.
    public struct Column: Sendable {
        /// How the column's cells line up.
        public enum Alignment: String, Sendable {
            /// Text: along the left edge.
            case leading
            /// Numbers: along the right edge, so the digits line up.
            case trailing
        }

        /// The header.
        public var header: RichText
        /// How its cells line up.
        public var alignment: Alignment
        /// Whether its cells name their row (a domain, a respondent).
        public var namesRows: Bool
        /// Whether its cells are sentences (questions): too long to line up, so a terminal
        /// writes such a table row by row rather than in columns.
        public var isProse: Bool
        /// Where a medium of fixed width wraps its cells onto more lines; nil for never.
        public var maxWidth: Int?
        /// Whether its cells are the respondent's own words (notes), set apart where a medium
        /// can (in italics on a page).
        public var holdsNotes: Bool

        /// Creates a column.
        public init(
            _ header: RichText, alignment: Alignment = .leading, namesRows: Bool = false, isProse: Bool = false,
            maxWidth: Int? = nil, holdsNotes: Bool = false
        ) {
            self.header = header
            self.alignment = alignment
            self.namesRows = namesRows
            self.isProse = isProse
            self.maxWidth = maxWidth
            self.holdsNotes = holdsNotes
        }

        /// A column with a header of plain text.
        public init(
            _ header: String, alignment: Alignment = .leading, namesRows: Bool = false, isProse: Bool = false,
            maxWidth: Int? = nil, holdsNotes: Bool = false
        ) {
            self.init(
                RichText(header), alignment: alignment, namesRows: namesRows, isProse: isProse, maxWidth: maxWidth,
                holdsNotes: holdsNotes)
        }

        /// A column of numbers.
        public static func number(_ header: String, maxWidth: Int? = nil) -> Column {
            Column(header, alignment: .trailing, maxWidth: maxWidth)
        }
    }

    /// One cell.
    public enum Cell: Sendable, ExpressibleByStringLiteral {
        /// Text.
        case text(RichText)
        /// A score of 0-100 with a bar beside its number (nil: no score).
        case score(Double?, String)

        /// Plain text.
        public init(stringLiteral value: String) { self = .text(RichText(value)) }
        /// Plain text.
        public static func plain(_ text: String) -> Cell { .text(RichText(text)) }

        /// The cell's text, without bar or markup.
        public var text: RichText {
            switch self {
            case .text(let text): text
            case .score(_, let text): RichText(text)
            }
        }
    }

    /// One row.
    public struct Row: Sendable {
        /// Its cells, one per column.
        public var cells: [Cell]
        /// Whether it is the total of the rows below it (shown in bold).
        public var isTotal: Bool

        /// Creates a row.
        public init(_ cells: [Cell], isTotal: Bool = false) {
            self.cells = cells
            self.isTotal = isTotal
        }
    }

    /// How the cells of a row relate, for media that write a row as a line of text.
    public enum Reading: String, Sendable {
        /// Different facts about the row's subject: "Antwoord: Ja · Toelichting: ...".
        case fields
        /// The same fact over time or across parties, in column order: "Deels → Volledig".
        case series
    }

    /// The columns.
    public var columns: [Column]
    /// The rows.
    public var rows: [Row]
    /// How a row reads as a line.
    public var reading: Reading
    /// Whether the table grows sideways with the data (one column per result or colleague), so
    /// a page lets it scroll rather than squeeze it.
    public var isWide: Bool

    /// Creates a table.
    public init(columns: [Column], rows: [Row], reading: Reading = .fields, isWide: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.reading = reading
        self.isWide = isWide
    }
}
