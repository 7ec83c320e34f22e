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

    @OptionGroup var output: ReportOptions

    @Argument(help: "A response file (- for standard input).")
    var response: String

    func run() throws {
        let language = options.language
        let renderer = output.renderer(language: language)
        let (response, framework, loaded) = options.loadResponse(self.response, framework: self.framework)
        Console.report(loaded.diagnostics, sources: [loaded.source], language: language)
        let result = Engine(framework: framework).evaluate(response)
        try output.write(renderer.render(result, framework: framework, options: output.renderOptions(language)), language: language)
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
