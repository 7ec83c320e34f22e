import Foundation
import Kader

/// A report, a handout or a paper form as blocks: what each part *is* (a header, key figures, a
/// table of scores, a list of advice, an appendix of answers), never how it looks.
///
/// Every view builds its document once (``ResultReport``, ``ComparisonReport``, ``GroupReport``,
/// ``ConsensusReport``, ``HandoutDocument``, ``PaperFormDocument``); one backend per format writes
/// it (``TextBackend`` for terminals, ``MarkdownBackend``, ``HTMLBackend``). Texts in a document
/// are plain: the backends are the only places that escape them, each through ``Escape``.
public struct ReportDocument: Sendable {
    /// How a page is laid out where that matters (the stylesheet of an HTML page).
    public enum Style: String, Sendable {
        /// A report on screen and on paper: header, key figures, charts, tables.
        case report
        /// A handout or a paper form: plain print typography, boxes to tick, lines to write on.
        case printout
    }

    /// The document's name (an HTML page's title).
    public var title: String
    /// The language of its texts.
    public var language: Language
    /// Its layout.
    public var style: Style
    /// Its content, in reading order.
    public var blocks: [Block]

    /// Creates a document.
    public init(title: String, language: Language, style: Style = .report, blocks: [Block] = []) {
        self.title = title
        self.language = language
        self.style = style
        self.blocks = blocks
    }

    /// Appends a block.
    public mutating func add(_ block: Block) { blocks.append(block) }

    /// Appends blocks.
    public mutating func add(_ blocks: [Block]) { self.blocks += blocks }
}

/// One block of a ``ReportDocument``.
public indirect enum Block: Sendable {
    /// The head of a report: its title, a line saying whose and what it is, and notes under it.
    case header(Header)
    /// A heading of level 1-4 standing on its own (handouts and forms; reports use sections).
    case heading(level: Int, RichText)
    /// A paragraph.
    case paragraph(RichText, ParagraphStyle = .plain)
    /// A paragraph with a bold lead: "Voor wie: ...".
    case labelled(String, RichText)
    /// The few numbers a reader looks at first (score, level, grade, completeness).
    case figures(Figures)
    /// A table.
    case table(Table)
    /// A bulleted, numbered or marked list.
    case list(ItemList)
    /// Terms with what is said about each: a question and its answer, an answer and its note.
    case definitions([Definition])
    /// A bar chart of numbers that a table in the same document also states.
    case chart(Chart)
    /// A titled part of the document.
    case section(Section)
    /// Sources: a title and, when there is one, a web address.
    case sources([SourceReference])
    /// Boxes to tick on paper, one per label.
    case tickBoxes([String])
    /// Boxes to tick in one row, one per value: a number line on paper.
    case numberLine([String])
    /// A labelled line to write on.
    case field(String)
    /// Ruled lines to write on, under a label.
    case writingLines(String, count: Int)
    /// Blocks that belong together and should stay on one page (a question with its boxes).
    case keepTogether([Block])
    /// Where the document comes from: the framework, its version, its sources.
    case footer([Block])

    /// One paragraph block per line of `text` (a framework's description), blank lines skipped.
    public static func paragraphs(_ text: String, _ style: ParagraphStyle = .plain) -> [Block] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            .map { .paragraph(RichText($0), style) }
    }

    /// A framework's longer text (its guidance) as blocks: a paragraph per line, except that
    /// lines starting with "☐ " become boxes to tick (a checklist on paper) and lines starting
    /// with "1. ", "2. " … a numbered list, each run of them one block.
    public static func prose(_ text: String) -> [Block] {
        var blocks: [Block] = []
        var boxes: [String] = []
        var steps: [String] = []
        func flush() {
            if !boxes.isEmpty { blocks.append(.tickBoxes(boxes)) }
            if !steps.isEmpty { blocks.append(.list(ItemList(.numbered, steps.map { ItemList.Item(RichText($0)) }))) }
            boxes = []
            steps = []
        }
        for line in text.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) where !line.isEmpty {
            if line.hasPrefix("☐ ") {
                if !steps.isEmpty { flush() }
                boxes.append(String(line.dropFirst(2)))
            } else if let marker = MarkdownReader.listMarker(line), marker.numbered {
                if !boxes.isEmpty { flush() }
                steps.append(marker.text)
            } else {
                flush()
                blocks.append(.paragraph(RichText(line)))
            }
        }
        flush()
        return blocks
    }
}

/// How a paragraph reads.
public enum ParagraphStyle: String, Sendable {
    /// Ordinary text.
    case plain
    /// Smaller print beside the main text (a version line, a help text).
    case small
    /// Text in the background ("No advice.").
    case muted
    /// Something to notice (a level that was capped).
    case warning
}

/// The head of a report.
public struct Header: Sendable {
    /// The title (the framework's).
    public var title: RichText
    /// Whose it is and what it is built from: respondent, date, framework and version.
    public var meta: RichText
    /// Remarks under the meta line (answered for an older version of the framework).
    public var notes: [RichText]

    /// Creates a header.
    public init(title: RichText, meta: RichText, notes: [RichText] = []) {
        self.title = title
        self.meta = meta
        self.notes = notes
    }
}

/// A titled part of a document.
public struct Section: Sendable {
    /// What the section is to the reader.
    public enum Role: String, Sendable {
        /// Part of what every reader reads.
        case main
        /// Supporting detail a reader may skip (every answer, every score): foldable on screen
        /// (`<details open>` in HTML, so it still prints), in full in Markdown, and left out of
        /// the terminal's overview.
        case detail
        /// What comes after the main parts (advice for later): folded shut on screen
        /// (`<details>` in HTML), a section of its own in the terminal and in Markdown.
        case later
    }

    /// A stable name for links (`#advice`); nil for none.
    public var id: String?
    /// The heading.
    public var title: RichText
    /// The heading's level: 2 for a part of the document, 3 for a part of a part.
    public var level: Int
    /// Its role.
    public var role: Role
    /// Its content.
    public var blocks: [Block]

    /// Creates a section.
    public init(id: String? = nil, title: RichText, level: Int = 2, role: Role = .main, blocks: [Block]) {
        self.id = id
        self.title = title
        self.level = level
        self.role = role
        self.blocks = blocks
    }
}

/// A source named in a document.
public struct SourceReference: Sendable {
    /// Its title.
    public var title: String
    /// Its web address, when it has one; only http(s) addresses become links.
    public var url: String?

    /// Creates a reference.
    public init(title: String, url: String?) {
        self.title = title
        self.url = url
    }
}
