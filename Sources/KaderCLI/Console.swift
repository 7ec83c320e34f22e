import Foundation
import Kader
import KaderFiles

/// Writing to the terminal: standard output for results, standard error for problems.
///
/// Written with `write(2)`, not `FileHandle`, whose non-throwing methods trap on a full or
/// closed stream. A stream that cannot be written ends the command with exit code 2: with a
/// message on standard error when it is standard output that failed (a full disk, `> /dev/full`),
/// quietly when the reader of a pipe went away (`kader scan … | head -1`), as Unix tools do.
///
/// Text for a person (lists, outlines, prompts, explanations, messages and diagnostics) passes
/// ``TerminalText/sanitized(_:)`` on its way out: a framework's or respondent's text holding
/// an escape sequence is shown, not obeyed. A document in a format (``document(_:)``) was made
/// safe by the backend that wrote it (the text backend sanitises, JSON, YAML, CSV and HTML
/// escape), and keeps the colours the text backend adds.
enum Console {
    static func out(_ text: String) throws(CLIFailure) {
        try write(TerminalText.sanitized(text), to: STDOUT_FILENO)
    }

    /// A report, a result or a file's text in the format asked for, written as it is.
    static func document(_ text: String) throws(CLIFailure) {
        try write(text, to: STDOUT_FILENO)
    }

    /// A file that is not text (a Word document), written as it is.
    static func document(_ bytes: [UInt8]) throws(CLIFailure) {
        if StandardStreams.closedAtStart.contains(STDOUT_FILENO) { throw streamFailure(STDOUT_FILENO, Errno(EBADF)) }
        if let error = Descriptor.writeAll(STDOUT_FILENO, bytes) { throw streamFailure(STDOUT_FILENO, error) }
    }

    static func error(_ text: String) throws(CLIFailure) {
        try write(TerminalText.sanitized(text.hasSuffix("\n") ? text : text + "\n"), to: STDERR_FILENO)
    }

    private static func write(_ text: String, to stream: Int32) throws(CLIFailure) {
        if StandardStreams.closedAtStart.contains(stream) { throw streamFailure(stream, Errno(EBADF)) }
        var text = text
        let error = text.withUTF8 { Descriptor.writeAll(stream, $0) }
        if let error { throw streamFailure(stream, error) }
    }

    private static func streamFailure(_ stream: Int32, _ error: Errno) -> CLIFailure {
        // A reader that went away wants no more output, and no message about it either; when
        // standard error fails, there is nowhere left to say anything.
        guard error.code != EPIPE, stream == STDOUT_FILENO else {
            return CLIFailure(message: nil, status: ExitStatus.usage, standardErrorFailed: stream == STDERR_FILENO)
        }
        if error.code == EBADF {
            return .usage(
                Message(nl: "de standaarduitvoer is gesloten", en: "standard output is closed"),
                fix: Message(
                    nl: "stuur de uitvoer naar een bestand of programma, of gebruik --output BESTAND",
                    en: "send the output to a file or a program, or use --output FILE"))
        }
        return .usage(
            Message(
                nl: "kan de standaarduitvoer niet schrijven: \(error.text)",
                en: "cannot write standard output: \(error.text)"),
            fix: Message(
                nl: "schrijf naar een bestand op een schijf met ruimte (--output BESTAND)",
                en: "write to a file on a disk with space (--output FILE)"))
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
    static func report(_ diagnostics: DiagnosticList, sources: [SourceFile], language: Language) throws(CLIFailure) {
        guard !diagnostics.isEmpty else { return }
        try error(DiagnosticFormatter(language: language).format(diagnostics, sources: sources))
    }
}

/// The three standard streams as the process found them.
enum StandardStreams {
    /// Streams that were closed when Kader started (`2>&-`). Each is reopened on `/dev/null` so
    /// that no file Kader opens later takes its number (a report would land in the file being
    /// written), and remembered, so that writing to it still fails as it should.
    nonisolated(unsafe) static var closedAtStart: Set<Int32> = []

    /// Run once, first: output errors become error codes, not signals. A closed pipe gives
    /// EPIPE instead of SIGPIPE, a file-size limit (`ulimit -f`) EFBIG instead of SIGXFSZ.
    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        signal(SIGXFSZ, SIG_IGN)
        for stream in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(stream, F_GETFD) == -1 && errno == EBADF {
            closedAtStart.insert(stream)
            // The lowest free number is this one: the streams are checked in order.
            _ = open("/dev/null", stream == STDIN_FILENO ? O_RDONLY : O_WRONLY)
        }
    }
}
