import Foundation

/// Runs the built `kader` binary, as a user would, and captures what it prints.
public enum CommandRunner {
    /// The outcome of one run.
    public struct Output {
        public var status: Int32
        public var stdout: String
        public var stderr: String
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

    /// Runs `kader` with `arguments` in `directory`, feeding `input` on standard input.
    public static func run(_ arguments: [String], input: String? = nil, directory: String = Fixtures.root,
                           environment: [String: String] = [:]) throws -> Output {
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
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try? inPipe.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }
}
