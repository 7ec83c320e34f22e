import Kader

/// A renderer that writes the views' documents in one format: it picks a backend, and the views
/// build the same ``ReportDocument`` for every such renderer. A plugin that writes another
/// format (a word processor's) conforms to this and is registered like the built-ins.
public protocol DocumentRenderer: Renderer {
    /// The document in this renderer's format.
    func write(_ document: ReportDocument, options: RenderOptions) -> String
}

extension DocumentRenderer {
    /// ``ResultReport``, written: the full report (with the answers when `options.appendix`), or
    /// its two-page summary when `options.summary`.
    public func render(_ result: AssessmentResult, framework: Framework, options: RenderOptions) -> String {
        let report = ResultReport(result, framework: framework, language: options.language)
        return write(
            options.summary ? report.summary(fullReport: options.fullReport) : report.document(appendix: options.appendix),
            options: options)
    }

    /// ``ComparisonReport``, written.
    public func render(_ comparison: Comparison, framework: Framework, options: RenderOptions) -> String {
        write(ComparisonReport(comparison, framework: framework, language: options.language).document, options: options)
    }

    /// ``GroupReport``, written.
    public func render(_ group: GroupSummary, framework: Framework, options: RenderOptions) -> String {
        write(GroupReport(group, framework: framework, language: options.language).document, options: options)
    }

    /// ``ConsensusReport``, written.
    public func render(_ consensus: Consensus, framework: Framework, options: RenderOptions) -> String {
        write(ConsensusReport(consensus, framework: framework, language: options.language).document, options: options)
    }
}

/// A report for the terminal: aligned, with score bars, colour only on a terminal.
public struct TextRenderer: DocumentRenderer {
    /// `--format text`.
    public static let name = "text"
    /// What it produces.
    public static let summary = Message(
        nl: "een overzicht voor de terminal, uitgelijnd, kleur alleen op een terminal",
        en: "an aligned overview for the terminal, colour only on a terminal")
    /// Creates the renderer.
    public init() {}
    /// The document for the terminal, in colour when the options allow it.
    public func write(_ document: ReportDocument, options: RenderOptions) -> String { TextBackend(color: options.color).write(document) }
}

/// A report that pastes into a memo or a wiki: headings, tables and lists.
public struct MarkdownRenderer: DocumentRenderer {
    /// `--format markdown`.
    public static let name = "markdown"
    /// What it produces.
    public static let summary = Message(nl: "Markdown om in een memo of wiki te plakken", en: "Markdown to paste into a memo or wiki")
    /// Creates the renderer.
    public init() {}
    /// The document as Markdown.
    public func write(_ document: ReportDocument, options: RenderOptions) -> String { MarkdownBackend().write(document) }
}

/// One self-contained HTML file to print for a board meeting or show in a masterclass: inline
/// CSS and SVG, nothing from the network, no scripts, a print stylesheet.
public struct HTMLRenderer: DocumentRenderer {
    /// `--format html`.
    public static let name = "html"
    /// What it produces.
    public static let summary = Message(
        nl: "één HTML-bestand om te printen of te tonen, met grafiek, zonder netwerk",
        en: "one HTML file to print or show, with a chart, nothing from the network")
    /// Creates the renderer.
    public init() {}
    /// The document as one HTML page.
    public func write(_ document: ReportDocument, options: RenderOptions) -> String { HTMLBackend().page(document) }
}
