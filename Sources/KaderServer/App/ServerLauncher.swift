import Foundation
import Hummingbird
import Kader
import KaderFiles
import Logging

/// Starts `kader serve`: the data directory and database (created on first start, migrated),
/// the routes, and the HTTP server, until SIGINT or SIGTERM; then it lets requests in flight
/// finish and closes the database.
public enum ServerLauncher {
    /// Why the server could not start, for the person who started it.
    public struct Failure: Error, Sendable {
        public var message: Message
        public var fix: Message?
    }

    /// Runs the server until it is stopped. `announce` receives the line with the address once
    /// it listens (the CLI prints it to standard error).
    public static func run(_ configuration: ServerConfiguration, announce: @escaping @Sendable (String) -> Void) async throws(Failure) {
        let store = try openStore(configuration)
        let app = ServerApp(store: store, library: library(configuration), defaultLanguage: configuration.language)
        var logger = Logger(label: "kader-serve")
        logger.logLevel = .warning
        let application = Application(
            router: RouteTable.router(app: app),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
                announce(
                    Say(configuration.language)(
                        "Kader draait op http://\(host):\(port)/ (Ctrl-C stopt de server)",
                        "Kader is running at http://\(host):\(port)/ (Ctrl-C stops the server)"))
            },
            logger: logger)
        do {
            try await application.runService()
        } catch {
            try? store.close()
            throw Failure(
                message: Message(
                    nl: "de server kon niet starten op \(configuration.host):\(configuration.port): \(error)",
                    en: "the server could not start on \(configuration.host):\(configuration.port): \(error)"),
                fix: Message(
                    nl: "kies een andere poort met --port (0 kiest een vrije)", en: "choose another port with --port (0 picks a free one)"))
        }
        try? store.close()
    }

    /// The frameworks: `--frameworks` first, then the CLI's search order.
    static func library(_ configuration: ServerConfiguration) -> FrameworkLibrary {
        FrameworkLibrary(explicit: configuration.frameworksDirectory)
    }

    /// Creates the data directory when needed and opens the database, proving it can be written.
    public static func openStore(_ configuration: ServerConfiguration) throws(Failure) -> SQLiteScanStore {
        let directory = configuration.dataDirectory
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw Failure(
                message: Message(
                    nl: "kan de datamap \(directory) niet maken: \(error.localizedDescription)",
                    en: "cannot create the data directory \(directory): \(error.localizedDescription)"),
                fix: Message(nl: "kies met --data een map waarin u mag schrijven", en: "choose a directory you can write to with --data"))
        }
        let store: SQLiteScanStore
        do {
            store = try SQLiteScanStore(path: configuration.databasePath)
            try store.recordStart()
        } catch {
            throw Failure(
                message: Message(
                    nl: "kan de database \(configuration.databasePath) niet openen of schrijven: \(Self.reason(error))",
                    en: "cannot open or write the database \(configuration.databasePath): \(Self.reason(error))"),
                fix: Message(
                    nl:
                        "controleer of de map en het bestand schrijfbaar zijn en of het een Kader-database is; of kies een andere map met --data",
                    en:
                        "check that the directory and file are writable and that it is a Kader database; or choose another directory with --data"
                ))
        }
        return store
    }

    /// Copies the database of `configuration` into the new file `target` (online backup).
    public static func backup(_ configuration: ServerConfiguration, to target: String) throws(Failure) {
        guard FileManager.default.fileExists(atPath: configuration.databasePath) else {
            throw Failure(
                message: Message(
                    nl: "er is geen database in \(configuration.dataDirectory)",
                    en: "there is no database in \(configuration.dataDirectory)"),
                fix: Message(nl: "geef met --data de map die kader serve gebruikt", en: "give the directory kader serve uses with --data"))
        }
        guard !FileManager.default.fileExists(atPath: target) else {
            throw Failure(
                message: Message(
                    nl: "\(target) bestaat al; een back-up overschrijft niets", en: "\(target) already exists; a backup overwrites nothing"),
                fix: Message(nl: "kies een nieuwe bestandsnaam", en: "choose a new file name"))
        }
        do {
            let store = try SQLiteScanStore(path: configuration.databasePath)
            try store.backup(to: target)
            try store.close()
        } catch {
            try? FileManager.default.removeItem(atPath: target)
            throw Failure(
                message: Message(
                    nl: "back-up naar \(target) mislukt: \(Self.reason(error))", en: "backup to \(target) failed: \(Self.reason(error))"))
        }
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case StoreError.notWritten(let reason): reason
        default: String(describing: error)
        }
    }
}
