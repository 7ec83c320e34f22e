import ArgumentParser
import Kader
import KaderFiles
import KaderReports

/// `kader scan RESPONSE`: load, check, score, advise, print.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Score a response and report: levels, grades, what goes well, what can be better, advice.",
        discussion: "Exit codes: 0 scored, 1 the framework or response has errors, 2 usage or file error.")

    @OptionGroup var options: SharedOptions

    @Option(name: .long, help: "The framework (id or file); default: the one the response names.")
    var framework: String?

    @Option(name: .long, help: "Output format: \(RendererRegistry.builtIn.renderers.keys.sorted().joined(separator: ", ")).")
    var format = "text"

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    @ArgumentParser.Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    @Argument(help: "A response file (- for standard input).")
    var response: String

    func run() throws {
        let language = options.language
        guard let renderer = RendererRegistry.builtIn.renderers[format] else {
            CLIFailure.usage(Message(nl: "onbekend formaat '\(format)'", en: "unknown format '\(format)'"),
                             fix: Suggestion.fix(for: format, in: RendererRegistry.builtIn.renderers.keys.sorted(), what: Message(nl: "formaten", en: "formats"))).exit(language)
        }
        let (response, framework, loaded) = options.loadResponse(self.response, framework: self.framework)
        Console.report(loaded.diagnostics, sources: [loaded.source], language: language)
        let result = Engine(framework: framework).evaluate(response)
        let color = output == nil && format == "text" && Console.colorAllowed
        let text = renderer.init().render(result, framework: framework, options: RenderOptions(language: language, color: color))
        try Output.write(text, to: output, force: force, language: language)
    }
}

/// Writes command output to standard output or atomically to a file.
enum Output {
    static func write(_ text: String, to path: String?, force: Bool, language: Language) throws {
        guard let path else { Console.out(text); return }
        if case .failure(let failure) = AtomicWriter.write(text, to: path, overwrite: force) {
            CLIFailure.usage(failure.message).exit(language)
        }
        Console.error(language == .nl ? "geschreven: \(path)" : "written: \(path)")
    }
}
