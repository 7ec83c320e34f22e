/// A list of items, each with a lead and detail lines under it.
public struct ItemList: Sendable {
    /// What kind of list.
    public enum Style: String, Sendable {
        /// Bullets.
        case bullets
        /// Numbered, in the order to act on.
        case numbered
        /// Things that go well (a plus before each).
        case strengths
        /// Each item with a status mark (preconditions met or not).
        case checklist
        /// Each item a notice to heed, with its severity as a mark (flags).
        case callouts
    }

    /// One item.
    public struct Item: Sendable {
        /// A status before the item (checklists and callouts).
        public var mark: Mark?
        /// The item itself.
        public var lead: RichText
        /// Lines under it: the first step, why, the sources.
        public var details: [RichText]

        /// Creates an item.
        public init(mark: Mark? = nil, _ lead: RichText, details: [RichText] = []) {
            self.mark = mark
            self.lead = lead
            self.details = details
        }
    }

    /// Its kind.
    public var style: Style
    /// Its items.
    public var items: [Item]
    /// The number of the first item of a numbered list (a list that goes on from another).
    public var start = 1

    /// Creates a list.
    public init(_ style: Style, _ items: [Item]) {
        self.style = style
        self.items = items
    }

    /// A bulleted list of plain texts.
    public static func bullets(_ texts: [String]) -> ItemList { ItemList(.bullets, texts.map { Item(RichText($0)) }) }
}

/// A term and what is said about it.
public struct Definition: Sendable {
    /// The term (a question).
    public var term: RichText
    /// What is said about it (the answer, the note).
    public var description: RichText

    /// Creates a definition.
    public init(_ term: RichText, _ description: RichText) {
        self.term = term
        self.description = description
    }
}

/// The key figures of a report.
public struct Figures: Sendable {
    /// One figure: a label, a value, and words under the value.
    public struct Figure: Sendable {
        /// What it is ("Niveau").
        public var label: String
        /// Its value ("Op orde").
        public var value: String
        /// More about the value ("43 beantwoord, 1 weet niet").
        public var detail: String?
        /// Whether the value is a number (lined up on the right in a table).
        public var isNumber: Bool

        /// Creates a figure.
        public init(_ label: String, _ value: String, detail: String? = nil, isNumber: Bool = false) {
            self.label = label
            self.value = value
            self.detail = detail
            self.isNumber = isNumber
        }
    }

    /// The figures, most important first.
    public var figures: [Figure]
    /// The same figures said in lines of text ("Totaal: 73,2 · Op orde · rapportcijfer 7,6"),
    /// for a medium that does not lay out figures side by side (the terminal).
    public var sentences: [RichText]

    /// Creates key figures.
    public init(_ figures: [Figure], sentences: [RichText]) {
        self.figures = figures
        self.sentences = sentences
    }
}
