import ArgumentParser
import Foundation
import Kader

/// `kader`: lists the subcommands and maps every failure to a documented exit code.
///
/// Exit codes: 0 success; 1 problems found (invalid framework or response, failing tests);
/// 2 usage error or a file that cannot be read or written.
@main
struct KaderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kader",
        abstract: "Quality frameworks and self-scans: check, score, advise, explain.",
        discussion: "Exit codes: 0 success, 1 problems found, 2 usage or file error. Docs: docs/ in the repository.",
        version: KaderVersion.string,
        subcommands: [ListCommand.self, ShowCommand.self, ValidateCommand.self, LintCommand.self, ScanCommand.self, CompareCommand.self, AggregateCommand.self,
                      ExplainCommand.self, TestCommand.self, PluginsCommand.self, SchemaCommand.self, TemplateCommand.self, FillCommand.self, ImportCommand.self, ExportCommand.self]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            Console.error(fullMessage(for: error))
            Foundation.exit(ExitStatus.usage)
        }
    }
}

/// The exit codes, documented in the README.
enum ExitStatus {
    static let success: Int32 = 0
    static let problems: Int32 = 1
    static let usage: Int32 = 2
}

enum KaderVersion {
    static let string = "0.3.0"
}
