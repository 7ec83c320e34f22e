import ArgumentParser
import Dispatch
import Foundation
import Kader
import KaderServer

/// `kader serve`: the self-scan in a browser (docs/serve.md). Only options here; the server is
/// the KaderServer target.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Fill in self-scans in a browser: a web server on this computer, answers kept in SQLite or PostgreSQL.",
        discussion: "`kader serve` alone starts the server at http://127.0.0.1:8080/; its options (--host, --port, --data, "
            + "--database, --hosted, --frameworks, --lang) are listed by `kader serve start --help`. "
            + "docs/serve.md describes the data directory, PostgreSQL and backups. "
            + "Without --hosted the server listens on loopback only; `kader serve admin` adds the accounts of a hosted installation. "
            + "Exit codes: 0 stopped with Ctrl-C or SIGTERM, 2 usage error or a data directory or database that cannot be used.",
        subcommands: [ServeStartCommand.self, ServeBackupCommand.self, ServeAdminCommand.self],
        defaultSubcommand: ServeStartCommand.self)
}

/// The options of both `serve` commands: where the data is.
struct ServeDataOptions: ParsableArguments {
    @Option(name: .long, help: "The data directory; the database is kader.sqlite in it (created on first start).")
    var data = "kader-data"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "A PostgreSQL database instead of the SQLite file, e.g. postgres://kader@db.example.org/kader "
                + "(password in the URL or PGPASSWORD; default: $KADER_DATABASE_URL).",
            valueName: "url"))
    var database: String?

    /// `--database`, else the environment's `KADER_DATABASE_URL` (kept out of `ps`); nil for SQLite.
    var databaseURL: String? {
        database ?? ProcessInfo.processInfo.environment["KADER_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }
}

/// `kader serve [--host] [--port] [--data] [--frameworks]`: runs the server until Ctrl-C.
struct ServeStartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start the web server (the default: `kader serve` alone starts it).")

    @OptionGroup var options: SharedOptions
    @OptionGroup var data: ServeDataOptions

    @Option(name: .long, help: "The address to listen on; 127.0.0.1 keeps it to this computer (other addresses need --hosted).")
    var host = "127.0.0.1"

    @ArgumentParser.Flag(
        name: .long, help: "A hosted installation: accounts and organisations (kader serve admin), any --host (docs/serve.md, Hosting).")
    var hosted = false

    @Option(name: .long, help: "The port; 0 picks a free one.")
    var port = 8080

    @Option(name: .long, help: "With --database: the most connections this process keeps open to PostgreSQL.")
    var databaseConnections = 10

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535, not \(port)") }
        guard (1...1000).contains(databaseConnections) else {
            throw ValidationError("--database-connections must be from 1 to 1000, not \(databaseConnections)")
        }
    }

    func run() throws {
        let configuration = ServerConfiguration(
            host: host, port: port, dataDirectory: data.data, frameworksDirectory: options.frameworks, language: options.language,
            database: data.databaseURL, databaseConnections: databaseConnections, hosted: hosted)
        let failure = Blocking.run { () async -> ServerLauncher.Failure? in
            do throws(ServerLauncher.Failure) {
                try await ServerLauncher.run(configuration) { line in try? Console.error(line) }
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw CLIFailure.usage(failure.message, fix: failure.fix) }
    }
}

/// `kader serve backup FILE`: a consistent copy of the database, while the server runs.
struct ServeBackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Copy the database into FILE with SQLite's online backup (safe while the server runs); for PostgreSQL use pg_dump.")

    @OptionGroup var options: SharedOptions
    @OptionGroup var data: ServeDataOptions

    @Argument(help: "The new file to write the backup to (never overwritten).")
    var file: String

    func run() throws {
        do {
            try ServerLauncher.backup(ServerConfiguration(dataDirectory: data.data, database: data.databaseURL), to: file)
        } catch {
            throw CLIFailure.usage(error.message, fix: error.fix)
        }
        try Console.error(Say(options.language)("back-up geschreven: \(file)", "backup written: \(file)"))
    }
}

extension ServeStartCommand: CommandWithOptions {}
extension ServeBackupCommand: CommandWithOptions {}

/// Runs async work from the synchronous command and waits for its value: the server's
/// event loops and Swift's task threads do the work; the main thread only waits.
enum Blocking {
    static func run<T: Sendable>(_ work: @escaping @Sendable () async -> T) -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.value = await work()
            done.signal()
        }
        done.wait()
        return box.value!
    }

    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }
}
