/// Several colleagues' answers for one organisation, combined into one result that shows where
/// they agree and where they differ (a municipality's policy officer, youth team and JGZ filling
/// in the same scan).
///
/// How answers are combined, per question, over the colleagues with a real answer (the
/// question's ``CombineRule``): a critical item, and any question with `combine: lowest`, takes
/// the lowest answer given (by item score), marked as such, with the notes of whoever gave it.
/// Otherwise options with values take the median value (the lower middle one for an even count);
/// other single choices the most common option; yes/no the majority, and a tie becomes
/// "weet niet"; numbers the median; several choices the options at least half chose; text is
/// kept per colleague. With no real answers, "weet niet" wins over "n.v.t." over unanswered.
public struct Consensus: Sendable {
    /// How far colleagues' answers lie apart.
    public enum Agreement: String, Sendable, Hashable {
        /// Everyone gave the same answer.
        case same
        /// Item scores within one step of a four-point scale (a third of the range).
        case close
        /// Further apart: worth discussing.
        case differ
        /// Fewer than two colleagues answered.
        case single
    }

    /// One question across colleagues.
    public struct Item: Sendable {
        public var questionID: String
        public var domainID: String
        public var text: LocalizedText
        /// Each colleague's answer in words (nil: not answered), in the order of ``Consensus/respondents``.
        public var answers: [LocalizedText?]
        /// Each colleague's answer as given (nil: not answered).
        public var values: [AnswerValue?]
        /// Each colleague's note (nil: none).
        public var notes: [String?]
        public var agreement: Agreement
        /// Highest minus lowest item score (0-100), for scored items.
        public var spread: Double?
        /// The combined answer in words: the proposal.
        public var combined: LocalizedText?
        /// The combined answer itself; nil when nobody answered.
        public var combinedValue: AnswerValue?
        /// The rule that made the combined answer: ``CombineRule/lowest`` only when it was applied
        /// (a critical item whose answers all have an item score).
        public var rule: CombineRule
        /// Under ``CombineRule/lowest``: the colleagues who gave the lowest answer; their notes
        /// are the combined answer's note.
        public var givenBy: [String]
        /// The question is a critical item.
        public var critical: Bool
        /// The combined answer's note: the notes of whoever gave it (``CombineRule/lowest``), or
        /// every colleague's, each after their name.
        public var combinedNote: String?
    }

    /// The colleagues, in the order given, each by their name or role (``ParticipantLabels``).
    public var respondents: [String]
    /// The result of the combined answers.
    public var result: AssessmentResult
    /// Every question with at least one answer, in framework order.
    public var items: [Item]

    /// The questions to discuss: answers that differ, largest spread first.
    public var disagreements: [Item] {
        items.filter { $0.agreement == .differ }.sorted { ($0.spread ?? 0) > ($1.spread ?? 0) }
    }

    /// Every item in the order to talk them through: first those whose answers lie more than
    /// one step apart (critical items first, then the largest spread), then the rest in
    /// framework order.
    public var inOrderOfDiscussion: [Item] {
        let differ = items.enumerated().filter { $0.element.agreement == .differ }.sorted { lhs, rhs in
            if lhs.element.critical != rhs.element.critical { return lhs.element.critical }
            let (left, right) = (lhs.element.spread ?? 0, rhs.element.spread ?? 0)
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
        return differ + items.filter { $0.agreement != .differ }
    }
}
