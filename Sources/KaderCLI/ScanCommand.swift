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
        let renderer = try output.renderer(language: language)
        let opened = try options.openResponse(self.response, framework: self.framework)
        let result = Engine(framework: opened.framework).evaluate(opened.response)
        try output.write(renderer.render(result, framework: opened.framework, options: output.renderOptions(language)), language: language)
    }
}

/// Writes command output to standard output or atomically to a file.
enum Output {
    static func write(_ text: String, to path: String?, force: Bool, language: Language) throws(CLIFailure) {
        guard let path else { return try Console.document(text) }
        if case .failure(let failure) = AtomicWriter.write(text, to: path, overwrite: force) { throw CLIFailure(failure) }
        try Console.error(language == .nl ? "geschreven: \(path)" : "written: \(path)")
    }
}
