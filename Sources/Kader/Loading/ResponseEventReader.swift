/// Reading a response straight from libyaml's events, checking every answer as it comes.
///
/// Nearly every response file is fine, and for those building the node tree, reading it and
/// freeing it cost twice what parsing does. So the loader first reads the file this way, and
/// gives up (``YAMLEventStream/Stop``) at the first thing that is not plainly right: any
/// diagnostic the full reading would report, or a shape it does not expect. The file is then
/// read again the full way, which reports everything as before. Every check here mirrors one
/// in ``ResponseLoader/read(_:framework:sink:name:)``: what passes here passes there silently,
/// with the same response.
///
/// Keys and option ids are compared as the parser's bytes: a question id is found in the
/// framework's ``QuestionTable`` and kept as the framework's own string, an answer that names
/// an option of a scale or choice becomes that option's value; strings are made only for what
/// a response keeps as text (header fields, context, notes). The framework may be given, or
/// found from the same parse by the `framework:` id at the top (``FrameworkSource/find(_:)``),
/// so a response is parsed once.
struct ResponseEventReader {
    typealias Stop = YAMLEventStream.Stop

    /// Where the framework comes from.
    enum FrameworkSource {
        /// Known before reading (`--framework`, a batch).
        case given(SharedFramework)
        /// Found by the id the response names, before its context and answers.
        case find((String) -> Framework?)
    }

    let source: FrameworkSource
    let name: String
    /// Whether answers are kept by question position (``AnswerStore``), as a batch asks.
    var byPosition = false
    /// Collects what a question kind reports; anything in it means the full reading is needed.
    private let sink = DiagnosticSink()

    init(framework: SharedFramework, name: String) {
        self.init(source: .given(framework), name: name)
    }

    init(source: FrameworkSource, name: String) {
        self.source = source
        self.name = name
    }

    /// The response in `file` with the framework it was read against, or nil when it must be
    /// read the full way.
    func read(_ file: SourceFile, limits: YAMLLimits) -> (response: Response, framework: SharedFramework)? {
        YAMLEventStream.read(file, limits: limits) { (events: inout YAMLEventStream) throws(Stop) -> (Response, SharedFramework) in
            try response(&events)
        }
    }

    private static let keys = ResponseLoader.topLevelKeys.map { Array($0.utf8) }

    private func response(_ events: inout YAMLEventStream) throws(Stop) -> (Response, SharedFramework) {
        guard case .mappingStart = try events.next() else { throw Stop() }
        // The value of each top-level key, by its place in `topLevelKeys`; a key seen twice is reported.
        let keys = ResponseLoader.topLevelKeys
        var header = [String?](repeating: nil, count: keys.count)
        var seen = [Bool](repeating: false, count: keys.count)
        // By reference: the parts each reading needs are read in place (``SharedFramework``).
        var framework: SharedFramework?
        if case .given(let given) = source { framework = given }
        var context: [String: ContextValue] = [:]
        var answers: Answers?
        var plan: [PlanItem] = []
        while true {
            let event = try events.next()
            if case .end = event { break }
            guard case .scalar(let key, _) = event, let slot = Self.keys.firstIndex(where: key.equals), !seen[slot] else { throw Stop() }
            seen[slot] = true
            switch keys[slot] {
            // The parts each reading needs, not the framework: a copy of it counts some forty references.
            case "context":
                guard let fields = framework?.value.context else { throw Stop() }
                context = try readContext(&events, declared: fields)
            case "answers":
                guard let domains = framework?.value.domains else { throw Stop() }
                answers = try readAnswers(&events, domains: domains, table: framework?.value.index.questionTable ?? QuestionTable(domains))
            case "plan": plan = try readPlan(&events, framework: try known(framework).value)
            case "framework":
                guard case .scalar(let id, _) = try events.next(), !id.isNull else { throw Stop() }
                if let knownID = framework?.value.id {
                    guard id.equals(knownID) else { throw Stop() }
                } else if case .find(let find) = source {
                    framework = find(id.text).map(SharedFramework.init)
                }
                guard let frameworkID = framework?.value.id else { throw Stop() }
                header[slot] = frameworkID
            default:
                // A header field; an empty one counts as absent.
                guard case .scalar(let text, _) = try events.next() else { throw Stop() }
                if !text.isNull { header[slot] = text.text }
            }
        }
        func field(_ key: String) -> String? { keys.firstIndex(of: key).flatMap { header[$0] } }
        let read = try known(framework)
        guard let frameworkID = field("framework"), frameworkID == read.value.id else { throw Stop() }
        let version = field("version")
        let date = field("date")
        guard version == nil || version == read.value.version, date.map(ResponseLoader.isDate) ?? true else { throw Stop() }
        var response = Response(
            frameworkID: frameworkID, frameworkVersion: version, respondent: field("respondent"),
            organisation: field("organisation"), date: date, context: context, answerOrder: answers?.order ?? [], plan: plan,
            sourceName: name)
        if let answers { response.store = byPosition ? AnswerStore(placed: answers.placed) : AnswerStore(answers.placed.dictionary) }
        return (response, read)
    }

