/// Several colleagues' answers for one organisation, combined into one result that shows where
/// they agree and where they differ (a municipality's policy officer, youth team and JGZ filling
/// in the same scan).
///
/// How answers are combined, per question, over the colleagues with a real answer:
/// options with values take the median value (the lower middle one for an even count);
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
        /// Each colleague's answer in words (nil: not answered).
        public var answers: [LocalizedText?]
        public var agreement: Agreement
        /// Highest minus lowest item score (0-100), for scored items.
        public var spread: Double?
        /// The combined answer in words.
        public var combined: LocalizedText?
    }

    /// The colleagues, in the order given.
    public var respondents: [String]
    /// The result of the combined answers.
    public var result: AssessmentResult
    /// Every question with at least one answer, in framework order.
    public var items: [Item]

    /// The questions to discuss: answers that differ, largest spread first.
    public var disagreements: [Item] {
        items.filter { $0.agreement == .differ }.sorted { ($0.spread ?? 0) > ($1.spread ?? 0) }
    }
}

/// Combines responses into a ``Consensus``.
public enum ConsensusBuilder {
    /// Combines `responses` to `framework` (all for the same organisation).
    public static func combine(_ responses: [Response], framework: Framework) -> Consensus {
        let engine = Engine(framework: framework)
        let names = responses.enumerated().map { index, response in response.respondent ?? "\(index + 1)" }
        var answers: [String: Answer] = [:]
        var order: [String] = []
        var items: [Consensus.Item] = []
        let individual = responses.map { engine.evaluate($0) }
        for question in framework.questions {
            let given = responses.map { $0.answers[question.id] }
            guard given.contains(where: { $0 != nil && $0?.value != .unanswered }) else { continue }
            let combined = combine(given.map { $0?.value }, question: question, names: names)
            let notes = zip(names, given).compactMap { name, answer in answer?.note.map { "\(name): \($0)" } }
            if let combined {
                answers[question.id] = Answer(
                    value: combined, note: notes.isEmpty ? nil : notes.joined(separator: "\n"),
                    location: SourceLocation(file: "<consensus>", line: 1, column: 1))
                order.append(question.id)
            }
            let scores = individual.map { result in
                result.domains.first { $0.id == question.domainID }?.items.first { $0.questionID == question.id }?.score
            }
            let displays = given.map { answer in
                answer.map { LocalizedText(nl: question.kind.display($0.value, in: .nl), en: question.kind.display($0.value, in: .en)) }
            }
            items.append(
                Consensus.Item(
                    questionID: question.id, domainID: question.domainID, text: question.text, answers: displays,
                    agreement: agreement(given.map { $0?.value }, scores: scores), spread: spread(scores),
                    combined: combined.map { LocalizedText(nl: question.kind.display($0, in: .nl), en: question.kind.display($0, in: .en)) }
                ))
        }
        let first = responses.first
        let response = Response(
            frameworkID: framework.id, frameworkVersion: framework.version,
            respondent: first?.organisation ?? names.joined(separator: ", "), organisation: nil,
            date: responses.compactMap(\.date).max(), context: first?.context ?? [:], answers: answers,
            answerOrder: order, sourceName: "<consensus>")
        return Consensus(respondents: names, result: engine.evaluate(response), items: items)
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
