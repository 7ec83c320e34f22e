import ArgumentParser
import Foundation
import Kader
import KaderFiles
import KaderImport
import KaderReports

/// `kader aggregate FILES|DIR`: many responses in one overview, or colleagues' answers combined.
struct AggregateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregate",
        abstract: "Many responses to one framework: spread per domain, items that most often fall short, a ranking; or --combine colleagues' answers into one.",
        discussion: "Directories are searched for .yaml files; a .csv file is a survey tool's export (one row per respondent, as 'kader import csv' reads it). Responses stream: memory stays flat for thousands of files. Exit codes: 0 all scored, 1 some could not be scored (they are listed), 2 usage or file error.")

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

    @Option(name: .long, help: "For .csv inputs: a mapping file from columns to questions (see docs/import.md).")
    var map: String?

    @Argument(help: "Response files, directories, or survey exports (.csv).")
    var inputs: [String]

    func run() throws {
        let language = options.language
        let renderer = output.renderer(language: language)
        let csvFiles = inputs.filter { $0.lowercased().hasSuffix(".csv") }
        let paths = inputs.filter { !$0.lowercased().hasSuffix(".csv") }.flatMap { FileReader.isDirectory($0) ? Self.yamlFiles(under: $0) : [$0] }
        guard let reference = framework ?? paths.first.map(frameworkID(of:)) else {
            CLIFailure.usage(csvFiles.isEmpty ? Message(nl: "geen antwoordbestanden gevonden", en: "no response files found")
                                              : Message(nl: "een CSV-bestand noemt geen kader", en: "a CSV file names no framework"),
                             fix: csvFiles.isEmpty ? nil : Message(nl: "gebruik --framework", en: "use --framework")).exit(language)
        }
        let (framework, _) = options.loadFramework(reference)
        let imported = csvFiles.flatMap { importCSV($0, framework: framework) }
        if combine {
            var responses: [Response] = []
            for path in paths { responses.append(options.loadResponse(path, framework: framework.sourceName).0) }
            responses += imported
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
        let wantsLines = writer != nil
        // JSON lines are encoded on the worker threads; only the summary is built in order here.
        let counts = BatchRunner(framework: framework).run(paths: paths, concurrency: max(1, jobs), prepare: { _, outcome -> (BatchRunner.Outcome, [UInt8]?) in
            if wantsLines, case .scored(let result) = outcome {
                return (outcome, ResultJSON.line(result, language: language))
            }
            return (outcome, nil)
        }) { (_, path: String, prepared: (BatchRunner.Outcome, [UInt8]?)) in
            switch prepared.0 {
            case .scored(let result):
                group.add(result)
                if let line = prepared.1 { writer?.write(line: line) }
            case .failed(let diagnostics, let source):
                Console.error(formatter.format(diagnostics, sources: [source]))
                group.addFailure(name: path, problem: diagnostics.errors.first?.message ?? Message(nl: "niet te lezen", en: "cannot be read"))
            }
        }
        let engine = Engine(framework: framework)
        for response in imported {
            let result = engine.evaluate(response)
            group.add(result)
            writer?.write(line: ResultJSON.line(result, language: language))
        }
        do { try writer?.finish() } catch { CLIFailure.usage(error.message).exit(language) }
        try output.write(renderer.render(group.build(), framework: framework, options: output.renderOptions(language)), language: language)
        if counts.failed > 0 { throw ExitCode(ExitStatus.problems) }
    }

    /// The responses in a survey export; problems are printed, and a file that cannot be read
    /// at all is a usage error.
    private func importCSV(_ path: String, framework: Framework) -> [Response] {
        var mapping: ImportMapping?
        if let map {
            guard case .success(let bytes) = FileReader.read(map) else {
                CLIFailure.usage(Message(nl: "kan \(map) niet lezen", en: "cannot read \(map)")).exit(options.language)
            }
            let loaded = ImportMapping.load(bytes: bytes, name: map, framework: framework)
            Console.report(loaded.diagnostics, sources: [loaded.source], language: options.language)
            guard let value = loaded.value else { CLIFailure(message: Message(nl: "het koppelbestand bevat fouten", en: "the mapping file has errors"), fix: nil, status: ExitStatus.problems).exit(options.language) }
            mapping = value
        }
        let bytes: [UInt8]
        switch FileReader.read(path, limit: 64 * 1024 * 1024) {
        case .failure(let failure): CLIFailure.usage(failure.message).exit(options.language)
        case .success(let read): bytes = read
        }
        let outcome = SurveyImport.read(csv: bytes, name: path, framework: framework, mapping: mapping, language: options.language)
        Console.report(outcome.diagnostics, sources: [], language: options.language)
        if outcome.diagnostics.hasErrors {
            CLIFailure(message: Message(nl: "\(path) kon niet worden ingelezen (zie hierboven)", en: "\(path) could not be imported (see above)"), fix: nil, status: ExitStatus.problems).exit(options.language)
        }
        return outcome.responses
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
