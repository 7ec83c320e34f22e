/// Combines responses into a ``Consensus``: the one implementation of the combine rules, used
/// by `kader aggregate --combine` and by the owner's combined view in `kader serve`.
public enum ConsensusBuilder {
    /// Combines `responses` to `framework` (all for the same organisation).
    public static func combine(_ responses: [Response], framework: Framework) -> Consensus {
        let engine = Engine(framework: framework)
        let names = ParticipantLabels.labels(for: responses, framework: framework)
        var answers: [String: Answer] = [:]
        var order: [String] = []
        var items: [Consensus.Item] = []
        let individual = responses.map { engine.evaluate($0) }
        for question in framework.questions {
            let given = responses.map { $0.answers[question.id] }
            guard given.contains(where: { $0 != nil && $0?.value != .unanswered }) else { continue }
            let values = given.map { $0?.value }
            let scores = individual.map { result in
                result.domains.first { $0.id == question.domainID }?.items.first { $0.questionID == question.id }?.score
            }
            var rule = CombineRule.middle
            var givenBy: [String] = []
            var combined = combine(values, question: question, names: names)
            if question.combineRule == .lowest, let lowest = lowest(values, scores: scores) {
                rule = .lowest
                combined = lowest
                givenBy = zip(names, values).filter { $0.1 == lowest }.map(\.0)
            }
            let notes = zip(names, given).compactMap { name, answer -> String? in
                guard let note = answer?.note, rule == .middle || givenBy.contains(name) else { return nil }
                return "\(name): \(note)"
            }
            let note = notes.isEmpty ? nil : notes.joined(separator: "\n")
            if let combined {
                answers[question.id] = Answer(
                    value: combined, note: note, location: SourceLocation(file: "<consensus>", line: 1, column: 1))
                order.append(question.id)
            }
            items.append(
                Consensus.Item(
                    questionID: question.id, domainID: question.domainID, text: question.text,
                    answers: values.map { $0.map { display($0, question) } },
                    values: values, notes: given.map { $0?.note }, agreement: agreement(values, scores: scores), spread: spread(scores),
                    combined: combined.map { display($0, question) }, combinedValue: combined, rule: rule, givenBy: givenBy,
                    critical: question.critical, combinedNote: note))
        }
        let first = responses.first
        let response = Response(
            frameworkID: framework.id, frameworkVersion: framework.version,
            respondent: first?.organisation ?? names.joined(separator: ", "), organisation: nil,
            date: responses.compactMap(\.date).max(), context: first?.context ?? [:], answers: answers,
            answerOrder: order, sourceName: "<consensus>")
        return Consensus(respondents: names, result: engine.evaluate(response), items: items)
    }

    private static func display(_ value: AnswerValue, _ question: Question) -> LocalizedText {
        LocalizedText(nl: question.kind.display(value, in: .nl), en: question.kind.display(value, in: .en))
    }

    /// The real answer with the lowest item score (the first of equals); nil when some real
    /// answer has no item score (an unscored question), where "lowest" means nothing.
    static func lowest(_ values: [AnswerValue?], scores: [Double?]) -> AnswerValue? {
        var lowest: (value: AnswerValue, score: Double)?
        for (value, score) in zip(values, scores) {
            guard let value, ![.unknown, .notApplicable, .unanswered].contains(value) else { continue }
            guard let score else { return nil }
            if lowest == nil || score < lowest!.score { lowest = (value, score) }
        }
        return lowest?.value
    }

    private static func spread(_ scores: [Double?]) -> Double? {
        let values = scores.compactMap { $0 }
        guard values.count > 1, let low = values.min(), let high = values.max() else { return nil }
        return high - low
    }

    private static func agreement(_ values: [AnswerValue?], scores: [Double?]) -> Consensus.Agreement {
        let real = values.compactMap { $0 }.filter { $0 != .unanswered }
        guard real.count > 1 else { return .single }
        if Set(real.map { String(describing: $0) }).count == 1 { return .same }
        if let spread = spread(scores), spread <= 100.0 / 3 + 1e-9, real.allSatisfy({ $0 != .unknown && $0 != .notApplicable }) {
            return .close
        }
        return .differ
    }

    /// The middle answer (``CombineRule/middle``).
    static func combine(_ values: [AnswerValue?], question: Question, names: [String]) -> AnswerValue? {
        let real = values.compactMap { $0 }.filter { ![.unknown, .notApplicable, .unanswered].contains($0) }
        guard !real.isEmpty else {
            if values.contains(.unknown) { return .unknown }
            if values.contains(.notApplicable) { return .notApplicable }
            return nil
        }
        let options = question.kind.options
        switch real[0] {
        case .option:
            let ids = real.compactMap { if case .option(let id) = $0 { id } else { nil } }
            let scored = ids.compactMap { id in options.first { $0.id == id }?.value.map { (id, $0) } }
            if scored.count == ids.count {
                let sorted = scored.sorted { $0.1 < $1.1 }
                return .option(sorted[(sorted.count - 1) / 2].0)
            }
            let counts = Dictionary(ids.map { ($0, 1) }, uniquingKeysWith: +)
            let best = counts.values.max() ?? 0
            return options.first { counts[$0.id] == best }.map { .option($0.id) } ?? .option(ids[0])
        case .bool:
            let yes = real.filter { $0 == .bool(true) }.count
            let no = real.count - yes
            return yes == no ? .unknown : .bool(yes > no)
        case .number:
            let numbers = real.compactMap { if case .number(let n) = $0 { n } else { nil } }.sorted()
            return .number(numbers[(numbers.count - 1) / 2])
        case .options:
            let chosen = real.compactMap { if case .options(let ids) = $0 { ids } else { nil } }
            return .options(options.map(\.id).filter { id in Double(chosen.filter { $0.contains(id) }.count) >= Double(chosen.count) / 2 })
        case .text:
            let texts = zip(names, values).compactMap { name, value -> String? in
                if case .text(let t)? = value { return "\(name): \(t)" }
                return nil
            }
            return .text(texts.joined(separator: "\n"))
        default:
            return real[0]
        }
    }
}
