import Foundation

/// A `kader` started in the background and typed to through a pipe, as a person at a terminal
/// would, to be stopped halfway by a signal. Standard output is discarded.
public final class RunningCommand {
    /// The process, for its exit status once ``finish()`` returned.
    public let process = Process()
    private let input = Pipe()
    private let errors = Pipe()

    /// Starts `kader` with `arguments` in `directory`.
    public init(_ arguments: [String], directory: String) throws {
        process.executableURL = URL(fileURLWithPath: CommandRunner.executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
    }

    /// Types `text` (with its line ends).
    public func type(_ text: String) {
        input.fileHandleForWriting.write(Data(text.utf8))
    }

    /// Waits until `condition` holds, at most 20 seconds.
    public func wait(until condition: () -> Bool) {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline, !condition() { Thread.sleep(forTimeInterval: 0.02) }
    }

    /// Sends `number` to the process.
    public func signal(_ number: Int32) {
        kill(process.processIdentifier, number)
    }

    /// Ends the input, as a program feeding the pipe that stops does.
    public func closeInput() {
        try? input.fileHandleForWriting.close()
    }

    /// Waits for the process to end; what it printed on standard error.
    public func finish() -> String {
        process.waitUntilExit()
        closeInput()
        return String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    }
}
