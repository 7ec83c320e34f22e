import ArgumentParser
import Kader
import KaderFiles
import KaderReports

/// `kader export FRAMEWORK --as handout|form|session-plan|evaluation|resources`: a handout for a
/// masterclass or learning session, a printable paper form with a score sheet, the framework's
/// session plan or participants' evaluation form (its `resources:` of that kind), in Markdown or
/// self-contained HTML; or all the framework's documents, copied into a folder.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a framework as a handout (criteria, growth model, scoring) or a printable paper form, or copy out its documents.",
        discussion: """
            Examples:
              kader export interventies_samenleven --as handout --format html --output handout.html
              kader export interventies_samenleven --as session-plan --format html --output draaiboek.html
              kader export moskeeonderwijs --as resources --output documenten
            """)

    @OptionGroup var options: SharedOptions

    /// What can be exported.
    static let kinds = ["handout", "form", "session-plan", "evaluation", "resources"]

    /// The kind of document `--as session-plan` and `--as evaluation` look for among the framework's resources.
    static let resourceKinds: [String: FrameworkResource.Kind] = ["session-plan": .sessionPlan, "evaluation": .evaluation]

    @Option(
        name: .customLong("as"),
        help: "handout, form, session-plan, evaluation, or resources (the framework's documents, copied into --output's folder).")
    var kind = "handout"

    @Option(name: .long, help: "markdown or html.")
    var format = "markdown"

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output (with --as resources: into this folder).")
    var output: String?

    @ArgumentParser.Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    @Argument(help: "A framework id or file.")
    var framework: String

    func run() throws {
        let language = options.language
        guard Self.kinds.contains(kind) else {
            throw CLIFailure.usage(
                Message(nl: "onbekende soort '\(kind)'", en: "unknown kind '\(kind)'"),
                fix: Suggestion.fix(for: kind, in: Self.kinds, what: Message(nl: "soorten", en: "kinds")))
        }
        guard let exportFormat = ExportFormat(rawValue: format) else {
            throw CLIFailure.usage(
                Message(nl: "onbekend formaat '\(format)'", en: "unknown format '\(format)'"),
                fix: Suggestion.fix(
                    for: format, in: ExportFormat.allCases.map(\.rawValue),
                    what: Message(nl: "formaten", en: "formats")))
        }
        let framework = try options.loadFramework(self.framework).framework
        if kind == "resources" { return try copyResources(of: framework) }
        let text: String
        if let resourceKind = Self.resourceKinds[kind] {
            text = try render(resourceKind, of: framework, format: exportFormat)
        } else {
            text =
                kind == "handout"
                ? HandoutRenderer().render(framework, format: exportFormat, language: language)
                : PaperFormRenderer().render(framework, format: exportFormat, language: language)
        }
        try Output.write(text, to: output, force: force, language: language)
    }

    /// The framework's document of `resourceKind` (its first, in file order), in `format`.
    private func render(
        _ resourceKind: FrameworkResource.Kind, of framework: Framework,
        format: ExportFormat
    ) throws(CLIFailure) -> String {
        let language = options.language
        guard let resource = framework.resources(of: resourceKind).first else {
            throw CLIFailure.problems(
                Message(
                    nl: "kader '\(framework.id)' heeft geen document van de soort '\(resourceKind.rawValue)'",
                    en: "framework '\(framework.id)' has no document of kind '\(resourceKind.rawValue)'"),
                fix: Message(
                    nl: "zet het onder 'resources:' in het kader, met 'kind: \(resourceKind.rawValue)'",
                    en: "list it under 'resources:' in the framework, with 'kind: \(resourceKind.rawValue)'"))
        }
        switch ResourceFiles.text(of: resource, in: language, framework: framework) {
        case .failure(let failure): throw CLIFailure.problems(failure.message)
        case .success(let markdown): return ResourceRenderer().render(markdown, of: resource, format: format, language: language)
        }
    }

    /// Copies the framework's documents into the folder `--output` names, at their paths
    /// relative to the framework, so the links in a report written into that folder reach them.
    private func copyResources(of framework: Framework) throws(CLIFailure) {
        let language = options.language
        guard let output else {
            throw CLIFailure.usage(
                Message(
                    nl: "--as resources schrijft bestanden in een map",
                    en: "--as resources writes files into a folder"),
                fix: Message(nl: "noem de map met --output MAP", en: "name the folder with --output FOLDER"))
        }
        guard !framework.resources.isEmpty else {
            throw CLIFailure.problems(
                Message(nl: "kader '\(framework.id)' heeft geen documenten", en: "framework '\(framework.id)' has no documents"),
                fix: Message(
                    nl: "documenten staan onder 'resources:' in het kader",
                    en: "documents are listed under 'resources:' in the framework"))
        }
        switch ResourceFiles.copy(framework, into: output, overwrite: force) {
        case .failure(let failure): throw CLIFailure(failure)
        case .success(let written):
            for path in written { try Console.error(Say(language)("geschreven: \(path)", "written: \(path)")) }
        }
    }
}
