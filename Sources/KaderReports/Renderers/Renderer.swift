import Kader

/// Options every renderer receives.
public struct RenderOptions: Sendable {
    /// What one CSV row stands for.
    public enum Rows: String, Sendable, CaseIterable {
        case domains, items, advice
        /// The action plan: one row per planned advice (for a comparison, with what became of it).
        case plan
        /// "Zoek uit": one row per question marked `unanswered: concern` left blank or "weet
        /// niet", with the advice that waits on it (a comparison writes its domain rows).
        case findOut = "find-out"
    }

    /// The language of the texts.
    public var language: Language
    /// Whether terminal colours may be used (only on a terminal, never with NO_COLOR).
    public var color: Bool
    /// CSV: one row per domain, per item, per piece of advice or per point of the action plan.
    public var rows: Rows
    /// CSV: the field separator (`,` or `;` for Dutch spreadsheets).
    public var delimiter: Character
    /// A result's report: the two-page summary instead of the full report (text, Markdown, HTML).
    public var summary: Bool
    /// A result's full report: with every answer, per domain, after it (text, Markdown, HTML).
    public var appendix: Bool
    /// Where the full report is, as the summary says it ("kader scan FILE --format html"); nil
    /// for the command in general words.
    public var fullReport: String?

    /// Creates options.
    public init(
        language: Language, color: Bool = false, rows: Rows = .domains, delimiter: Character = ",", summary: Bool = false,
        appendix: Bool = false, fullReport: String? = nil
    ) {
        self.language = language
        self.color = color
        self.rows = rows
        self.delimiter = delimiter
        self.summary = summary
        self.appendix = appendix
        self.fullReport = fullReport
    }
}

/// Turns results, comparisons and group overviews into text for a person or a program.
/// Renderers are registered by name in a ``RendererRegistry``, like the engine's plugins, and
/// `--format NAME` picks one. The renderers for people (text, Markdown, HTML) are
/// ``DocumentRenderer``s: each view builds one ``ReportDocument`` and the renderer only picks
/// the backend that writes it. CSV and JSON are data formats with their own renderers.
public protocol Renderer: Sendable {
    /// The name used with `--format`.
    static var name: String { get }
    /// One sentence on what it produces.
    static var summary: Message { get }
    /// Creates the renderer.
    init()
    /// One respondent's result.
    func render(_ result: AssessmentResult, framework: Framework, options: RenderOptions) -> String
    /// Several results side by side or over time.
    func render(_ comparison: Comparison, framework: Framework, options: RenderOptions) -> String
    /// Many results to one framework.
    func render(_ group: GroupSummary, framework: Framework, options: RenderOptions) -> String
    /// Colleagues' answers combined, with where they differ.
    func render(_ consensus: Consensus, framework: Framework, options: RenderOptions) -> String
}

/// The renderers available by name.
public struct RendererRegistry: Sendable {
    /// Renderers by name.
    public private(set) var renderers: [String: any Renderer.Type] = [:]

    /// An empty registry.
    public init() {}

    /// The built-in renderers.
    public static let builtIn: RendererRegistry = {
        var registry = RendererRegistry()
        let builtIn: [any Renderer.Type] = [
            TextRenderer.self, MarkdownRenderer.self, HTMLRenderer.self, CSVRenderer.self,
            JSONRenderer.self
        ]
        for renderer in builtIn {
            registry.register(renderer)
        }
        return registry
    }()

    /// Registers a renderer.
    public mutating func register(_ renderer: any Renderer.Type) { renderers[renderer.name] = renderer }
}

/// The stable JSON forms (see docs/result.md).
public struct JSONRenderer: Renderer {
    public static let name = "json"
    public static let summary = Message(
        nl: "JSON voor programma's (schema in docs/result.md)",
        en: "JSON for programs (schema in docs/result.md)")
    public init() {}
    public func render(_ result: AssessmentResult, framework: Framework, options: RenderOptions) -> String {
        ResultJSON.encode(result, language: options.language).serialized() + "\n"
    }
    public func render(_ comparison: Comparison, framework: Framework, options: RenderOptions) -> String {
        let words = Vocabulary(framework, options.language)
        return CompareJSON.encode(comparison, language: options.language, trendText: { words.trendSentence($0)?.plain }).serialized() + "\n"
    }
    public func render(_ group: GroupSummary, framework: Framework, options: RenderOptions) -> String {
        CompareJSON.encode(group, language: options.language).serialized() + "\n"
    }
    public func render(_ consensus: Consensus, framework: Framework, options: RenderOptions) -> String {
        CompareJSON.encode(consensus, language: options.language).serialized() + "\n"
    }
}
