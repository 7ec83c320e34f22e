/// Reads a framework from YAML into a checked ``Framework``, reporting every problem in one run.
///
/// Loading is a pipeline: YAML → nodes (``YAMLReader``, with limits) → sections in dependency
/// order (sources, scales, domains and questions, scoring, levels, grades, rules,
/// preconditions, tests) → cross-checks (cycles, references). Each section reports into one
/// ``DiagnosticSink`` and goes on where it can, so one run shows all mistakes.
public struct FrameworkLoader: Sendable {
    /// The plugins frameworks may name.
    public var registry: PluginRegistry
    /// Limits on file size, depth and node count.
    public var limits: YAMLLimits

    /// Creates a loader.
    public init(registry: PluginRegistry = .builtIn, limits: YAMLLimits = .standard) {
        self.registry = registry
        self.limits = limits
    }

    /// Loads a framework from raw bytes (checked for size and UTF-8 first).
    public func load(bytes: [UInt8], name: String) -> Loaded<Framework> {
        finish(YAMLReader(limits: limits).read(bytes: bytes, name: name), name: name)
    }

    /// Loads a framework from text.
    public func load(text: String, name: String) -> Loaded<Framework> {
        finish(YAMLReader(limits: limits).read(text: text, name: name), name: name)
    }

    /// Loads a framework from YAML already parsed (by a caller that looked at it to tell a
    /// framework from a response): the same nodes, not a second parse.
    public func load(parsed read: YAMLReader.Output) -> Loaded<Framework> {
        finish(read, name: read.source.name)
    }

    private func finish(_ read: YAMLReader.Output, name: String) -> Loaded<Framework> {
        guard let root = read.root else {
            return Loaded(value: nil, diagnostics: read.diagnostics, source: read.source)
        }
        let builder = FrameworkBuilder(registry: registry, source: read.source)
        let framework = builder.build(root)
        if let framework { builder.checkEvaluationBudget(framework) }
        let diagnostics = builder.sink.list
        return Loaded(value: diagnostics.hasErrors ? nil : framework, diagnostics: diagnostics, source: read.source)
    }
}

/// Builds one framework; holds what earlier sections produced for later ones to check against.
final class FrameworkBuilder {
    let registry: PluginRegistry
    let source: SourceFile
    let sink = DiagnosticSink()

    var languages: [Language] = [.nl, .en]
    var sources: [SourceReference] = []
    var resources: [FrameworkResource] = []
    var contextFields: [ContextField] = []
    var scales: [String: AnswerScale] = [:]
    var scaleOrder: [AnswerScale] = []
    var domains: [Domain] = []
    var index = FrameworkIndex()
    var levels: [Level] = []
    /// Named bands from `band_sets:`, by id, for domains to share.
    var bandSets: [String: [Band]] = [:]
    /// Derived scores with `bands:`, read once their ranges are known.
    var pendingScoreBands: [(id: String, reader: ConfigReader)] = []
    var derivedScores: [DerivedScore] = []
    var overallID = "overall"
    var defaultAggregator = "mean"
    var defaultMinAnswered = 1
    var defaultProrate = false
    /// Every id used so far (questions, domains, scores), to catch duplicates across kinds.
    var usedIDs: [String: SourceLocation] = [:]
    /// The ids above by their skeleton (``Confusables/skeleton(_:)``), to catch look-alikes.
    var idsBySkeleton: [String: String] = [:]
    var pendingRequires: [(Int, YAMLNode, YAMLNode?)] = []
    /// Every precondition id declared, also of preconditions that did not load.
    var rawPreconditionIDs: [String] = []
    /// Each declared rule's effect names (also of rules that did not load), so test
    /// expectations can be checked against them.
    var ruleEffects: [String: [String]] = [:]
    /// Every level id declared, in order, also of levels that did not load: what rules, tests
    /// and expressions may name.
    var levelIDs: [String] = []
    /// Questions and scales whose id was read but which did not load: known by name, so that
    /// what refers to them is not reported as unknown on top of their own error.
    var brokenQuestions: Set<String> = []
    var brokenScales: Set<String> = []
    /// Derived scores whose id was read but which did not load.
    var brokenScoreIDs: [String] = []
    /// The last expression environment built, with what it was built from.
    var environmentCache: (key: [Int], environment: ExpressionEnvironment)?
    /// The sorted keys a question may have, by the name of its kind, and for an unknown kind.
    /// Keyed by name: the first use of a `[ObjectIdentifier?: …]` made the runtime scan every
    /// conformance in the binary twice (Hashable for Optional and for ObjectIdentifier), a
    /// tenth of a millisecond of every `kader scan`.
    var questionKeyCache: [String: [String]] = [:]
    var unknownKindKeys: [String]?

    init(registry: PluginRegistry, source: SourceFile) {
        self.registry = registry
        self.source = source
    }

