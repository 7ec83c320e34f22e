/// What the framework says of one question, as item results show it: found once per framework
/// and shared by every result.
///
/// A class: an item result holds one reference to it instead of a copy of the question's id,
/// text and settings, so building, copying and freeing a result counts one reference per item
/// instead of one per text (that counting was a quarter of an evaluation).
final class ItemFacts: Sendable {
    let id: String
    let kind: any QuestionKind
    let text: LocalizedText
    let weight: Double
    let reverse: Bool
    let critical: Bool
    let isScored: Bool
    /// The points range, for "weet niet" counted as the lowest answer.
    let range: (min: Double, max: Double)?

    init(id: String, kind: any QuestionKind, text: LocalizedText, weight: Double, reverse: Bool, critical: Bool, isScored: Bool,
         range: (min: Double, max: Double)?) {
        self.id = id
        self.kind = kind
        self.text = text
        self.weight = weight
        self.reverse = reverse
        self.critical = critical
        self.isScored = isScored
        self.range = range
    }

    convenience init(_ question: Question) {
        self.init(id: question.id, kind: question.kind, text: question.text, weight: question.weight, reverse: question.reverse,
                  critical: question.critical, isScored: question.kind.isScored,
                  range: question.kind.pointsRange.map { ($0.lowerBound, $0.upperBound) })
    }

    /// These facts with some of them changed (for a result that is edited after scoring).
    func with(id: String? = nil, text: LocalizedText? = nil, weight: Double? = nil, reverse: Bool? = nil, critical: Bool? = nil,
              isScored: Bool? = nil) -> ItemFacts {
        ItemFacts(id: id ?? self.id, kind: kind, text: text ?? self.text, weight: weight ?? self.weight, reverse: reverse ?? self.reverse,
                  critical: critical ?? self.critical, isScored: isScored ?? self.isScored, range: range)
    }

    /// `answer` as a person reads it, as the question's kind words it.
    func display(_ answer: AnswerValue, in language: Language) -> String {
        kind.display(answer, in: language)
    }
}
