import Foundation
import Kader

/// Writing to the terminal: standard output for results, standard error for problems.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// True when colour may be used on standard output: a terminal, and NO_COLOR not set.
    static var colorAllowed: Bool {
        if let noColor = environment("NO_COLOR"), !noColor.isEmpty { return false }
        if environment("TERM") == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }

    /// One environment variable. `ProcessInfo.processInfo.environment` copies the whole
    /// environment into a dictionary on every call, a tenth of a millisecond each.
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Prints diagnostics with their source lines to standard error.
    static func report(_ diagnostics: DiagnosticList, sources: [SourceFile], language: Language) {
        guard !diagnostics.isEmpty else { return }
        error(DiagnosticFormatter(language: language).format(diagnostics, sources: sources))
    }
}

/// A failure the CLI reports and turns into an exit code.
struct CLIFailure: Error {
    var message: Message
    var fix: Message?
    var status: Int32

    static func usage(_ message: Message, fix: Message? = nil) -> CLIFailure { CLIFailure(message: message, fix: fix, status: ExitStatus.usage) }

    /// Prints the failure and exits.
    func exit(_ language: Language) -> Never {
        let formatter = DiagnosticFormatter(language: language)
        var text = "kader: \(formatter.label(.error)): \(message.text(in: language))"
        if let fix { text += "\n  = " + (language == .nl ? "oplossing: " : "fix: ") + fix.text(in: language) }
        Console.error(text)
        Foundation.exit(status)
    }
}
