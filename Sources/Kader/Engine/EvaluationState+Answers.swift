/// The response's answers as evaluation reads them.
///
/// A batch reads each response with its answers by question position (``AnswerStore``); those
/// are read where they lie, each part copied only where a result keeps it. Copying every
/// answer's value, note and evidence into a table of the state first, and freeing them with it,
/// counted some five hundred references per response. A response made any other way has its
/// answers copied once into ``EvaluationState/copiedAnswers``, found by id.
extension EvaluationState {
    /// Finds the answers: the ones a question's `allow:` leaves out, and, for a response not
    /// placed by this framework, each answer's parts by id.
    func takeAnswers() {
        if let placed = placedAnswers {
            placed.withUnsafeBufferPointer { answers in
                for slot in answers.indices {
                    guard let value = answers[slot]?.value, !tables.itemFacts[slot].admits(value) else { continue }
                    refused.append(tables.questionIDs[slot])
                }
            }
        } else if let copied = copiedAnswers {
            for (id, answer) in response.answers {
                guard let slot = tables.questionSlots[id] else { continue }
                // A "weet niet" or "n.v.t." the question's `allow:` leaves out counts as no answer
                // (the response loader refuses it; a response made in code gets a notice, ``Engine``).
                let kept = tables.itemFacts[slot].admits(answer.value)
                if !kept { refused.append(id) }
                copied[slot] = AnswerParts(value: kept ? answer.value : nil, note: answer.note, evidence: answer.evidence)
            }
        }
    }

    /// The parts of question `slot`'s answer; no value when it is open or left out by `allow:`.
    func answerParts(_ slot: Int) -> AnswerParts {
        guard let placed = placedAnswers else { return copiedAnswers?[slot] ?? AnswerParts() }
        return placed.withUnsafeBufferPointer { answers in
            let answer = answers.baseAddress! + slot
            guard let value = answer.pointee?.value else { return AnswerParts() }
            return AnswerParts(
                value: tables.itemFacts[slot].admits(value) ? value : nil, note: answer.pointee?.note, evidence: answer.pointee?.evidence)
        }
    }

    /// The value of question `slot`'s answer as scoring sees it; nil when open or left out by `allow:`.
    func answerValue(_ slot: Int) -> AnswerValue? {
        guard let placed = placedAnswers else { return copiedAnswers?[slot].value }
        return placed.withUnsafeBufferPointer { answers in
            guard let value = answers[slot]?.value, tables.itemFacts[slot].admits(value) else { return nil }
            return value
        }
    }

    /// The response's answer to question `slot`, with where it was written.
    func responseAnswer(_ slot: Int) -> Answer? {
        response.store.answer(tables.questionIDs[slot], slot: slot, questions: tables.questionTable)
    }
}
