import Kader

/// The two-page summary of a result as a Word document (`kader scan --format docx`): the view
/// ``ResultReport``'s `summary(fullReport:)`, written by ``WordBackend``. Not a ``Renderer``:
/// a Word file is bytes, not text, and only a single result has a summary.
public struct DocxRenderer: Sendable {
    /// `--format docx`.
    public static let name = "docx"
    /// What it produces.
    public static let summary = Message(
        nl: "de samenvatting op twee pagina's als Word-bestand (alleen kader scan, met --output)",
        en: "the two-page summary as a Word file (kader scan only, with --output)")

    /// Creates the renderer.
    public init() {}

    /// The summary of `result` as the bytes of a `.docx` file.
    public func render(_ result: AssessmentResult, framework: Framework, options: RenderOptions) throws -> [UInt8] {
        try WordBackend().docx(
            ResultReport(result, framework: framework, language: options.language).summary(fullReport: options.fullReport))
    }
}
