import Foundation
import Kader
import Logging
import Testing

@testable import KaderServer

/// What the person who runs `kader serve --database postgres://…` is told when the database
/// cannot be used: at start (nothing listens, a wrong password), and while running.
@Suite("PostgreSQL that cannot be reached")
struct PostgresConnectionTests {
    /// A port on this computer where nothing listens (below 1024, which only root may open).
    static func closedPort() throws -> Int { 1 }

    @Test("A URL is read as psql reads it, and the password never appears in its description")
    func aURLIsReadAsPsqlReadsIt() throws {
        let address = try #require(
            PostgresAddress("postgres://kader:geheim@db.example.org:6543/kader_prod?sslmode=require", environment: [:]))
        #expect(address.host == "db.example.org" && address.port == 6543 && address.user == "kader" && address.password == "geheim")
        #expect(address.database == "kader_prod" && address.encryption == .require)
        #expect(address.description == "postgres://kader@db.example.org:6543/kader_prod")
        let fromEnvironment = try #require(PostgresAddress("postgresql://kader@localhost/kader", environment: ["PGPASSWORD": "uit-env"]))
        #expect(fromEnvironment.password == "uit-env" && fromEnvironment.port == 5432 && fromEnvironment.encryption == .prefer)
        let socket = try #require(PostgresAddress("postgres://kader@/kader?host=/run/postgresql", environment: [:]))
        #expect(socket.socketDirectory == "/run/postgresql" && socket.description == "postgres://kader@/run/postgresql/.s.PGSQL.5432/kader")
        #expect(PostgresAddress("mysql://kader@localhost/kader", environment: [:]) == nil)
        #expect(PostgresAddress("postgres://kader@localhost/", environment: [:]) == nil, "a database must be named")
        #expect(PostgresAddress("postgres://kader@localhost/kader?sslmode=sometimes", environment: [:]) == nil)
    }

    @Test("Nothing listening at start: a clear message with the address and no password")
    func nothingListeningAtStart() async throws {
        let port = try Self.closedPort()
        let configuration = ServerConfiguration(database: "postgres://kader:geheim@127.0.0.1:\(port)/kader?sslmode=disable")
        do {
            _ = try await ServerLauncher.openStore(configuration)
            Issue.record("a store opened on a port where nothing listens")
        } catch {
            #expect(
                error.message.en.contains("cannot reach or sign in to the PostgreSQL database postgres://kader@127.0.0.1:\(port)/kader"))
            #expect(error.message.en.lowercased().contains("refused"))
            #expect(!error.message.en.contains("geheim") && !error.message.nl.contains("geheim"))
            #expect(error.fix?.en.contains("psql") ?? false)
        }
    }

    @Test("A wrong password at start: PostgreSQL's own reason, no backtrace", .enabled(if: StoreKind.postgresURL != nil))
    func aWrongPasswordAtStart() async throws {
        var components = try #require(URLComponents(string: StoreKind.postgresURL ?? ""))
        components.password = "niet-het-wachtwoord"
        let configuration = ServerConfiguration(database: components.string)
        do {
            _ = try await ServerLauncher.openStore(configuration)
            Issue.record("a store opened with a wrong password")
        } catch {
            #expect(error.message.en.contains("password authentication failed"), "\(error.message.en)")
            #expect(!error.message.en.contains("niet-het-wachtwoord"))
        }
    }

    @Test("The database gone while running: a save fails within the deadline as unreachable, not after the pool's minute")
    func theDatabaseGoneWhileRunning() async throws {
        let address = try #require(
            PostgresAddress("postgres://kader@127.0.0.1:\(try Self.closedPort())/kader?sslmode=disable", environment: [:]))
        let store = PostgresStore(address: address, connections: 2, leaseDeadline: .milliseconds(300), logger: Logger(label: "test"))
        let started = ContinuousClock.now
        do {
            _ = try await store.saveAnswers([AnswerChange(questionID: "plan", yaml: "ja")], scan: 1, nonce: nil)
            Issue.record("a save without a database succeeded")
        } catch StoreError.unreachable {
        } catch {
            Issue.record("expected unreachable, got \(error)")
        }
        #expect(ContinuousClock.now - started < .seconds(5))
        await store.close()
        let page = PageError.from(StoreError.unreachable("could not connect"))
        #expect(page.status == .serviceUnavailable && page.message.nl.contains("NIET opgeslagen"))
    }

    @Test("A backup of a PostgreSQL installation points to pg_dump instead of failing obscurely")
    func backupPointsToPgDump() throws {
        let configuration = ServerConfiguration(database: "postgres://kader:geheim@db.example.org/kader")
        let failure = #expect(throws: ServerLauncher.Failure.self) {
            try ServerLauncher.backup(configuration, to: NSTemporaryDirectory() + "/kader-backup-\(UUID().uuidString).sqlite")
        }
        #expect(failure?.message.en.contains("postgres://kader@db.example.org:5432/kader") ?? false)
        #expect(failure?.fix?.en.contains("pg_dump --format=custom") ?? false)
        #expect(!(failure?.fix?.en.contains("geheim") ?? true), "the password is never shown")
    }
}
