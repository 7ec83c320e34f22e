import Kader
import KaderFiles

/// A failure a command throws to `KaderCommand.main`, which prints it in the command's language
/// and ends with its exit code: the problems found in files (with their lines), then one line
/// that says what went wrong and how to fix it.
struct CLIFailure: Error {
    /// What went wrong; nil when there is nothing to say (a reader that went away).
    var message: Message?
    var fix: Message?
    var status: Int32
    /// Problems in files, printed before the message.
    var diagnostics = DiagnosticList()
    var sources: [SourceFile] = []
    /// Standard error itself failed: nothing more can be printed.
    var standardErrorFailed = false
}

extension CLIFailure {

    /// A usage or file error (exit code 2).
    static func usage(_ message: Message, fix: Message? = nil) -> CLIFailure {
        CLIFailure(message: message, fix: fix, status: ExitStatus.usage)
    }

    /// Problems found in a file (exit code 1).
    static func problems(_ message: Message, fix: Message? = nil) -> CLIFailure {
        CLIFailure(message: message, fix: fix, status: ExitStatus.problems)
    }

    /// A response or framework that could not be opened: a file or a framework that cannot be
    /// found is a usage error, a file with errors a problem.
    init(_ failure: OpenFailure) {
        let inFile = [.invalid, .namesNoFramework, .frameworkInvalid].contains(failure.kind)
        self.init(
            message: failure.message, fix: failure.fix, status: inFile ? ExitStatus.problems : ExitStatus.usage,
            diagnostics: failure.diagnostics, sources: failure.sources)
    }

    /// A file that could not be written.
    init(_ failure: AtomicWriter.Failure) {
        self.init(message: failure.message, fix: failure.fix, status: ExitStatus.usage)
    }

    /// A file that could not be read.
    init(_ failure: FileReader.Failure) {
        self.init(message: failure.message, status: ExitStatus.usage)
    }

    /// Prints the failure to standard error; the exit code to end with (2 when even that failed).
    func report(_ language: Language) -> Int32 {
        guard !standardErrorFailed else { return ExitStatus.usage }
        do {
            try Console.report(diagnostics, sources: sources, language: language)
            guard let message else { return status }
            var text = "kader: \(DiagnosticFormatter(language: language).label(.error)): \(message.text(in: language))"
            if let fix { text += "\n  = " + Say(language)("oplossing: ", "fix: ") + fix.text(in: language) }
            try Console.error(text)
            return status
        } catch {
            return ExitStatus.usage
        }
    }
}
