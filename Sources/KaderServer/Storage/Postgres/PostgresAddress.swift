import Foundation
import Kader
import PostgresNIO

/// A PostgreSQL database as `kader serve --database` names it: a libpq connection URL,
/// `postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=MODE]`, so that the address that
/// `psql` and `pg_dump` take works here too. Without a password in the URL the environment's
/// `PGPASSWORD` is used (a password on the command line is visible to other users in `ps`).
/// `?host=/path/to/socket-dir` connects through PostgreSQL's Unix socket instead of TCP.
public struct PostgresAddress: Sendable, CustomStringConvertible {
    /// How the connection is encrypted: libpq's `sslmode`, without the certificate checks that
    /// `verify-ca`/`verify-full` add (those need a root certificate and check it).
    public enum Encryption: String, Sendable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    /// The directory of the server's Unix socket (`?host=/run/postgresql`), instead of TCP.
    public var socketDirectory: String?
    public var user: String
    public var password: String?
    public var database: String
    public var encryption: Encryption
    /// Extra settings for every session (`?options=-c search_path=kader`), as libpq sends them.
    public var options: String?

    /// Reads a URL; nil when it is not a `postgres://` or `postgresql://` URL with a user and a database.
    public init?(_ text: String, environment: [String: String] = ProcessInfo.processInfo.environment) {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
            scheme == "postgres" || scheme == "postgresql"
        else { return nil }
        let query = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        let database = String(components.percentEncodedPath.drop(while: { $0 == "/" })).removingPercentEncoding ?? ""
        guard let user = components.user ?? environment["PGUSER"], !user.isEmpty, !database.isEmpty,
            let encryption = Encryption(rawValue: query["sslmode"] ?? "prefer")
        else { return nil }
        let socket = query["host"].flatMap { $0.hasPrefix("/") ? $0 : nil }
        host = components.host.flatMap { $0.isEmpty ? nil : $0 } ?? query["host"].flatMap { $0.hasPrefix("/") ? nil : $0 } ?? "localhost"
        port = components.port ?? query["port"].flatMap { Int($0) } ?? 5432
        socketDirectory = socket
        self.user = user
        password = components.password ?? environment["PGPASSWORD"]
        self.database = database
        self.encryption = encryption
        options = query["options"]
    }

    /// Where it connects, without the password: for messages and logs.
    public var description: String {
        let place = socketDirectory.map { "\($0)/.s.PGSQL.\(port)" } ?? "\(host):\(port)"
        return "postgres://\(user)@\(place)/\(database)"
    }

    /// The settings of the connection pool, with at most `connections` open at once.
    func clientConfiguration(connections: Int) -> PostgresClient.Configuration {
        var configuration: PostgresClient.Configuration
        if let socketDirectory {
            configuration = PostgresClient.Configuration(
                unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(port)", username: user,
                password: password, database: database)
        } else {
            configuration = PostgresClient.Configuration(
                host: host, port: port, username: user, password: password, database: database,
                tls: tls)
        }
        configuration.options.maximumConnections = max(connections, 1)
        configuration.options.connectTimeout = .seconds(5)
        if let options { configuration.options.additionalStartupParameters = [("options", options)] }
        return configuration
    }

    /// The same settings for one connection of its own (the check at start, the migrations).
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        var configuration: PostgresConnection.Configuration
        if let socketDirectory {
            configuration = PostgresConnection.Configuration(
                unixSocketPath: "\(socketDirectory)/.s.PGSQL.\(port)", username: user,
                password: password, database: database)
        } else {
            configuration = PostgresConnection.Configuration(
                host: host, port: port, username: user, password: password, database: database,
                tls: try connectionTLS())
        }
        configuration.options.connectTimeout = .seconds(5)
        if let options { configuration.options.additionalStartupParameters = [("options", options)] }
        return configuration
    }

    /// libpq's modes: `prefer` and `require` encrypt without checking the certificate, the
    /// `verify-` modes check it against the system's roots.
    private var tlsConfiguration: TLSConfiguration {
        var tls = TLSConfiguration.makeClientConfiguration()
        switch encryption {
        case .verifyFull: break
        case .verifyCA: tls.certificateVerification = .noHostnameVerification
        default: tls.certificateVerification = .none
        }
        return tls
    }

    private var tls: PostgresClient.Configuration.TLS {
        switch encryption {
        case .disable: .disable
        case .allow, .prefer: .prefer(tlsConfiguration)
        case .require, .verifyCA, .verifyFull: .require(tlsConfiguration)
        }
    }

    private func connectionTLS() throws -> PostgresConnection.Configuration.TLS {
        switch encryption {
        case .disable: .disable
        case .allow, .prefer: .prefer(try NIOSSLContext(configuration: tlsConfiguration))
        case .require, .verifyCA, .verifyFull: .require(try NIOSSLContext(configuration: tlsConfiguration))
        }
    }
}
