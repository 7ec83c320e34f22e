/// What scoring needs of one question and what its item result shows of it, found once per
/// framework (a class: the engine's table of them is read once per item per evaluation).
final class ItemFacts: Sendable {
    let id: String
    /// The kind: scoring asks it for points, item results for the answer in words.
    let kind: any QuestionKind
    let text: LocalizedText
    let weight: Double
    let reverse: Bool
    let critical: Bool
    let isScored: Bool
    /// The points range, for "weet niet" counted as the lowest answer.
    let range: (min: Double, max: Double)?
    /// How "weet niet" counts here when the question or its domain says (nil: the framework's).
    let unknownPolicy: UnknownPolicy?
    /// Whether the kind takes "weet niet", and "n.v.t.", asked once: every answer is checked,
    /// and asking the kind each time copied it.
    private let admitsUnknown: Bool
    private let admitsNotApplicable: Bool

    init(
        id: String, kind: any QuestionKind, text: LocalizedText, weight: Double, reverse: Bool, critical: Bool, isScored: Bool,
        range: (min: Double, max: Double)?, unknownPolicy: UnknownPolicy? = nil
    ) {
        self.id = id
        self.kind = kind
        self.text = text
        self.weight = weight
        self.reverse = reverse
        self.critical = critical
        self.isScored = isScored
        self.range = range
        self.unknownPolicy = unknownPolicy
        admitsUnknown = kind.allowsUnknown
        admitsNotApplicable = kind.allowsNotApplicable
    }

    /// Whether the kind takes `value` as an answer, as ``QuestionKind/admits(_:)`` says.
    func admits(_ value: AnswerValue) -> Bool {
        switch value {
        case .unknown: admitsUnknown
        case .notApplicable: admitsNotApplicable
        default: true
        }
    }

    convenience init(_ question: Question, domain: Domain?) {
        self.init(
            id: question.id, kind: question.kind, text: question.text, weight: question.weight, reverse: question.reverse,
            critical: question.critical, isScored: question.kind.isScored,
            range: question.kind.pointsRange.map { ($0.lowerBound, $0.upperBound) },
            unknownPolicy: question.unknown ?? domain?.unknown)
    }
}
