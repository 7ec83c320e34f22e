import ArgumentParser
import Kader
import KaderImport

/// `kader schema framework|response|result|results-header|results|mapping`: prints a JSON Schema for editors and
/// validators, generated from the format's description and the registered plugins.
struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of the framework, response, result, results file (its header and lines) or import mapping format.")

    @OptionGroup var options: SharedOptions

    @Argument(help: "framework, response, result, results-header, results or mapping")
    var kind: String

    @Option(name: .shortAndLong, help: "Write the schema to this file (for example kader-framework.schema.json beside your frameworks).")
    var output: String?

    @ArgumentParser.Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    /// The formats, by the name `kader schema` takes.
    static let formats = [
        FrameworkFormat.file, ResponseFormat.file, ResultFormat.file, ResultsFileFormat.headerFile,
        ResultsFileFormat.file,
        ImportMappingFormat.file
    ]

    func run() throws {
        guard let format = Self.formats.first(where: { $0.name == kind }) else {
            let names = Self.formats.map(\.name)
            throw CLIFailure.usage(
                Message(nl: "onbekend schema '\(kind)'", en: "unknown schema '\(kind)'"),
                fix: Suggestion.fix(for: kind, in: names, what: Message(nl: "schema's", en: "schemas")))
        }
        try Output.write(JSONSchemaGenerator(registry: .builtIn).text(for: format), to: output, force: force, language: options.language)
    }
}
