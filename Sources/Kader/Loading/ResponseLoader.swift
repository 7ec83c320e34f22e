/// Reads a response file and checks it against its framework: every answer's question must
/// exist and every value must fit the question, each problem reported at its place.
public struct ResponseLoader: Sendable {
    /// Limits on file size, depth and node count.
    public var limits: YAMLLimits

    /// Creates a loader.
    public init(limits: YAMLLimits = .standard) { self.limits = limits }

    /// The keys a response may have at the top.
    public static var topLevelKeys: [String] { ResponseFormat.top.keyNames }

    /// Words that mean "weet niet" and "n.v.t." for every kind of question.
    public static let unknownWords: Set<String> = ["weet_niet", "weet niet", "unknown", "onbekend"]
    public static let notApplicableWords: Set<String> = ["nvt", "n.v.t.", "n.v.t", "not_applicable", "n/a"]

    /// Reads a response from raw bytes; with a framework, checks the answers against it.
    public func load(bytes: [UInt8], name: String, framework: Framework?) -> Loaded<Response> {
        let reader = YAMLReader(limits: limits)
        if let framework, let text = reader.text(of: bytes), let loaded = loadDirectly(text, name: name, framework: framework) {
            return loaded
        }
        return finish(reader.read(bytes: bytes, name: name), framework: framework)
    }

    /// Reads a response from text.
    public func load(text: String, name: String, framework: Framework?) -> Loaded<Response> {
        let reader = YAMLReader(limits: limits)
        if let framework, let parsed = reader.parsedText(text), let loaded = loadDirectly(parsed, name: name, framework: framework) {
            return loaded
        }
        return finish(reader.read(text: text, name: name), framework: framework)
    }

    /// The response read straight from the parser's events, when nothing in it needs a word
    /// (see ``ResponseEventReader``); nil sends the file the full way, which reports.
    private func loadDirectly(_ text: String, name: String, framework: Framework) -> Loaded<Response>? {
        let source = SourceFile(name: name, text: text, indexingLines: false)
        guard let read = ResponseEventReader(framework: framework, name: name).read(source, limits: limits) else { return nil }
        return Loaded(value: read.response, diagnostics: DiagnosticList(), source: source)
    }

    /// Reads a response whose framework is not known yet in one parse: `find` is asked for the
    /// framework the response names (`framework:`, an id, never opened as a path) when the
    /// parse reaches it, and the answers are checked against it as they come. Nil when the file
    /// needs the full reading (``load(parsed:framework:)``), which reports: a problem of any
    /// kind, a framework `find` does not give, or `framework:` after the answers.
    public func load(
        bytes: [UInt8], name: String,
        findingFramework find: @escaping (String) -> Framework?
    ) -> (Loaded<Response>, Framework)? {
        guard let text = YAMLReader(limits: limits).text(of: bytes) else { return nil }
        let source = SourceFile(name: name, text: text, indexingLines: false)
        guard let read = ResponseEventReader(source: .find(find), name: name).read(source, limits: limits) else { return nil }
        return (Loaded(value: read.response, diagnostics: DiagnosticList(), source: source), read.framework)
    }

    /// Reads a response from YAML already parsed (by a caller that looked at its `framework:`
    /// first, to find the framework): the same nodes, not a second parse.
    public func load(parsed read: YAMLReader.Output, framework: Framework?) -> Loaded<Response> {
        finish(read, framework: framework)
    }

    private func finish(_ read: YAMLReader.Output, framework: Framework?) -> Loaded<Response> {
        guard let root = read.root else { return Loaded(value: nil, diagnostics: read.diagnostics, source: read.source) }
        let sink = DiagnosticSink()
        let response = Self.read(root, framework: framework, sink: sink, name: read.source.name)
        return Loaded(value: sink.hasErrors ? nil : response, diagnostics: sink.list, source: read.source)
    }

