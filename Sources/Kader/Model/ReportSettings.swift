/// How a framework wants its results and forms presented: settings that change no score, level
/// or advice, only what a reader sees first and the words of the generic texts.
///
/// A class of constants: a framework is copied whole in many places, and these texts need not be.
public final class ReportSettings: Sendable {
    /// How the generic Dutch texts address the reader.
    public enum Address: String, Sendable, Hashable, CaseIterable {
        /// "u": formal (the default).
        case u
        /// "je": informal.
        case je
    }

    /// How many pieces of advice to put first, under "Begin hier" / "Start here", besides the
    /// critical ones; the rest follow under "Later". Nil: all advice in one list.
    public let focus: Int?
    /// Who answers, as the generic texts name them ("de moskee", "the municipality"): the
    /// template's comment, the form's name field, `kader fill`'s first question.
    public let respondent: LocalizedText?
    /// The context field that names who filled in a response (`beoordelaar`): combined answers
    /// label each response by it (``ParticipantLabels``). Nil: by `respondent:`.
    public let participant: String?
    /// How the generic Dutch texts address the reader.
    public let address: Address
    /// What the framework calls one domain ("aspect", "thema"); nil: "domein" / "domain".
    public let domainWord: LocalizedText?
    /// The two-page summary's title and opening words; nil for the generic ones.
    public let summary: Summary?

    /// The framework's own words for the two-page summary (`report.summary`): the youth-care
    /// scan's "Bestuurlijke samenvatting".
    public struct Summary: Sendable {
        /// Its title; nil for "Samenvatting" / "Summary".
        public let title: LocalizedText?
        /// The words under the title, before the figures; nil for none.
        public let introduction: LocalizedText?

        /// Creates the summary's words.
        public init(title: LocalizedText?, introduction: LocalizedText?) {
            self.title = title
            self.introduction = introduction
        }
    }

    /// Where ``focus`` was written, for lint's findings about it.
    public let focusLocation: SourceLocation?

    /// Settings with every part given; none by default.
    public init(
        focus: Int? = nil, respondent: LocalizedText? = nil, address: Address = .u, domainWord: LocalizedText? = nil,
        summary: Summary? = nil, focusLocation: SourceLocation? = nil, participant: String? = nil
    ) {
        self.participant = participant
        self.focus = focus
        self.respondent = respondent
        self.address = address
        self.domainWord = domainWord
        self.summary = summary
        self.focusLocation = focusLocation
    }

    /// `formal` when the framework says "u", `informal` when it says "je": a generic Dutch text
    /// in the framework's form of address.
    public func dutch(_ formal: String, _ informal: String) -> String { address == .u ? formal : informal }

    /// Who answers, in `language`, or the generic words.
    public func respondentName(in language: Language) -> String {
        respondent?.text(in: language)
            ?? (language == .nl
                ? "de moskee, de gemeente of de interventie"
                : "the mosque, the municipality or the intervention")
    }

    /// What one domain is called in `language`, in lower case as in a sentence: "aspect", or "domein".
    public func domainName(in language: Language) -> String {
        domainWord?.text(in: language) ?? Say(language)("domein", "domain")
    }
}
