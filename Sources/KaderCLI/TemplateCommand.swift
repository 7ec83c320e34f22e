import ArgumentParser
import Foundation
import Kader

/// `kader template FRAMEWORK`: an empty response with every question as a comment, to fill in
/// with an editor. An untouched template scans cleanly, with everything unanswered.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write an answer template: every question as a comment, ready to fill in with an editor.",
        discussion: "Example: kader template moskeeonderwijs --output antwoorden/al-amal-2026.yaml")

    @OptionGroup var options: SharedOptions

    @Option(name: .long, help: "Fill in who answers.")
    var respondent: String?

    @Option(name: .long, help: "Fill in the date (YYYY-MM-DD).")
    var date: String?

    @Option(name: .shortAndLong, help: "Write the template to this file instead of standard output.")
    var output: String?

    @ArgumentParser.Flag(name: .long, help: "Replace the output file if it exists.")
    var force = false

    @Argument(help: "A framework id or file.")
    var framework: String

    func validate() throws {
        if let date, !ResponseLoader.isDate(date) {
            throw ValidationError("--date must be a real date written YYYY-MM-DD (like 2026-03-14), not '\(date)'")
        }
    }

    func run() throws {
        let framework = try options.loadFramework(self.framework).framework
        let text = TemplateWriter(framework: framework, language: options.language).write(respondent: respondent, date: date)
        try Output.write(text, to: output, force: force, language: options.language)
    }
}