    static func read(_ root: YAMLNode, framework: Framework?, sink: DiagnosticSink, name: String) -> Response? {
        guard let top = ConfigReader(root, format: ResponseFormat.top, sink: sink) else { return nil }
        let frameworkID = top.string("framework", required: true)
        let version = headerText(top, "version")
        if let framework, let frameworkID, let node = top["framework"], frameworkID != framework.id {
            sink.error(
                "wrong-framework",
                Message(
                    nl: "dit antwoord hoort bij kader '\(frameworkID)', niet bij '\(framework.id)'",
                    en: "this response belongs to framework '\(frameworkID)', not '\(framework.id)'"),
                fix: Message(
                    nl: "scan het met --framework \(frameworkID), of corrigeer 'framework:'",
                    en: "scan it with --framework \(frameworkID), or correct 'framework:'"), at: node)
        }
        if let framework, let version, let node = top["version"], version != framework.version {
            let sameMajor = version.split(separator: ".").first == framework.version.split(separator: ".").first
            let message = Message(
                nl: "dit antwoord is gegeven op versie \(version); het kader is versie \(framework.version)",
                en: "this response answered version \(version); the framework is version \(framework.version)")
            if sameMajor {
                sink.warning(
                    "version-mismatch", message,
                    fix: Message(
                        nl: "de score wordt berekend met versie \(framework.version)", en: "it is scored with version \(framework.version)"),
                    at: node)
            } else {
                sink.error(
                    "version-mismatch", message,
                    fix: Message(
                        nl: "gebruik het kader van versie \(version), of vul de scan opnieuw in voor versie \(framework.version)",
                        en: "use the framework of version \(version), or fill in the scan again for version \(framework.version)"), at: node
                )
            }
        }
        let date = headerText(top, "date")
        if let date, let node = top["date"], !isDate(date) {
            sink.error(
                "invalid-date", Message(nl: "'\(date)' is geen datum als 2026-03-14", en: "'\(date)' is not a date like 2026-03-14"),
                fix: Message(nl: "schrijf de datum als JJJJ-MM-DD", en: "write the date as YYYY-MM-DD"), at: node)
        }
        let context = readContext(top["context"], framework: framework, sink: sink)
        var answers: [String: Answer] = [:]
        var order: [String] = []
        if let node = top["answers"], !node.isNull {
            (answers, order) = readAnswers(node, framework: framework, sink: sink)
        }
        let plan = readPlan(top["plan"], framework: framework, sink: sink)
        guard let frameworkID else { return nil }
        return Response(
            frameworkID: frameworkID, frameworkVersion: version, respondent: headerText(top, "respondent"),
            organisation: headerText(top, "organisation"), date: date, context: context, answers: answers,
            answerOrder: order, plan: plan, sourceName: name)
    }

    /// A header field; an empty value (as in a fresh `kader template`) counts as absent.
    private static func headerText(_ top: ConfigReader, _ key: String) -> String? {
        if let node = top[key], node.isNull { return nil }
        return top.string(key)
    }

    /// True for a real calendar date written `YYYY-MM-DD` (no 2026-02-30).
    public static func isDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }

    private static func readContext(_ node: YAMLNode?, framework: Framework?, sink: DiagnosticSink) -> [String: ContextValue] {
        guard let node, !node.isNull else { return [:] }
        guard let pairs = node.mapping else {
            sink.error(
                "wrong-type",
                Message(nl: "'context' moet een mapping zijn (veld: waarde)", en: "'context' must be a mapping (field: value)"), at: node)
            return [:]
        }
        var result: [String: ContextValue] = [:]
        for pair in pairs {
            let (key, value) = (pair.key, pair.value)
            guard let name = key.scalar, !value.isNull else { continue }
            guard let text = value.scalar else {
                sink.error(
                    "wrong-type",
                    Message(
                        nl: "contextveld '\(name)' moet een enkele waarde zijn, maar dit is \(value.shapeName.nl)",
                        en: "context field '\(name)' must be a single value, but this is \(value.shapeName.en)"), at: value)
                continue
            }
            let declared = framework?.context.first { $0.id == name }
            if declared?.kind == .number {
                if let number = ValueReader(sink: sink).number(
                    value, what: Message(nl: "contextveld '\(name)'", en: "context field '\(name)'"))
                {
                    result[name] = .number(number)
                }
            } else if declared == nil, value.isPlain, let number = NumberText.finite(text) {
                result[name] = .number(number)
            } else {
                result[name] = .text(text)
            }
        }
        return result
    }

    /// Reads `question: answer` pairs, checking each against the framework when given.
    public static func readAnswers(_ node: YAMLNode, framework: Framework?, sink: DiagnosticSink) -> ([String: Answer], [String]) {
        guard let pairs = node.mapping else {
            sink.error(
                "wrong-type",
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
                    "unknown-question",
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
                    "duplicate-key", Message(nl: "vraag '\(id)' is twee keer beantwoord", en: "question '\(id)' is answered twice"),
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
                        "invalid-answer",
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
