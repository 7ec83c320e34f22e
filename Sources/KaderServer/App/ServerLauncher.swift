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
        try checkAddress(configuration)
        let store = try await openStore(configuration)
        if configuration.hosted { try await requireSiteAdmin(store) }
        let app = ServerApp(
            store: store, library: library(configuration), defaultLanguage: configuration.language,
            hosted: configuration.hosted ? HostedSecurity() : nil)
        var logger = Logger(label: "kader-serve")
        logger.logLevel = .warning
        let application = Application(
            responder: RouteTable.responder(app: app),
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
            try? await store.close()
            throw Failure(
                message: Message(
                    nl: "de server kon niet starten op \(configuration.host):\(configuration.port): \(error)",
                    en: "the server could not start on \(configuration.host):\(configuration.port): \(error)"),
                fix: Message(
                    nl: "kies een andere poort met --port (0 kiest een vrije)", en: "choose another port with --port (0 picks a free one)"))
        }
        try? await store.close()
    }

    /// The frameworks: `--frameworks` first, then the CLI's search order.
    static func library(_ configuration: ServerConfiguration) -> FrameworkLibrary {
        FrameworkLibrary(explicit: configuration.frameworksDirectory)
    }
}
