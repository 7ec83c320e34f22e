/// Reads a response file and checks it against its framework: every answer's question must
/// exist and every value must fit the question, each problem reported at its place.
public struct ResponseLoader: Sendable {
    /// Limits on file size, depth and node count.
    public var limits: YAMLLimits

    /// Whether answers read straight from the parser's events are kept by question position
    /// instead of by id (``AnswerStore``): for a response an engine scores at once and then
    /// drops, as a batch does. ``Response/answers`` is the same either way.
    package var answersByPosition = false

    /// Creates a loader.
    public init(limits: YAMLLimits = .standard) { self.limits = limits }

    /// The keys a response may have at the top.
    public static var topLevelKeys: [String] { ResponseFormat.top.keyNames }

    /// Words that mean "weet niet" and "n.v.t." for every kind of question.
    public static let unknownWords: Set<String> = ["weet_niet", "weet niet", "unknown", "onbekend"]
    public static let notApplicableWords: Set<String> = ["nvt", "n.v.t.", "n.v.t", "not_applicable", "n/a"]

    /// Reads a response from raw bytes; with a framework, checks the answers against it.
    public func load(bytes: [UInt8], name: String, framework: Framework?) -> Loaded<Response> {
        if let framework { return load(bytes: bytes, name: name, framework: SharedFramework(framework)) }
        return finish(YAMLReader(limits: limits).read(bytes: bytes, name: name), framework: nil)
    }

    /// Reads a response from raw bytes against a framework held by reference, as a batch does
    /// for each of its files (``SharedFramework``).
    package func load(bytes: [UInt8], name: String, framework: SharedFramework) -> Loaded<Response> {
        let reader = YAMLReader(limits: limits)
        if let text = reader.text(of: bytes), let loaded = loadDirectly(text, name: name, framework: framework) { return loaded }
        return finish(reader.read(bytes: bytes, name: name), framework: framework.value)
    }

    /// Reads a response from text.
    public func load(text: String, name: String, framework: Framework?) -> Loaded<Response> {
        let reader = YAMLReader(limits: limits)
        if let framework, let parsed = reader.parsedText(text),
            let loaded = loadDirectly(parsed, name: name, framework: SharedFramework(framework))
        {
            return loaded
        }
        return finish(reader.read(text: text, name: name), framework: framework)
    }

    /// The response read straight from the parser's events, when nothing in it needs a word
    /// (see ``ResponseEventReader``); nil sends the file the full way, which reports.
    private func loadDirectly(_ text: String, name: String, framework: SharedFramework) -> Loaded<Response>? {
        let source = SourceFile(name: name, text: text, indexingLines: false)
        var reader = ResponseEventReader(framework: framework, name: name)
        reader.byPosition = answersByPosition
        guard let read = reader.read(source, limits: limits) else { return nil }
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
        return (Loaded(value: read.response, diagnostics: DiagnosticList(), source: source), read.framework.value)
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
                .wrongFramework,
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
                    .versionMismatch, message,
                    fix: Message(
                        nl: "de score wordt berekend met versie \(framework.version)",
                        en: "it is scored with version \(framework.version)"),
                    at: node)
            } else {
                sink.error(
                    .versionMismatch, message,
                    fix: Message(
                        nl: "gebruik het kader van versie \(version), of vul de scan opnieuw in voor versie \(framework.version)",
                        en: "use the framework of version \(version), or fill in the scan again for version \(framework.version)"), at: node
                )
            }
        }
        let date = headerText(top, "date")
        if let date, let node = top["date"], !isDate(date) {
            sink.error(
                .invalidDate, Message(nl: "'\(date)' is geen datum als 2026-03-14", en: "'\(date)' is not a date like 2026-03-14"),
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
        // Read byte by byte: every response's date is checked, and splitting the text made a list
        // and three strings. Each part is what `Int(_:)` reads (digits, after an optional `+`),
        // of four, two and two characters.
        var parts = (year: 0, month: 0, day: 0)
        var part = 0
        var length = 0
        var value = 0
        var digits = 0
        func close() -> Bool {
            guard digits > 0, length == (part == 0 ? 4 : 2) else { return false }
            switch part {
            case 0: parts.year = value
            case 1: parts.month = value
            default: parts.day = value
            }
            (part, length, value, digits) = (part + 1, 0, 0, 0)
            return true
        }
        for byte in text.utf8 {
            if byte == UInt8(ascii: "-") {
                guard part < 2, close() else { return false }
            } else if byte == UInt8(ascii: "+"), length == 0 {
                length = 1
            } else if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), length < 4 {
                (value, digits, length) = (value * 10 + Int(byte - UInt8(ascii: "0")), digits + 1, length + 1)
            } else {
                return false
            }
        }
        guard part == 2, close(), (1...12).contains(parts.month) else { return false }
        let leap = (parts.year % 4 == 0 && parts.year % 100 != 0) || parts.year % 400 == 0
        let days =
            switch parts.month {
            case 2: leap ? 29 : 28
            case 4, 6, 9, 11: 30
            default: 31
            }
        return (1...days).contains(parts.day)
    }

    private static func readContext(_ node: YAMLNode?, framework: Framework?, sink: DiagnosticSink) -> [String: ContextValue] {
        guard let node, !node.isNull else { return [:] }
        guard let pairs = node.mapping else {
            sink.error(
                .wrongType,
                Message(nl: "'context' moet een mapping zijn (veld: waarde)", en: "'context' must be a mapping (field: value)"), at: node)
            return [:]
        }
        var result: [String: ContextValue] = [:]
        for pair in pairs {
            let (key, value) = (pair.key, pair.value)
            guard let name = key.scalar, !value.isNull else { continue }
            guard let text = value.scalar else {
                sink.error(
                    .wrongType,
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
}
