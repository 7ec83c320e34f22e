import ArgumentParser
import Foundation
import Kader
import KaderFiles
import KaderReports

/// `kader scan RESPONSE`: load, check, score, advise, print.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Score a response and report: levels, grades, what goes well, what can be better, advice.",
        discussion: "--format docx writes the two-page summary as a Word document (with --output). "
            + "Exit codes: 0 scored, 1 the framework or response has errors, 2 usage or file error.")

    @OptionGroup var options: SharedOptions

    @Option(name: .long, help: "The framework (id or file); default: the one the response names.")
    var framework: String?

    @OptionGroup var output: ReportOptions

    @ArgumentParser.Flag(name: .long, help: "The summary that fits on two pages (text, markdown, html; docx is always the summary).")
    var summary = false

    @ArgumentParser.Flag(name: .long, help: "Add every answer, per domain, after the report (text, markdown, html).")
    var appendix = false

    @Argument(help: "A response file (- for standard input).")
    var response: String

    func run() throws {
        let language = options.language
        let docx = output.format == DocxRenderer.name
        try checkChoices(docx: docx)
        let renderer = docx ? nil : try output.renderer(language: language)
        let opened = try options.openResponse(self.response, framework: self.framework)
        let result = Engine(framework: opened.framework).evaluate(opened.response)
        var renderOptions = output.renderOptions(language)
        renderOptions.summary = summary
        renderOptions.appendix = appendix
        renderOptions.fullReport = fullReportCommand
        guard let renderer else {
            let bytes: [UInt8]
            do { bytes = try DocxRenderer().render(result, framework: opened.framework, options: renderOptions) } catch {
                throw CLIFailure.usage(
                    Message(nl: "het Word-bestand kon niet worden gemaakt: \(error)", en: "the Word file could not be made: \(error)"))
            }
            return try Output.write(bytes, to: output.output, force: output.force, language: language)
        }
        try output.write(renderer.render(result, framework: opened.framework, options: renderOptions), language: language)
    }

    /// The flags that go together: a summary has no appendix, JSON and CSV have neither, and a
    /// Word document goes to a file or a pipe, never to the terminal.
    private func checkChoices(docx: Bool) throws(CLIFailure) {
        if summary && appendix {
            throw .usage(
                Message(
                    nl: "--summary en --appendix gaan niet samen: de samenvatting past op twee pagina's",
                    en: "--summary and --appendix do not go together: the summary fits on two pages"),
                fix: Message(nl: "laat een van beide weg", en: "leave one of them out"))
        }
        if docx, appendix {
            throw .usage(
                Message(
                    nl: "--format docx schrijft de samenvatting, zonder bijlage",
                    en: "--format docx writes the summary, without an appendix"),
                fix: Message(
                    nl: "gebruik --format html --appendix voor het rapport met elk antwoord",
                    en: "use --format html --appendix for the report with every answer"))
        }
        if summary || appendix, ["json", "csv"].contains(output.format) {
            let flag = summary ? "--summary" : "--appendix"
            let format = output.format
            throw .usage(
                Message(
                    nl: flag + " is voor text, markdown, html en docx; " + format + " bevat alle gegevens al",
                    en: flag + " is for text, markdown, html and docx; " + format + " holds all the data already"),
                fix: Message(
                    nl: "laat " + flag + " weg of kies --format markdown", en: "leave out " + flag + " or choose --format markdown"))
        }
        if docx, output.output == nil, isatty(STDOUT_FILENO) == 1 {
            throw .usage(
                Message(
                    nl: "een Word-bestand (docx) is geen tekst voor de terminal",
                    en: "a Word file (docx) is not text for the terminal"),
                fix: Message(
                    nl: "schrijf het naar een bestand: --output samenvatting.docx",
                    en: "write it to a file: --output summary.docx"))
        }
    }

    /// How the summary names the command that writes the full report of this response.
    private var fullReportCommand: String {
        let file =
            response == "-" ? Say(options.language)("ANTWOORDEN.yaml", "ANSWERS.yaml") : (response as NSString).lastPathComponent
        return "kader scan \(file) --format html --appendix"
    }
}

/// Writes command output to standard output or atomically to a file.
enum Output {
    static func write(_ text: String, to path: String?, force: Bool, language: Language) throws(CLIFailure) {
        guard let path else { return try Console.document(text) }
        if case .failure(let failure) = AtomicWriter.write(text, to: path, overwrite: force) { throw CLIFailure(failure) }
        try Console.error(Say(language)("geschreven: \(path)", "written: \(path)"))
    }

    /// A file that is not text (a Word document): to `path`, or to standard output when that is
    /// not a terminal (a pipe, a redirect).
    static func write(_ bytes: [UInt8], to path: String?, force: Bool, language: Language) throws(CLIFailure) {
        guard let path else { return try Console.document(bytes) }
        if case .failure(let failure) = AtomicWriter.write(bytes, to: path, overwrite: force) { throw CLIFailure(failure) }
        try Console.error(Say(language)("geschreven: \(path)", "written: \(path)"))
    }
}
