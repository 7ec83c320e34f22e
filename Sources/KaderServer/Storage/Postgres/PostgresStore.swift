import Foundation
import Kader
import Logging
import PostgresNIO

/// The scans in a PostgreSQL database (`kader serve --database postgres://…`), for an
/// installation with several `kader serve` processes behind a load balancer. Everything that
/// two processes must agree on lives in the database: revisions are raised by an `UPDATE` that
/// locks the scan's row, a form's one-time id is a row of `used_forms`. Nothing is cached here.
///
/// Connections come from postgres-nio's pool (at most `connections` open at once). A request
/// that cannot get a connection within ``leaseDeadline`` (the database went away) fails with
/// ``StoreError/unreachable(_:)`` instead of waiting for the pool's own minute.
public final class PostgresStore: Sendable {
    /// Where it connects (without the password), for messages.
    public let address: PostgresAddress
    let client: PostgresClient
    let logger: Logger
    /// How long a request waits for a connection before it is told the database is unreachable.
    let leaseDeadline: Duration
    private let running: Task<Void, Never>

    /// Connects once to find out at start whether the database can be reached with these
    /// credentials, brings the schema up to date (``PostgresMigrations``), then starts the pool.
    /// Throws ``StoreError/unreachable(_:)`` with the reason when it cannot connect.
    public static func open(_ address: PostgresAddress, connections: Int = 10, leaseDeadline: Duration = .seconds(5)) async throws
        -> PostgresStore
    {
        var logger = Logger(label: "kader-postgres")
        logger.logLevel = .warning
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: address.connectionConfiguration(), id: 0, logger: logger)
        } catch {
            throw StoreError.unreachable(PostgresFailure.reason(error))
        }
        do {
            try await PostgresMigrations.migrate(connection, logger: logger)
            try? await connection.close()
        } catch {
            try? await connection.close()
            throw PostgresFailure.storeError(error)
        }
        return PostgresStore(address: address, connections: connections, leaseDeadline: leaseDeadline, logger: logger)
    }

    /// A store on `address` without the check at start (tests use it for an unreachable database).
    init(address: PostgresAddress, connections: Int, leaseDeadline: Duration, logger: Logger) {
        self.address = address
        self.leaseDeadline = leaseDeadline
        self.logger = logger
        let client = PostgresClient(configuration: address.clientConfiguration(connections: connections), backgroundLogger: logger)
        self.client = client
        running = Task { await client.run() }
    }

    /// Records a start: a real write, so that a user without the right to write is found at start.
    public func recordStart() async throws {
        _ = try await transaction { connection in
            try await connection.query("INSERT INTO server_starts (started_at) VALUES (\(Self.now()))", logger: self.logger)
        }
    }

    /// Closes the pool's connections (after the server stopped).
    public func close() async {
        running.cancel()
        await running.value
    }

    /// `body` in one transaction on a pooled connection: committed when it returns, rolled back
    /// when it throws. Failures become ``StoreError``s.
    func transaction<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await lease { connection in
            try await connection.withTransaction(logger: self.logger) { connection in try await body(connection) }
        }
    }

    /// `body` on a pooled connection, for reading.
    func read<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await lease(body)
    }

    /// The rows of `query`.
    func rows(_ query: PostgresQuery, on connection: PostgresConnection) async throws -> [PostgresRow] {
        try await connection.query(query, logger: logger).collect()
    }

    /// `body` with a connection from the pool; ``StoreError/unreachable(_:)`` when none comes
    /// within the deadline. Once a connection is in hand the deadline no longer applies, so a
    /// save that has begun is never reported as failed while it commits.
    private func lease<T: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        let race = LeaseRace()
        do {
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask {
                    try await self.client.withConnection { connection in
                        guard race.lease() else { throw StoreError.unreachable("no connection within the deadline") }
                        return try await body(connection)
                    }
                }
                group.addTask {
                    try await Task.sleep(for: self.leaseDeadline)
                    if race.expire() { throw StoreError.unreachable("no connection within \(self.leaseDeadline)") }
                    return nil
                }
                while let value = try await group.next() {
                    if let value {
                        group.cancelAll()
                        return value
                    }
                }
                throw StoreError.unreachable("no answer")
            }
        } catch {
            throw PostgresFailure.storeError(error)
        }
    }

    static func now() -> String {
        Date().ISO8601Format()
    }
}

/// Who was first: the connection (the request goes ahead) or the deadline (it fails).
private final class LeaseRace: @unchecked Sendable {
    private let lock = NSLock()
    private var decided: Bool?

    /// True when the connection came first.
    func lease() -> Bool { settle(true) }
    /// True when the deadline came first.
    func expire() -> Bool { !settle(false) }

    /// The first call decides; returns what was decided.
    private func settle(_ leased: Bool) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if decided == nil { decided = leased }
        return decided!
    }
}
