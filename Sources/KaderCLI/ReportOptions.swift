import ArgumentParser
import Kader
import KaderReports

/// The options of every command that writes a report: format, CSV rows and delimiter, output file.
struct ReportOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Output format: \(RendererRegistry.builtIn.renderers.keys.sorted().joined(separator: ", ")); "
                + "docx for kader scan (the two-page summary)."))
    var format = "text"

    @Option(
        name: .long,
        help:
            "CSV: one row per 'domains', 'items', 'advice', point of the action 'plan', or question to 'find-out' (Zoek uit).")
    var rows = "domains"

    @Option(name: .long, help: "CSV: the field separator, ',' or ';' (for Dutch spreadsheets).")
    var delimiter = ","

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @ArgumentParser.Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        guard RenderOptions.Rows(rawValue: rows) != nil else {
            throw ValidationError("--rows must be domains, items, advice, plan or find-out, not '\(rows)'")
        }
        guard delimiter == "," || delimiter == ";" || delimiter == "\\t" else { throw ValidationError("--delimiter must be ',' or ';'") }
    }

    /// The renderer for `--format`, or a usage error listing the formats.
    func renderer(language: Language) throws(CLIFailure) -> any Renderer {
        if format == DocxRenderer.name {
            throw .usage(
                Message(nl: "docx is de samenvatting van één scan", en: "docx is the summary of one scan"),
                fix: Message(
                    nl: "gebruik kader scan ANTWOORDEN.yaml --format docx --output samenvatting.docx, of hier --format markdown",
                    en: "use kader scan ANSWERS.yaml --format docx --output summary.docx, or --format markdown here"))
        }
        guard let type = RendererRegistry.builtIn.renderers[format] else {
            throw .usage(
                Message(nl: "onbekend formaat '\(format)'", en: "unknown format '\(format)'"),
                fix: Suggestion.fix(
                    for: format, in: RendererRegistry.builtIn.renderers.keys.sorted(), what: Message(nl: "formaten", en: "formats")))
        }
        return type.init()
    }

    func renderOptions(_ language: Language) -> RenderOptions {
        RenderOptions(
            language: language, color: output == nil && format == "text" && Console.colorAllowed,
            rows: RenderOptions.Rows(rawValue: rows) ?? .domains, delimiter: delimiter == "\\t" ? "\t" : Character(delimiter))
    }

    func write(_ text: String, language: Language) throws(CLIFailure) {
        try Output.write(text, to: output, force: force, language: language)
    }
}
