import Kader

/// The formats a framework can be exported in (`kader export --format`).
public enum ExportFormat: String, Sendable, CaseIterable {
    /// Markdown: paste into a wiki, convert with pandoc, print from an editor.
    case markdown
    /// One self-contained HTML page with a print stylesheet.
    case html

    /// `document` in this format.
    public func write(_ document: ReportDocument) -> String {
        switch self {
        case .markdown: MarkdownBackend().write(document)
        case .html: HTMLBackend().page(document)
        }
    }
}

/// The handout of a framework (``FrameworkPrintouts/handout``) in a format: `kader export FRAMEWORK --as handout`.
public struct HandoutRenderer: Sendable {
    /// Creates the renderer.
    public init() {}

    /// The handout in `format` and `language`.
    public func render(_ framework: Framework, format: ExportFormat, language: Language) -> String {
        format.write(FrameworkPrintouts(framework, language: language).handout)
    }
}

/// The paper form of a framework (``FrameworkPrintouts/paperForm``) in a format: `kader export FRAMEWORK --as form`.
public struct PaperFormRenderer: Sendable {
    /// Creates the renderer.
    public init() {}

    /// The form in `format` and `language`.
    public func render(_ framework: Framework, format: ExportFormat, language: Language) -> String {
        format.write(FrameworkPrintouts(framework, language: language).paperForm)
    }
}

/// A document that comes with a framework (a session plan, an evaluation form), written in
/// Markdown by its author: `kader export FRAMEWORK --as session-plan|evaluation`. Markdown is
/// given as written; HTML is read by ``MarkdownReader`` and written by the one HTML backend.
public struct ResourceRenderer: Sendable {
    /// Creates the renderer.
    public init() {}

    /// `markdown`, the text of `resource`, in `format` and `language`.
    public func render(_ markdown: String, of resource: FrameworkResource, format: ExportFormat, language: Language) -> String {
        switch format {
        case .markdown: markdown.hasSuffix("\n") ? markdown : markdown + "\n"
        case .html: format.write(MarkdownReader().document(markdown, fallbackTitle: resource.title.text(in: language), language: language))
        }
    }
}
