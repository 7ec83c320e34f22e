/// Per question, the answers that name one of its options, as bytes → the value each stands
/// for: what ``ResponseEventReader`` looks a response's answer up in before anything else.
///
/// Nearly every answer in a response is an option id of a scale or a choice. Finding it by
/// asking the question's kind (a cast to ``PicksOneOption``) and walking its options copied the
/// kind and every option it passed (id, label, help, location: a reference counted for each),
/// and a kind wrapped by `allow:` (``RestrictedAnswers``) went the whole slow way. This table is
/// made once per framework, when it is loaded, and holds only the ids' bytes and the values: a
/// lookup compares bytes and counts no reference but the value it returns.
///
/// It holds exactly what the full reading (``ResponseLoader/readValue(_:kind:questionID:sink:)``)
/// makes of such an answer: the first option with that id, and only when the question allows
/// its role. Anything else (a label, a number, "weet niet" as a word, a refused role) is not in
/// the table and is read the full way.
final class OptionPicks: @unchecked Sendable {
    // Written only while the table is made and read-only afterwards, so it may be shared.
    /// All option ids' UTF-8, one after another.
    private let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Per option: where its id is in ``bytes``.
    private let idRanges: UnsafeMutableBufferPointer<Range<Int>>
    /// Per option: the value an answer naming it has.
    private let values: UnsafeMutableBufferPointer<AnswerValue>
    /// Per question (numbered over all domains): where its options are in ``idRanges``.
    private let questionRanges: UnsafeMutableBufferPointer<Range<Int>>

    /// The table for `domains`' questions, numbered in order over all domains.
    init(_ domains: [Domain]) {
        var allBytes: [UInt8] = []
        var ids: [Range<Int>] = []
        var answerValues: [AnswerValue] = []
        var questions: [Range<Int>] = []
        for domain in domains {
            for question in domain.questions {
                let first = ids.count
                var seen = Set<String>()
                for option in Self.picked(question.kind) where seen.insert(option.option.id).inserted && option.allowed {
                    let start = allBytes.count
                    allBytes.append(contentsOf: option.option.id.utf8)
                    ids.append(start..<allBytes.count)
                    answerValues.append(OptionAnswers.value(of: option.option))
                }
                questions.append(first..<ids.count)
            }
        }
        bytes = .allocate(capacity: allBytes.count)
        _ = bytes.initialize(fromContentsOf: allBytes)
        idRanges = .allocate(capacity: ids.count)
        _ = idRanges.initialize(fromContentsOf: ids)
        values = .allocate(capacity: answerValues.count)
        _ = values.initialize(fromContentsOf: answerValues)
        questionRanges = .allocate(capacity: questions.count)
        _ = questionRanges.initialize(fromContentsOf: questions)
    }

    deinit {
        bytes.deallocate()
        idRanges.deallocate()
        values.deinitialize()
        values.deallocate()
        questionRanges.deallocate()
    }

    /// The options of a kind whose answer picks one, in order, with whether the question allows
    /// each; none for any other kind (a plugin kind reads its own answers).
    private static func picked(_ kind: any QuestionKind) -> [(option: AnswerOption, allowed: Bool)] {
        if let kind = kind as? any PicksOneOption { return kind.pickedOptions.map { ($0, true) } }
        guard let restricted = kind as? RestrictedAnswers, let base = restricted.base as? any PicksOneOption else { return [] }
        return base.pickedOptions.map { ($0, restricted.allows($0.role)) }
    }

    /// The value of the answer `answer` (its bytes) to question `number`, when it is one of the
    /// question's option ids; nil when it must be read the full way.
    func value(question number: Int, answer: UnsafeBufferPointer<UInt8>) -> AnswerValue? {
        precondition(number >= 0 && number < questionRanges.count, "question \(number) outside \(questionRanges.count)")
        for option in questionRanges[number] where UnsafeBufferPointer(rebasing: bytes[idRanges[option]]).sameBytes(as: answer) {
            return values[option]
        }
        return nil
    }
}

/// A built-in kind whose answer is one of its options, read as ``OptionAnswers`` reads it: an
/// answer that is an option's id is that option's value. (A plugin kind reads its own answers.)
protocol PicksOneOption {
    var pickedOptions: [AnswerOption] { get }
}

extension ScaleQuestion: PicksOneOption {
    var pickedOptions: [AnswerOption] { scale.options }
}

extension ChoiceQuestion: PicksOneOption {
    var pickedOptions: [AnswerOption] { options }
}
