import ArgumentParser
import Foundation
import Kader
import KaderFiles

/// `kader new FRAMEWORK_ID`: a small, valid, commented framework to start from, with an example
/// response and the JSON Schemas its `$schema` lines point at, so an editor checks it as it is
/// typed. Refuses to replace a file without `--force`.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Start a new framework: one domain, a scale with 'weet niet' and 'n.v.t.', levels, a rule, a test and an "
            + "example response.",
        discussion: """
            Writes ID.yaml, an example response, and the JSON Schemas kader-framework.schema.json and kader-response.schema.json \\
            beside them (the files' first lines point editors at these). Comments follow --lang.
            Example: kader new buurthuis --output kaders/
            """)

    @OptionGroup var options: SharedOptions

    @Argument(help: "The new framework's id: a letter first, then letters, digits and '_'.")
    var id: String

    @Option(name: .shortAndLong, help: "The directory to write in (default: the current directory).")
    var output: String = "."

    @Option(name: .long, help: "The date in the framework and the example (YYYY-MM-DD; default: today).")
    var date: String?

    @ArgumentParser.Flag(name: .long, help: "Replace files that exist.")
    var force = false

    func validate() throws {
        if let date, !ResponseLoader.isDate(date) {
            throw ValidationError("--date must be a real date written YYYY-MM-DD (like 2026-03-14), not '\(date)'")
        }
    }

    func run() throws {
        let language = options.language
        if let problem = FrameworkScaffold.problem(with: id) { throw CLIFailure.usage(problem.message, fix: problem.fix) }
        let scaffold = FrameworkScaffold(id: id, date: date ?? FillCommand.today(), language: language)
        let schemas = JSONSchemaGenerator(registry: .builtIn)
        let files = [
            (scaffold.frameworkFile, scaffold.framework()),
            (scaffold.responseFile, scaffold.response()),
            (FrameworkScaffold.frameworkSchemaFile, schemas.text(for: FrameworkFormat.file)),
            (FrameworkScaffold.responseSchemaFile, schemas.text(for: ResponseFormat.file))
        ].map { (path: output == "." ? $0.0 : (output as NSString).appendingPathComponent($0.0), text: $0.1) }
        // Nothing is written when a file would be replaced. A schema that is already the same
        // (another framework in the same directory) is left as it is.
        let existing = files.enumerated().filter { position, file in
            FileManager.default.fileExists(atPath: file.path)
                && (position < 2 || (try? String(contentsOfFile: file.path, encoding: .utf8)) != file.text)
        }.map(\.element)
        if !force, !existing.isEmpty {
            let names = existing.map(\.path).joined(separator: ", ")
            let one = existing.count == 1
            throw CLIFailure.usage(
                Message(
                    nl: "\(names) \(one ? "bestaat" : "bestaan") al",
                    en: "\(names) already \(one ? "exists" : "exist")"),
                fix: Message(
                    nl: "kies een andere id of map, of gebruik --force om te vervangen",
                    en: "choose another id or directory, or use --force to replace"))
        }
        if output != ".", (try? FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)) == nil {
            throw CLIFailure.usage(Message(nl: "kan map \(output) niet maken", en: "cannot create directory \(output)"))
        }
        for file in files where existing.contains(where: { $0.path == file.path }) || !FileManager.default.fileExists(atPath: file.path) {
            try Output.write(file.text, to: file.path, force: true, language: language)
        }
        let framework = files[0].path
        try Console.error(
            language == .nl
                ? "Controleer: kader validate \(framework) --strict && kader lint \(framework) --strict && kader test \(framework)"
                : "Check: kader validate \(framework) --strict && kader lint \(framework) --strict && kader test \(framework)")
    }
}
