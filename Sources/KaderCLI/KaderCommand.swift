import ArgumentParser
import Foundation
import Kader

/// `kader`: lists the subcommands and maps every failure to a documented exit code.
///
/// Exit codes: 0 success; 1 problems found (invalid framework or response, failing tests);
/// 2 usage error, a file that cannot be read or written, or a standard stream that cannot be
/// written; 130 `fill` interrupted (answers saved). Commands throw their failures here
/// (``CLIFailure``, `ExitCode`); nothing below ends the process.
@main
struct KaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kader",
        abstract: "Quality frameworks and self-scans: check, score, advise, explain.",
        discussion: "Exit codes: 0 success, 1 problems found, 2 usage, file or output error, 130 fill interrupted. "
            + "Docs: share/kader/docs/ beside the installed program, docs/ in the repository.",
        version: KaderVersion.string,
        subcommands: [
            ListCommand.self, ShowCommand.self, ValidateCommand.self, LintCommand.self, ScanCommand.self, CompareCommand.self,
            AggregateCommand.self,
            ExplainCommand.self, TestCommand.self, NewCommand.self, PluginsCommand.self, SchemaCommand.self, TemplateCommand.self,
            FillCommand.self, ImportCommand.self, ExportCommand.self,
            ServeCommand.self
        ]
    )

    static func main() {
        StandardStreams.prepare()
        // Until a command is parsed, `--lang` is looked for by hand (help, argument errors).
        var language = SharedOptions.language(in: CommandLine.arguments) ?? SharedOptions.environmentLanguage
        let status: Int32
        do {
            var command = try parseAsRoot()
            if let withOptions = command as? any CommandWithOptions { language = withOptions.options.language }
            try command.run()
            status = ExitStatus.success
        } catch let failure as CLIFailure {
            status = failure.report(language)
        } catch let code as ExitCode {
            status = code.rawValue
        } catch {
            status = parseFailure(error, language: language)
        }
        Foundation.exit(status)
    }

    /// Help, the version, or a usage error from the argument parser: help goes to standard
    /// output, like any result, and fails like one when that cannot be written.
    private static func parseFailure(_ error: any Error, language: Language) -> Int32 {
        let text = fullMessage(for: error)
        let succeeded = exitCode(for: error) == .success
        do {
            if succeeded { try Console.out(text.hasSuffix("\n") ? text : text + "\n") } else { try Console.error(text) }
            return succeeded ? ExitStatus.success : ExitStatus.usage
        } catch {
            return error.report(language)
        }
    }
}

/// A command with the shared options, whose language failures are printed in.
protocol CommandWithOptions: ParsableCommand {
    var options: SharedOptions { get }
}

extension ListCommand: CommandWithOptions {}
extension ShowCommand: CommandWithOptions {}
extension ValidateCommand: CommandWithOptions {}
extension LintCommand: CommandWithOptions {}
extension ScanCommand: CommandWithOptions {}
extension CompareCommand: CommandWithOptions {}
extension AggregateCommand: CommandWithOptions {}
extension ExplainCommand: CommandWithOptions {}
extension TestCommand: CommandWithOptions {}
extension PluginsCommand: CommandWithOptions {}
extension SchemaCommand: CommandWithOptions {}
extension TemplateCommand: CommandWithOptions {}
extension FillCommand: CommandWithOptions {}
extension ImportCSVCommand: CommandWithOptions {}
extension ExportCommand: CommandWithOptions {}

/// The exit codes, documented in the README.
enum ExitStatus {
    static let success: Int32 = 0
    static let problems: Int32 = 1
    static let usage: Int32 = 2
}
