import ArgumentParser
import Foundation
import Kader
import KaderFiles
import KaderImport

/// `kader import csv FILE --framework ID`: answers from a survey tool's CSV export into
/// response files, one per row.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import answers from a survey tool's export.",
        subcommands: [ImportCSVCommand.self])
}

/// `kader import csv FILE --framework ID [--map MAPPING] --output-dir DIR`.
struct ImportCSVCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "csv",
        abstract: "Import a CSV export (LimeSurvey, Microsoft Forms, Google Forms: one row per respondent) into response files.",
        discussion: """
            Example: kader import csv enquete.csv --framework jeugdhulp_azc --map koppeling.yaml --output-dir antwoorden/
            Without --output-dir it only checks and reports. \
            Every column not imported and every answer not understood is reported as file:row:column.
            Exit codes: 0 imported (warnings allowed), 1 errors (or warnings with --strict), 2 usage or file error.
            """)

    @OptionGroup var options: SharedOptions

    @Option(name: .long, help: "The framework (id or file) the answers are for.")
    var framework: String

    @Option(name: .customLong("map"), help: "A mapping file: column headings → questions, answers → options (docs/import.md).")
    var mapping: String?

    @Option(name: .long, help: "The delimiter: ',' ';' or 'tab' (default: detected from the header).")
    var delimiter: String?

    @Option(name: .customLong("output-dir"), help: "Write one response file per row into this directory.")
    var outputDirectory: String?

    @ArgumentParser.Flag(name: .long, help: "Replace response files that exist.")
    var force = false

    @ArgumentParser.Flag(name: .long, help: "Treat warnings (unmatched columns, unknown answers) as errors: write nothing.")
    var strict = false

    @Argument(help: "The CSV file.")
    var file: String

    func run() throws {
        let language = options.language
        let say = Say(language)
        let framework = try options.loadFramework(self.framework).framework
        var map: ImportMapping?
        if let mapping {
            let bytes: [UInt8]
            do { bytes = try FileReader.read(mapping).get() } catch { throw CLIFailure(error) }
            let loaded = ImportMapping.load(bytes: bytes, name: mapping, framework: framework)
            try Console.report(loaded.diagnostics, sources: [loaded.source], language: language)
            guard let value = loaded.value else { throw ExitCode(ExitStatus.problems) }
            map = value
        }
        var separator: Unicode.Scalar?
        if let delimiter {
            let text = delimiter == "tab" || delimiter == "\\t" ? "\t" : delimiter
            guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first, [",", ";", "\t", "|"].contains(scalar) else {
                throw CLIFailure.usage(
                    Message(nl: "scheidingsteken '\(delimiter)' wordt niet ondersteund", en: "delimiter '\(delimiter)' is not supported"),
                    fix: Message(nl: "gebruik ',' ';' of 'tab'", en: "use ',' ';' or 'tab'"))
            }
            separator = scalar
        }
        let bytes: [UInt8]
        switch FileReader.read(file, limit: 64 * 1024 * 1024) {
        case .failure(let failure): throw CLIFailure(failure)
        case .success(let read): bytes = read
        }
        let outcome = SurveyImport.read(
            csv: bytes, name: file, framework: framework, mapping: map, delimiter: separator, language: language)
        try Console.report(outcome.diagnostics, sources: [], language: language)
        let matched = outcome.columns.filter { $0.target?.questionID != nil && $0.kind != .duplicate }.count
        let notImported = outcome.columns.filter { $0.kind == .unmatched || $0.kind == .duplicate }.count
        try Console.error(
            say(
                "\(file): \(outcome.imported.count) antwoorden; \(matched) kolommen gekoppeld aan vragen, \(notImported) niet gekoppeld; ",
                "\(file): \(outcome.imported.count) responses; \(matched) columns matched to questions, \(notImported) not matched; ")
                + DiagnosticFormatter(language: language).summary(outcome.diagnostics))
        if outcome.diagnostics.hasErrors { throw ExitCode(ExitStatus.problems) }
        if strict, !outcome.diagnostics.warnings.isEmpty {
            try Console.error(say("--strict: niets geschreven", "--strict: nothing written"))
            throw ExitCode(ExitStatus.problems)
        }
        guard let directory = outputDirectory else {
            for imported in outcome.imported { try Console.out(say("rij", "row") + " \(imported.row): \(imported.fileName)\n") }
            try Console.error(
                say("Controle klaar; schrijf de bestanden met --output-dir MAP.", "Check done; write the files with --output-dir DIR."))
            return
        }
        let paths = outcome.imported.map { (directory as NSString).appendingPathComponent($0.fileName) }
        if !force {
            let existing = paths.filter { FileManager.default.fileExists(atPath: $0) }
            if !existing.isEmpty {
                throw CLIFailure.usage(
                    Message(
                        nl: "\(existing.count) bestand(en) bestaan al, zoals \(existing[0]); niets geschreven",
                        en: "\(existing.count) file(s) exist already, such as \(existing[0]); nothing written"),
                    fix: Message(
                        nl: "gebruik --force om ze te vervangen, of een andere --output-dir",
                        en: "use --force to replace them, or another --output-dir"))
            }
        }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw CLIFailure.usage(Message(nl: "kan map \(directory) niet maken", en: "cannot create directory \(directory)"))
        }
        let writer = ResponseWriter(framework: framework, language: language)
        let source = (file as NSString).lastPathComponent
        for (imported, path) in zip(outcome.imported, paths) {
            let text = writer.write(
                imported.response,
                comments: [
                    say(
                        "Geïmporteerd uit \(source), rij \(imported.row), met kader import csv",
                        "Imported from \(source), row \(imported.row), with kader import csv")
                ])
            if case .failure(let failure) = AtomicWriter.write(text, to: path, overwrite: true) { throw CLIFailure(failure) }
            try Console.out(path + "\n")
        }
        try Console.error(
            say("\(paths.count) antwoordbestanden geschreven naar \(directory)", "\(paths.count) response files written to \(directory)"))
    }
}
