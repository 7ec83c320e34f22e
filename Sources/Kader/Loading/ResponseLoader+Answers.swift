/// Reading the answers of a response (`answers:`): each checked against its question's kind when the
/// framework is known, kept as written when it is not.
extension ResponseLoader {
    /// Reads `question: answer` pairs, checking each against the framework when given.
    public static func readAnswers(_ node: YAMLNode, framework: Framework?, sink: DiagnosticSink) -> ([String: Answer], [String]) {
        guard let pairs = node.mapping else {
            sink.error(
                .wrongType,
                Message(nl: "'answers' moet een mapping zijn (vraag: antwoord)", en: "'answers' must be a mapping (question: answer)"),
                fix: Message(
                    nl: "schrijf elk antwoord als 'vraag_id: antwoord' op een eigen regel",
                    en: "write each answer as 'question_id: answer' on its own line"), at: node)
            return ([:], [])
        }
        var answers = AnswerList(capacity: pairs.count)
        // Unwrapped once: binding the framework (a large struct) for every answer copied it.
        guard let framework else {
            for pair in pairs {
                let (keyNode, valueNode) = (pair.key, pair.value)
                guard let entry = answers.entry(keyNode, valueNode, sink: sink) else { continue }
                let value = entry.value
                answers.add(
                    entry.id,
                    Answer(
                        value: value.isNull ? .unanswered : rawValue(value), note: entry.note, evidence: entry.evidence,
                        location: value.location))
            }
            return (answers.byID, answers.order)
        }
        for pair in pairs {
            let (keyNode, valueNode) = (pair.key, pair.value)
            guard let entry = answers.entry(keyNode, valueNode, sink: sink) else { continue }
            let id = entry.id
            guard let path = framework.index.questions[id] else {
                sink.error(
                    .unknownQuestion,
                    Message(
                        nl: "kader '\(framework.id)' heeft geen vraag '\(id)'", en: "framework '\(framework.id)' has no question '\(id)'"),
                    fix: Suggestion.fix(for: id, in: framework.questions.map(\.id), what: Message(nl: "vragen", en: "questions")),
                    at: keyNode)
                continue
            }
            // Kept under the framework's own string for the id: the engine then matches it at once.
            let key = framework.domains[path.domain].questions[path.question].id
            let value = entry.value
            if value.isNull {
                // Unanswered; a note alone is still kept, as a note without an answer.
                if entry.note != nil || entry.evidence != nil {
                    answers.add(key, Answer(value: .unanswered, note: entry.note, evidence: entry.evidence, location: valueNode.location))
                }
                continue
            }
            // The question's kind read in place: copying the whole question per answer showed.
            let kind = framework.domains[path.domain].questions[path.question].kind
            guard let answerValue = readValue(value, kind: kind, questionID: id, sink: sink) else { continue }
            answers.add(key, Answer(value: answerValue, note: entry.note, evidence: entry.evidence, location: value.location))
        }
        return (answers.byID, answers.order)
    }

    /// The answers read so far, in file order, and the ids seen (answered or not).
    private struct AnswerList {
        var byID: [String: Answer]
        var order: [String] = []
        var seen: Set<String>

        init(capacity: Int) {
            byID = Dictionary(minimumCapacity: capacity)
            order.reserveCapacity(capacity)
            seen = Set(minimumCapacity: capacity)
        }

        /// One `id: answer` pair, its value unwrapped from `{value:, note:, evidence:}`; nil
        /// (after reporting) for a key that is not a name, an id answered twice, or a bad mapping.
        mutating func entry(_ keyNode: YAMLNode, _ valueNode: YAMLNode, sink: DiagnosticSink) -> (
            id: String, value: YAMLNode, note: String?, evidence: String?
        )? {
            guard let id = keyNode.scalar else { return nil }
            guard seen.insert(id).inserted else {
                sink.error(
                    .duplicateKey, Message(nl: "vraag '\(id)' is twee keer beantwoord", en: "question '\(id)' is answered twice"),
                    fix: Message(nl: "houd één antwoord over", en: "keep one answer"), at: keyNode)
                return nil
            }
            guard valueNode.mapping != nil else { return (id, valueNode, nil, nil) }
            guard
                let reader = ConfigReader(
                    valueNode, format: ResponseFormat.longAnswer, what: Message(nl: "het antwoord op '\(id)'", en: "the answer to '\(id)'"),
                    sink: sink)
            else { return nil }
            let note = reader.string("note")
            let evidence = reader.string("evidence")
            return (id, reader["value"] ?? YAMLNode(.scalar("", .plain), at: valueNode.location), note, evidence)
        }

        mutating func add(_ id: String, _ answer: Answer) {
            byID[id] = answer
            order.append(id)
        }
    }

    /// An answer's value node read as a response file's answer is read: "weet niet" and "n.v.t."
    /// words where no option has that id, otherwise by the question's kind. The web form reads
    /// what its inputs send through here too.
    public static func readValue(_ node: YAMLNode, kind: any QuestionKind, questionID: String, sink: DiagnosticSink) -> AnswerValue? {
        // An answer that is one of the question's option ids, as nearly all are, is read as that
        // option: "weet niet" and "n.v.t." are words only when no option has the same id.
        if let text = node.scalar, !kind.options.contains(where: { $0.id == text }), !kind.answerShape.isFreeText {
            let word = text.lowercased()
            let isUnknown = unknownWords.contains(word)
            let isNotApplicable = notApplicableWords.contains(word)
            if isUnknown || isNotApplicable, kind.options.first(where: { $0.id.lowercased() == word }) == nil {
                let allowed = isUnknown ? kind.allowsUnknown : kind.allowsNotApplicable
                guard allowed else {
                    let what = isUnknown ? "weet niet" : "n.v.t."
                    sink.error(
                        .invalidAnswer,
                        Message(nl: "vraag '\(questionID)' kent geen '\(what)'", en: "question '\(questionID)' has no '\(what)'"),
                        fix: Suggestion.fix(for: word, in: kind.options.map(\.id), what: Message(nl: "opties", en: "options")), at: node)
                    return nil
                }
                return isUnknown ? .unknown : .notApplicable
            }
        }
        return kind.read(node, questionID: questionID, sink: sink)
    }

    /// Without a framework, answers are kept as written.
    private static func rawValue(_ node: YAMLNode) -> AnswerValue {
        if let items = node.sequence { return .options(items.compactMap(\.scalar)) }
        let text = node.scalar ?? ""
        if node.isPlain, let number = NumberText.finite(text) { return .number(number) }
        return .option(text)
    }
}
