/// Reading a response straight from libyaml's events, checking every answer as it comes.
///
/// Nearly every response file is fine, and for those building the node tree, reading it and
/// freeing it cost twice what parsing does. So the loader first reads the file this way, and
/// gives up (``YAMLEventStream/Stop``) at the first thing that is not plainly right: any
/// diagnostic the full reading would report, or a shape it does not expect. The file is then
/// read again the full way, which reports everything as before. Every check here mirrors one
/// in ``ResponseLoader/read(_:framework:sink:name:)``: what passes here passes there silently,
/// with the same response.
struct ResponseEventReader {
    typealias Stop = YAMLEventStream.Stop

    let framework: Framework
    let name: String
    /// Collects what a question kind reports; anything in it means the full reading is needed.
    private let sink = DiagnosticSink()
    /// Where each domain's questions start in one numbering of all questions, so that a
    /// question answered twice is found without hashing its id once more.
    private let domainStarts: [Int]
    private let questionCount: Int

    init(framework: Framework, name: String) {
        self.framework = framework
        self.name = name
        let ranges = framework.questionRanges
        domainStarts = ranges.map(\.lowerBound)
        questionCount = ranges.last?.upperBound ?? 0
    }

    /// The response in `source`, or nil when it must be read the full way.
    func read(_ source: SourceFile, limits: YAMLLimits) -> Response? {
        YAMLEventStream.read(source, limits: limits) { (events: inout YAMLEventStream) throws(Stop) -> Response in
            try response(&events)
        }
    }

    private func response(_ events: inout YAMLEventStream) throws(Stop) -> Response {
        guard case .mappingStart = try events.next() else { throw Stop() }
        // The value of each top-level key, by its place in `topLevelKeys`; a key seen twice is reported.
        let keys = ResponseLoader.topLevelKeys
        var header = [String?](repeating: nil, count: keys.count)
        var seen = [Bool](repeating: false, count: keys.count)
        var context: [String: ContextValue] = [:]
        var answers = Answers()
        while true {
            let event = try events.next()
            if case .end = event { break }
            guard case .scalar(let key, _, _) = event, let slot = keys.firstIndex(of: key), !seen[slot] else { throw Stop() }
            seen[slot] = true
            switch key {
            case "context": context = try readContext(&events)
            case "answers": answers = try readAnswers(&events)
            default:
                // A header field; an empty one counts as absent, but `framework` is required.
                guard case .scalar(let text, let style, _) = try events.next() else { throw Stop() }
                if YAMLNode.isNull(text, style) {
                    guard key != "framework" else { throw Stop() }
                } else {
                    header[slot] = text
                }
            }
        }
        func field(_ key: String) -> String? { keys.firstIndex(of: key).flatMap { header[$0] } }
        guard let frameworkID = field("framework"), frameworkID == framework.id else { throw Stop() }
        let version = field("version")
        let date = field("date")
        guard version == nil || version == framework.version, date.map(ResponseLoader.isDate) ?? true else { throw Stop() }
        return Response(frameworkID: frameworkID, frameworkVersion: version, respondent: field("respondent"),
                        organisation: field("organisation"), date: date, context: context, answers: answers.byID,
                        answerOrder: answers.order, sourceName: name)
    }

    /// The answers kept, in file order.
    private struct Answers {
        var byID: [String: Answer] = [:]
        var order: [String] = []

        mutating func add(_ id: String, _ answer: Answer) {
            byID[id] = answer
            order.append(id)
        }
    }

    /// `context:`: fields with single values, numbers where the framework declares them.
    private func readContext(_ events: inout YAMLEventStream) throws(Stop) -> [String: ContextValue] {
        switch try events.next() {
        case .scalar(let text, let style, _) where YAMLNode.isNull(text, style): return [:]
        case .mappingStart: break
        default: throw Stop()
        }
        var result: [String: ContextValue] = [:]
        while true {
            let event = try events.next()
            if case .end = event { return result }
            guard case .scalar(let name, _, _) = event, case .scalar(let text, let style, _) = try events.next() else { throw Stop() }
            guard !YAMLNode.isNull(text, style) else { continue }
            // The kind alone: copying the whole declared field (labels and all) showed.
            let declared = framework.context.firstIndex { $0.id == name }.map { framework.context[$0].kind }
            let number = style == .plain ? NumberText.finite(text) : nil
            if declared == .number {
                guard let number else { throw Stop() }
                result[name] = .number(number)
            } else if declared == nil, let number {
                result[name] = .number(number)
            } else {
                result[name] = .text(text)
            }
        }
    }

