import Dispatch
import Foundation

/// Runs the built `kader` binary, as a user would, and captures what it prints.
public enum CommandRunner {
    /// The outcome of one run.
    public struct Output {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// True when the process ended by a signal (a crash, or killed at the time limit).
        public var signalled = false
        /// True when it was still running at the time limit and was killed.
        public var timedOut = false
    }

    /// The built executable: next to the test bundle in the build folder.
    public static var executable: String {
        let bundle = Bundle.main.bundleURL
        let candidates = [bundle.appendingPathComponent("kader"), bundle.deletingLastPathComponent().appendingPathComponent("kader")]
        for url in candidates where FileManager.default.isExecutableFile(atPath: url.path) { return url.path }
        for argument in CommandLine.arguments {
            let url = URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("kader")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url.path }
        }
        return Fixtures.root + "/.build/debug/kader"
    }

    /// Runs `kader` with `arguments` in `directory`, feeding `input` on standard input. With
    /// `standardOutput`, output goes there instead of being captured (a full device, a pipe
    /// nobody reads). A run still going after `timeLimit` seconds is killed and says so: a hang
    /// fails the test instead of stopping the suite.
    public static func run(
        _ arguments: [String], input: String? = nil, directory: String = Fixtures.root,
        environment: [String: String] = [:], standardOutput: FileHandle? = nil,
        timeLimit: TimeInterval = 60
    ) throws -> Output {
        try run(
            executable: executable, arguments, input: input, directory: directory, environment: environment,
            standardOutput: standardOutput, timeLimit: timeLimit)
    }

    /// Runs a `/bin/sh` script with `$KADER` set to the built executable: for what only a shell
    /// sets up simply (`>&-`, `2>&-`, `ulimit -f`).
    public static func shell(
        _ script: String, directory: String = Fixtures.root, environment: [String: String] = [:],
        timeLimit: TimeInterval = 60
    ) throws -> Output {
        try run(
            executable: "/bin/sh", ["-c", script], input: nil, directory: directory,
            environment: environment.merging(["KADER": executable]) { $1 }, standardOutput: nil, timeLimit: timeLimit)
    }

    private static func run(
        executable: String, _ arguments: [String], input: String?, directory: String,
        environment: [String: String], standardOutput: FileHandle?, timeLimit: TimeInterval
    ) throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe()
        let err = Pipe()
        let inPipe = Pipe()
        process.standardOutput = standardOutput ?? out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        let watch = TimeLimit()
        DispatchQueue.global().asyncAfter(deadline: .now() + timeLimit) {
            guard process.isRunning else { return }
            watch.expired = true
            kill(process.processIdentifier, SIGKILL)
        }
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try? inPipe.fileHandleForWriting.close()
        if standardOutput != nil { try? out.fileHandleForWriting.close() }
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self),
            signalled: process.terminationReason == .uncaughtSignal, timedOut: watch.expired)
    }
}

/// Set by the watchdog when it killed a run.
private final class TimeLimit: @unchecked Sendable {
    var expired = false
}
