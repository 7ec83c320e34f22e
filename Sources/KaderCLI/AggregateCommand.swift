import ArgumentParser
import Foundation
import Kader
import KaderFiles
import KaderReports

/// `kader aggregate FILES|DIR`: many responses in one overview, or colleagues' answers combined.
struct AggregateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregate",
        abstract: "Many responses to one framework: spread per domain, items that most often fall short, a ranking; or --combine colleagues' answers into one.",
        discussion: "Directories are searched for .yaml files. Responses stream: memory stays flat for thousands of files. Exit codes: 0 all scored, 1 some could not be scored (they are listed), 2 usage or file error.")

    @OptionGroup var options: SharedOptions
    @OptionGroup var output: ReportOptions

    @Option(name: .long, help: "The framework (id or file); default: the one the first response names.")
    var framework: String?

    @ArgumentParser.Flag(name: .long, help: "Combine colleagues' answers for one organisation into one result, showing where they differ.")
    var combine = false

    @Option(name: .long, help: "An item scoring below this (0-100) falls short.")
    var threshold: Double = 50

    @Option(name: .long, help: "Also write every result as one JSON line to this file.")
    var results: String?

    @Option(name: .long, help: "Threads to score with (default: every core).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Argument(help: "Response files or directories.")
    var inputs: [String]

    func run() throws {
        let language = options.language
        let renderer = output.renderer(language: language)
        let paths = inputs.flatMap { FileReader.isDirectory($0) ? Self.yamlFiles(under: $0) : [$0] }
        guard let first = paths.first else {
            CLIFailure.usage(Message(nl: "geen antwoordbestanden gevonden", en: "no response files found")).exit(language)
        }
        let reference = framework ?? frameworkID(of: first)
        let (framework, _) = options.loadFramework(reference)
        if combine {
            var responses: [Response] = []
            for path in paths { responses.append(options.loadResponse(path, framework: framework.sourceName).0) }
            let consensus = ConsensusBuilder.combine(responses, framework: framework)
            try output.write(renderer.render(consensus, framework: framework, options: output.renderOptions(language)), language: language)
            return
        }
        var writer: StreamingWriter?
        if let results {
            do { writer = try StreamingWriter(path: results, overwrite: output.force) } catch { CLIFailure.usage(error.message).exit(language) }
        }
        var group = GroupBuilder(framework: framework, threshold: threshold)
        let formatter = DiagnosticFormatter(language: language)
        let counts = BatchRunner(framework: framework).run(paths: paths, concurrency: max(1, jobs)) { _, path, outcome in
            switch outcome {
            case .scored(let result):
                group.add(result)
                writer?.write(line: ResultJSON.encode(result, language: language).serialized(compact: true))
            case .failed(let diagnostics, let source):
                Console.error(formatter.format(diagnostics, sources: [source]))
                group.addFailure(name: path, problem: diagnostics.errors.first?.message ?? Message(nl: "niet te lezen", en: "cannot be read"))
            }
        }
        do { try writer?.finish() } catch { CLIFailure.usage(error.message).exit(language) }
        try output.write(renderer.render(group.build(), framework: framework, options: output.renderOptions(language)), language: language)
        if counts.failed > 0 { throw ExitCode(ExitStatus.problems) }
    }

    private func frameworkID(of path: String) -> String {
        guard case .success(let bytes) = FileReader.read(path), let id = ResponseLoader().frameworkID(bytes: bytes, name: path).id else {
            CLIFailure.usage(Message(nl: "\(path) noemt geen kader", en: "\(path) names no framework"),
                             fix: Message(nl: "gebruik --framework", en: "use --framework")).exit(options.language)
        }
        return id
    }

    /// YAML files under a directory, recursively, sorted by path.
    static func yamlFiles(under directory: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let item = enumerator.nextObject() as? String {
            if item.hasSuffix(".yaml") || item.hasSuffix(".yml") { files.append((directory as NSString).appendingPathComponent(item)) }
        }
        return files.sorted()
    }
}