    /// The framework, once known; context and answers need it.
    private func known(_ framework: SharedFramework?) throws(Stop) -> SharedFramework {
        guard let framework else { throw Stop() }
        return framework
    }

    /// The answers kept by question position, and their ids in file order.
    private struct Answers {
        var placed: PlacedAnswers
        var order: [String] = []

        init(_ table: QuestionTable) {
            placed = PlacedAnswers(questions: table.ids, ids: table.idsByNumber, answers: Array(repeating: nil, count: table.places.count))
            order.reserveCapacity(table.places.count)
        }

        /// Takes `answer` (consuming), put in its place at once.
        @inline(__always)
        mutating func add(_ id: String, number: Int, _ answer: consuming Answer) {
            order.append(id)
            placed.answers[number] = consume answer
        }
    }

    /// `context:`: fields with single values, numbers where the framework declares them.
    private func readContext(_ events: inout YAMLEventStream, declared fields: [ContextField]) throws(Stop) -> [String: ContextValue] {
        switch try events.next() {
        case .scalar(let scalar, _) where scalar.isNull: return [:]
        case .mappingStart: break
        default: throw Stop()
        }
        var result: [String: ContextValue] = [:]
        while true {
            let event = try events.next()
            if case .end = event { return result }
            guard case .scalar(let key, _) = event else { throw Stop() }
            let name = key.text
            guard case .scalar(let value, _) = try events.next() else { throw Stop() }
            guard !value.isNull else { continue }
            let text = value.text
            // The kind alone: copying the whole declared field (labels and all) showed.
            let declared = fields.firstIndex { $0.id == name }.map { fields[$0].kind }
            let number = value.style == .plain ? NumberText.finite(text) : nil
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
    private func readAnswers(_ events: inout YAMLEventStream, domains: [Domain], table: QuestionTable) throws(Stop) -> Answers {
        switch try events.next() {
        case .scalar(let scalar, _) where scalar.isNull: return Answers(table)
        case .mappingStart: break
        default: throw Stop()
        }
        // Found as bytes in the table made when the framework was loaded (made by the caller
        // for a framework put together in code).
        var answers = Answers(table)
        let count = table.places.count
        var seen = [Bool](repeating: false, count: count)
        while true {
            let event = try events.next()
            if case .end = event { return answers }
            guard case .scalar(let key, _) = event, let place = table[key.bytes] else { throw Stop() }
            guard !seen[place.number] else { throw Stop() }
            seen[place.number] = true
            let question = (domain: place.domain, question: place.question)
            let id = domains[question.domain].questions[question.question].id
            try readEntry(&events, into: &answers, domains: domains, question: question, id: id, picks: (table.picks, place.number))
        }
    }

    /// One answer, `value` or `{value:, note:, evidence:}`, read against its question and added
    /// to `answers` under the framework's own string for `id` (the engine then matches it at
    /// once); nothing is added for one left empty without a note. Added here rather than returned
    /// as an optional, which cost one more copy of the answer and the optional's destruction.
    private func readEntry(
        _ events: inout YAMLEventStream, into answers: inout Answers, domains: [Domain], question: (domain: Int, question: Int),
        id: String, picks: (table: OptionPicks, number: Int)
    ) throws(Stop) {
        let first = try events.next()
        guard case .mappingStart(let mark) = first else {
            guard
                case (let value, let location)? = try answerValue(
                    first, &events, domains: domains, question: question, id: id, picks: picks)
            else {
                return
            }
            return answers.add(id, number: picks.number, Answer(value: value, note: nil, evidence: nil, location: location))
        }
        var value: (AnswerValue, SourceLocation)?
        var sawValue = false
        var note: String?
        var evidence: String?
        while true {
            let event = try events.next()
            if case .end = event { break }
            guard case .scalar(let key, _) = event else { throw Stop() }
            if key.equals(Self.valueKey), !sawValue {
                sawValue = true
                value = try answerValue(try events.next(), &events, domains: domains, question: question, id: id, picks: picks)
            } else if key.equals(Self.noteKey), note == nil {
                note = try text(&events)
            } else if key.equals(Self.evidenceKey), evidence == nil {
                evidence = try text(&events)
            } else {
                // Unknown or repeated.
                throw Stop()
            }
        }
        let location = events.location(mark)
        if case (let answer, let at)? = value {
            return answers.add(id, number: picks.number, Answer(value: answer, note: note, evidence: evidence, location: at))
        }
        // Unanswered; a note alone is still kept, as a note without an answer.
        guard note != nil || evidence != nil else { return }
        answers.add(id, number: picks.number, Answer(value: .unanswered, note: note, evidence: evidence, location: location))
    }

    private static let valueKey = Array("value".utf8)
    private static let noteKey = Array("note".utf8)
    private static let evidenceKey = Array("evidence".utf8)

    /// A note or evidence: text, not empty.
    private func text(_ events: inout YAMLEventStream) throws(Stop) -> String {
        guard case .scalar(let text, _) = try events.next(), !text.isNull else { throw Stop() }
        return text.text
    }

    /// An answer's value, checked against its question, with where it starts; nil when empty.
    private func answerValue(
        _ event: YAMLEventStream.Event, _ events: inout YAMLEventStream, domains: [Domain],
        question: (domain: Int, question: Int), id: String, picks: (table: OptionPicks, number: Int)
    ) throws(Stop) -> (AnswerValue, SourceLocation)? {
        let node: YAMLNode
        switch event {
        case .scalar(let scalar, let mark):
            if scalar.isNull { return nil }
            // The common case: a scale or choice answered with one of its option ids, matched as bytes.
            if let value = picks.table.value(question: picks.number, answer: scalar.bytes) { return (value, events.location(mark)) }
            node = YAMLNode(.scalar(scalar.text, scalar.style), at: events.location(mark))
        case .sequenceStart(let mark):
            var items: [YAMLNode] = []
            while true {
                let item = try events.next()
                if case .end = item { break }
                guard case .scalar(let scalar, let itemMark) = item else { throw Stop() }
                items.append(YAMLNode(.scalar(scalar.text, scalar.style), at: events.location(itemMark)))
            }
            node = YAMLNode(.sequence(items), at: events.location(mark))
        default:
            throw Stop()
        }
        let kind = domains[question.domain].questions[question.question].kind
        guard let read = ResponseLoader.readValue(node, kind: kind, questionID: id, sink: sink), sink.list.isEmpty else { throw Stop() }
        return (read, node.location)
    }
}
