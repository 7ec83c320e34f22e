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
        abstract:
            "Many responses to one framework: spread per domain, items that most often fall short, a ranking; "
            + "or --combine colleagues' answers into one.",
        discussion:
            "Directories are searched for .yaml files; "
            + "a .csv file is a survey tool's export (one row per respondent, as 'kader import csv' reads it). "
            + "Responses stream: memory stays flat for thousands of files. "
            + "Exit codes: 0 all scored, 1 some could not be scored (they are listed), 2 usage or file error."
    )

    @OptionGroup var options: SharedOptions
    @OptionGroup var output: ReportOptions

    @Option(name: .long, help: "The framework (id or file); default: the one the first response names.")
    var framework: String?

    @ArgumentParser.Flag(name: .long, help: "Combine colleagues' answers for one organisation into one result, showing where they differ.")
    var combine = false

    @Option(name: .long, help: "An item scoring below this (0-100) falls short.")
    var threshold: Double = 50

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Also write every result to this file: FILE.csv a table with a row per respondent, any other name JSON lines (docs/result.md).",
            valueName: "file"))
    var results: String?

    @Option(
        name: .long,
        help: "JSON lines: 'compact' (a header naming the framework, then scores, levels, grades and ids) or 'full' (whole results).")
    var resultsForm = "compact"

    @ArgumentParser.Flag(name: .long, help: "Results table (.csv): also a column per question with its points.")
    var items = false

    @ArgumentParser.Flag(name: .long, help: "Results table (.csv): start with a byte-order mark, so Excel reads it as UTF-8.")
    var bom = false

    @Option(name: .long, help: "Threads to score with (default: every core; at most 4 per core, or 8 on a smaller machine).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .long, help: "For .csv inputs: a mapping file from columns to questions (see docs/import.md).")
    var map: String?

    @Argument(help: "Response files, directories, or survey exports (.csv).")
    var inputs: [String]

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more, not \(jobs)") }
        guard threshold.isFinite, (0...100).contains(threshold) else {
            throw ValidationError("--threshold must be a number from 0 to 100, not \(threshold)")
        }
        guard resultsForm == "compact" || resultsForm == "full" else {
            throw ValidationError("--results-form must be compact or full, not '\(resultsForm)'")
        }
        if results == nil, items || bom || resultsForm != "compact" {
            throw ValidationError("--items, --bom and --results-form go with --results FILE")
        }
        if resultsTable, resultsForm != "compact" { throw ValidationError("--results-form is for JSON lines, not a .csv table") }
        if !resultsTable, items || bom { throw ValidationError("--items and --bom are for a results table: --results FILE.csv") }
    }

    /// True when `--results` names a table (`.csv`) rather than JSON lines.
    var resultsTable: Bool { results?.lowercased().hasSuffix(".csv") ?? false }

    func run() throws {
        let language = options.language
        let renderer = try output.renderer(language: language)
        let csvFiles = inputs.filter { $0.lowercased().hasSuffix(".csv") }
        var paths = inputs.filter { !$0.lowercased().hasSuffix(".csv") }
            .flatMap { FileReader.isDirectory($0) ? Self.yamlFiles(under: $0) : [$0] }
        // Without --framework, the first response that names one decides; what was opened to
        // find it is kept, not read again.
        let (frameworkFile, leading) = try findFramework(paths: paths, csvFiles: csvFiles)
        let framework = frameworkFile.framework
        paths.removeFirst(leading.count)
        let imported = try csvFiles.flatMap { path throws(CLIFailure) in try importCSV(path, framework: framework) }
        if combine {
            var responses: [Response] = []
            for file in leading {
                do { responses.append(try file.result.get().response) } catch { throw CLIFailure(error) }
            }
            for path in paths { responses.append(try options.openResponse(path, against: .loaded(framework)).response) }
            responses += imported
            let consensus = ConsensusBuilder.combine(responses, framework: framework)
            try output.write(renderer.render(consensus, framework: framework, options: output.renderOptions(language)), language: language)
            return
        }
        let writer = try results.map { path throws(CLIFailure) in
            try ResultsFile(
                path: path, force: output.force, form: resultsForm(framework, language: language), framework: frameworkFile,
                byteOrderMark: bom)
        }
        let form = writer?.form
        var group = GroupBuilder(framework: framework, threshold: threshold)
        let formatter = DiagnosticFormatter(language: language)
        let engine = Engine(framework: framework)
        func take(_ path: String, _ outcome: BatchRunner.Outcome, line: [UInt8]?) throws(CLIFailure) {
            switch outcome {
            case .scored(let result):
                group.add(result)
                if let line { writer?.write(line: line) }
            case .failed(let diagnostics, let source):
                try Console.error(formatter.format(diagnostics, sources: [source]))
                group.addFailure(
                    name: path, problem: diagnostics.errors.first?.message ?? Message(nl: "niet te lezen", en: "cannot be read"))
            }
        }
        var runner = BatchRunner(framework: framework)
        // The summary reads figures only; the reasons are kept when the full results are written.
        let detail = form?.detail ?? .figures
        runner.detail = detail
        var failedLeading = 0
        for file in leading {
            let outcome = runner.score(file.result, name: file.path)
            if case .failed = outcome { failedLeading += 1 }
            try take(file.path, outcome, line: outcome.result.flatMap { result in form?.line(result, file: file.path) })
        }
        // Results lines are encoded on the worker threads; only the summary is built in order here.
        let counts = try runner.run(
            paths: paths, concurrency: jobs,
            prepare: { path, outcome -> (BatchRunner.Outcome, [UInt8]?) in
                (outcome, outcome.result.flatMap { result in form?.line(result, file: path) })
            }
        ) { (_, path: String, prepared: (BatchRunner.Outcome, [UInt8]?)) throws(CLIFailure) in
            try take(path, prepared.0, line: prepared.1)
        }
        for response in imported {
            let result = engine.evaluate(response, detail: detail)
            group.add(result)
            if let form { writer?.write(line: form.line(result, file: response.sourceName)) }
        }
        try writer?.finish()
        try output.write(renderer.render(group.build(), framework: framework, options: output.renderOptions(language)), language: language)
        if counts.failed + failedLeading > 0 { throw ExitCode(ExitStatus.problems) }
    }

    /// How `--results` writes each result: a table for `.csv`, else compact or full JSON lines.
    private func resultsForm(_ framework: Framework, language: Language) -> ResultsFile.Form {
        if resultsTable {
            return .table(ResultTable(framework: framework, items: items, delimiter: output.renderOptions(language).delimiter))
        }
        return resultsForm == "full" ? .full(language) : .compact
    }

    /// The responses in a survey export; problems are printed, and a file that cannot be read
    /// at all is a usage error.
    private func importCSV(_ path: String, framework: Framework) throws(CLIFailure) -> [Response] {
        var mapping: ImportMapping?
        if let map {
            let bytes: [UInt8]
            do { bytes = try FileReader.read(map).get() } catch { throw CLIFailure(error) }
            let loaded = ImportMapping.load(bytes: bytes, name: map, framework: framework)
            try Console.report(loaded.diagnostics, sources: [loaded.source], language: options.language)
            guard let value = loaded.value else {
                throw CLIFailure.problems(Message(nl: "het koppelbestand bevat fouten", en: "the mapping file has errors"))
            }
            mapping = value
        }
        let bytes: [UInt8]
        do { bytes = try FileReader.read(path, limit: 64 * 1024 * 1024).get() } catch { throw CLIFailure(error) }
        let outcome = SurveyImport.read(csv: bytes, name: path, framework: framework, mapping: mapping, language: options.language)
        try Console.report(outcome.diagnostics, sources: [], language: options.language)
        if outcome.diagnostics.hasErrors {
            throw CLIFailure.problems(
                Message(
                    nl: "\(path) kon niet worden ingelezen (zie hierboven)",
                    en: "\(path) could not be imported (see above)"))
        }
        return outcome.responses
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
