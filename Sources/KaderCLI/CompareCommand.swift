import ArgumentParser
import Kader
import KaderFiles
import KaderReports

/// `kader compare A B [C ...]`: one respondent over time, or several side by side.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare results: one respondent over time (progress, advice resolved and new) or several side by side (a twin).",
        discussion:
            "Responses of one respondent become a timeline sorted by date; others are shown side by side. "
            + "Framework versions are matched by id; what changed is reported."
    )

    @OptionGroup var options: SharedOptions
    @OptionGroup var output: ReportOptions

    @Option(name: .long, help: "The framework (id or file) for every response; default: each response's own framework and version.")
    var framework: String?

    @ArgumentParser.Flag(name: .long, help: "Treat the responses as one respondent over time.")
    var overTime = false

    @ArgumentParser.Flag(name: .long, help: "Show the responses side by side, in the order given.")
    var sideBySide = false

    @Argument(help: "Two or more response files.")
    var responses: [String]

    func validate() throws {
        guard responses.count >= 2 else { throw ValidationError("compare needs at least two responses") }
        if overTime && sideBySide { throw ValidationError("choose --over-time or --side-by-side, not both") }
    }

    func run() throws {
        // A comparison has rows per domain, advice or plan point; items and find-out are a scan's.
        if output.format == "csv", ["items", "find-out"].contains(output.rows) {
            throw CLIFailure.usage(
                Message(
                    nl: "kader compare schrijft geen rijen per '\(output.rows)'", en: "kader compare writes no rows per '\(output.rows)'"),
                fix: Message(
                    nl: "kies --rows domains, advice of plan; per vraag of 'Zoek uit' van één scan: kader scan --rows \(output.rows)",
                    en: "choose --rows domains, advice or plan; per question or 'Find out' of one scan: kader scan --rows \(output.rows)"))
        }
        let renderer = try output.renderer(language: options.language)
        let library = options.library
        var entries: [(result: AssessmentResult, framework: Framework)] = []
        for path in responses {
            let opened = try options.openResponse(path, framework: framework, matchVersion: true, in: library)
            entries.append((Engine(framework: opened.framework).evaluate(opened.response), opened.framework))
        }
        guard let latest = entries.last?.framework, Set(entries.map(\.framework.id)).count == 1 else {
            throw CLIFailure.usage(
                Message(nl: "de antwoorden horen bij verschillende kaders", en: "the responses belong to different frameworks"),
                fix: Message(
                    nl: "vergelijk alleen antwoorden op hetzelfde kader",
                    en: "compare responses to the same framework only"))
        }
        let mode: Comparison.Mode? = overTime ? .overTime : sideBySide ? .sideBySide : nil
        let comparison = ComparisonBuilder.compare(entries, mode: mode)
        try output.write(
            renderer.render(comparison, framework: latest, options: output.renderOptions(options.language)), language: options.language)
    }
}
