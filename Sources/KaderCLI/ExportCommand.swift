import ArgumentParser
import Kader
import KaderReports

/// `kader export FRAMEWORK --as handout|form`: a handout for a masterclass or learning session,
/// or a printable paper form with a score sheet, in Markdown or self-contained HTML.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a framework as a handout (criteria, growth model, scoring) or a printable paper form.",
        discussion: "Example: kader export interventies_samenleven --as handout --format html --output handout.html")

    @OptionGroup var options: SharedOptions

    @Option(name: .customLong("as"), help: "handout or form.")
    var kind = "handout"

    @Option(name: .long, help: "markdown or html.")
    var format = "markdown"

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    @ArgumentParser.Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    @Argument(help: "A framework id or file.")
    var framework: String

    func run() throws {
        let language = options.language
        guard ["handout", "form"].contains(kind) else {
            throw CLIFailure.usage(Message(nl: "onbekende soort '\(kind)'", en: "unknown kind '\(kind)'"),
                                   fix: Suggestion.fix(for: kind, in: ["handout", "form"], what: Message(nl: "soorten", en: "kinds")))
        }
        guard let exportFormat = ExportFormat(rawValue: format) else {
            throw CLIFailure.usage(Message(nl: "onbekend formaat '\(format)'", en: "unknown format '\(format)'"),
                                   fix: Suggestion.fix(for: format, in: ExportFormat.allCases.map(\.rawValue),
                                                       what: Message(nl: "formaten", en: "formats")))
        }
        let framework = try options.loadFramework(self.framework).framework
        let text = kind == "handout"
            ? HandoutRenderer().render(framework, format: exportFormat, language: language)
            : PaperFormRenderer().render(framework, format: exportFormat, language: language)
        try Output.write(text, to: output, force: force, language: language)
    }
}