    /// `answers:`: `id: answer` or `id: {value:, note:, evidence:}`, each checked against its question.
    private func readAnswers(_ events: inout YAMLEventStream) throws(Stop) -> Answers {
        var answers = Answers()
        switch try events.next() {
        case .scalar(let text, let style, _) where YAMLNode.isNull(text, style): return answers
        case .mappingStart: break
        default: throw Stop()
        }
        answers.byID.reserveCapacity(questionCount)
        answers.order.reserveCapacity(questionCount)
        var seen = [Bool](repeating: false, count: questionCount)
        while true {
            let event = try events.next()
            if case .end = event { return answers }
            guard case .scalar(let id, _, _) = event, let path = framework.index.questions[id] else { throw Stop() }
            let number = domainStarts[path.domain] + path.question
            guard !seen[number] else { throw Stop() }
            seen[number] = true
            let (value, note, evidence, location) = try readEntry(&events)
            let answer: Answer
            if value.isNull {
                // Unanswered; a note alone is still kept, as a note without an answer.
                guard note != nil || evidence != nil else { continue }
                answer = Answer(value: .unanswered, note: note, evidence: evidence, location: location)
            } else {
                let kind = framework.domains[path.domain].questions[path.question].kind
                guard let read = ResponseLoader.readValue(value, kind: kind, questionID: id, sink: sink), sink.list.isEmpty else { throw Stop() }
                answer = Answer(value: read, note: note, evidence: evidence, location: value.location)
            }
            // Kept under the framework's own string for the id: the engine then matches it at once.
            answers.add(framework.domains[path.domain].questions[path.question].id, answer)
        }
    }

    /// One answer: its value as a node (what question kinds read), its note and evidence, and
    /// where it starts (the mapping, for the `{value:, note:}` form).
    private func readEntry(_ events: inout YAMLEventStream) throws(Stop) -> (value: YAMLNode, note: String?, evidence: String?, location: SourceLocation) {
        let first = try events.next()
        guard case .mappingStart(let mark) = first else {
            let value = try valueNode(first, &events)
            return (value, nil, nil, value.location)
        }
        var value: YAMLNode?
        var note: String?
        var evidence: String?
        while true {
            let event = try events.next()
            if case .end = event { break }
            guard case .scalar(let key, _, _) = event else { throw Stop() }
            switch key {
            case "value" where value == nil:
                value = try valueNode(try events.next(), &events)
            case "note" where note == nil:
                note = try text(&events)
            case "evidence" where evidence == nil:
                evidence = try text(&events)
            default:
                // Unknown or repeated.
                throw Stop()
            }
        }
        let location = events.location(mark)
        return (value ?? YAMLNode(.scalar("", .plain), at: location), note, evidence, location)
    }

    /// A note or evidence: text, not empty.
    private func text(_ events: inout YAMLEventStream) throws(Stop) -> String {
        guard case .scalar(let text, let style, _) = try events.next(), !YAMLNode.isNull(text, style) else { throw Stop() }
        return text
    }

    /// An answer's value: a scalar, or a list of scalars (several choices).
    private func valueNode(_ event: YAMLEventStream.Event, _ events: inout YAMLEventStream) throws(Stop) -> YAMLNode {
        switch event {
        case .scalar(let text, let style, let mark):
            return YAMLNode(.scalar(text, style), at: events.location(mark))
        case .sequenceStart(let mark):
            var items: [YAMLNode] = []
            while true {
                let item = try events.next()
                if case .end = item { return YAMLNode(.sequence(items), at: events.location(mark)) }
                guard case .scalar(let text, let style, let itemMark) = item else { throw Stop() }
                items.append(YAMLNode(.scalar(text, style), at: events.location(itemMark)))
            }
        default:
            throw Stop()
        }
    }
}