    func build(_ root: YAMLNode) -> Framework? {
        guard let top = ConfigReader(root, format: FrameworkFormat.top, sink: sink) else { return nil }
        if let format = top["kader"], let number = ValueReader(sink: sink).integer(format, what: Message(nl: "'kader'", en: "'kader'")),
            number != 1
        {
            sink.error(
                .unsupportedFormat,
                Message(nl: "formaatversie \(number) wordt niet ondersteund", en: "format version \(number) is not supported"),
                fix: Message(nl: "gebruik 'kader: 1'", en: "use 'kader: 1'"), at: format)
        }
        let id = top.identifier("id")
        let version = top.string("version", required: true)
        if let version, let node = top["version"], !Self.isVersion(version) {
            sink.warning(
                .versionFormat,
                Message(
                    nl: "versie '\(version)' is geen versienummer als 1.0 of 1.2.0",
                    en: "version '\(version)' is not a version number like 1.0 or 1.2.0"),
                fix: Message(
                    nl: "gebruik cijfers met punten, zodat Kader versies kan vergelijken",
                    en: "use digits with points so Kader can compare versions"), at: node)
        }
        if let date = top.string("date"), let node = top["date"], !ResponseLoader.isDate(date) {
            sink.error(
                .invalidDate, Message(nl: "'\(date)' is geen datum als 2026-11-23", en: "'\(date)' is not a date like 2026-11-23"),
                fix: Message(nl: "schrijf de datum als JJJJ-MM-DD", en: "write the date as YYYY-MM-DD"), at: node)
        }
        readLanguages(top)
        let title = top.text("title", required: true)
        readSources(top.list("sources"))
        resources = readResources(top.list("resources"))
        readContext(top.list("context"))
        readScales(top.list("scales", required: true))
        let scoringSection = readScoringDefaults(top["scoring"])
        readBandSets(top.list("band_sets"))
        readDomains(top.required("domains"))
        readLevels(top.list("levels"))
        readDerivedScores(scoringSection)
        let grades = readGrades(top["grades"])
        let rules = readRules(top.list("rules"))
        let preconditions = readPreconditions(top.list("preconditions"))
        let tests = readTests(top.list("tests"))
        let report = readReport(top["report"])
        checkTranslations(top)

        guard let id, let version, let title, !sink.hasErrors else { return nil }
        var scoring = scoringSettings
        scoring.derived = derivedScores
        scoring.overallID = overallID
        var index = self.index
        index.questionTable = QuestionTable(domains)
        var framework = Framework(
            id: id, version: version, date: top.string("date"), languages: languages, title: title,
            description: top.text("description"), audience: top.text("audience"), guidance: top.text("guidance"),
            sources: sources, resources: resources, context: contextFields, scales: scaleOrder, domains: domains,
            scoring: scoring, growthModel: levels.isEmpty ? nil : GrowthModel(levels: levels), grades: grades,
            rules: rules, preconditions: preconditions, tests: tests, sourceName: source.name, index: index)
        framework.report = report
        return framework
    }

    var scoringSettings = ScoringSettings(
        rounding: Rounding(decimals: 1, mode: .halfUp), unknown: .exclude, derived: [], overallID: "overall")

    static func isVersion(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return (1...4).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    private func readLanguages(_ top: ConfigReader) {
        guard let nodes = top.list("languages") else { return }
        var result: [Language] = []
        for node in nodes {
            guard let word = ValueReader(sink: sink).string(node, what: Message(nl: "een taal", en: "a language")) else { continue }
            guard let language = Language(rawValue: word) else {
                sink.error(
                    .invalidValue, Message(nl: "taal '\(word)' wordt niet ondersteund", en: "language '\(word)' is not supported"),
                    fix: Message(nl: "gebruik nl en/of en", en: "use nl and/or en"), at: node)
                continue
            }
            result.append(language)
        }
        if !result.isEmpty { languages = result }
    }

    /// Registers an id, reporting a duplicate with the first place it was used.
    func claim(_ id: String, at node: YAMLNode, kind: Message) -> Bool {
        if let first = usedIDs[id] {
            sink.error(
                .duplicateID,
                Message(
                    nl: "\(kind.nl) '\(id)' bestaat al (regel \(first.line))",
                    en: "\(kind.en) '\(id)' already exists (line \(first.line))"),
                fix: Message(nl: "geef elk onderdeel een eigen id", en: "give every part an id of its own"), at: node)
            return false
        }
        usedIDs[id] = node.location
        let skeleton = Confusables.skeleton(id)
        if let other = idsBySkeleton[skeleton], let first = usedIDs[other] {
            sink.warning(
                .confusableID,
                Message(
                    nl: "id '\(id)' lijkt op id '\(other)' (regel \(first.line)) maar is een andere id",
                    en: "id '\(id)' looks like id '\(other)' (line \(first.line)) but is another id"),
                fix: Message(
                    nl: "gebruik één schrijfwijze; een Cyrillische of Griekse letter ziet eruit als een Latijnse",
                    en: "use one spelling; a Cyrillic or Greek letter looks like a Latin one"),
                at: node)
        } else {
            idsBySkeleton[skeleton] = id
        }
        return true
    }

    /// Reads a list of mappings of the kind `format` describes, giving each to `body`.
    func each(_ nodes: [YAMLNode]?, format: ObjectFormat, keys: [String]? = nil, _ body: (ConfigReader) -> Void) {
        for node in nodes ?? [] {
            guard let reader = ConfigReader(node, format: format, keys: keys, sink: sink) else { continue }
            body(reader)
        }
    }
}
