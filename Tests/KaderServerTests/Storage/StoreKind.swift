import Foundation
import GRDB
import PostgresNIO
import Testing

@testable import KaderServer

/// The two databases behind ``ServerStore``. Every case of the storage suite takes one of these
/// as its argument (`@Test(arguments: StoreKind.allCases)`), so each is written once and run on
/// both. PostgreSQL needs `KADER_TEST_POSTGRES_URL` (docs/serve.md, "Testing against
/// PostgreSQL"); without it the PostgreSQL half is skipped with a message, except where `KADER_TEST_POSTGRES_REQUIRED` is set (CI).
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { rawValue }

    /// The server the PostgreSQL half runs against.
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["KADER_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Runs `body` with a new, empty database of this kind and removes it afterwards; every
    /// store `body` opened is closed first.
    func withDatabase(_ body: (TestDatabase) async throws -> Void) async throws {
        let database: TestDatabase
        switch self {
        case .sqlite:
            database = TestDatabase(kind: self, location: TestDatabase.temporaryDirectory() + "/" + SQLiteScanStore.fileName, schema: nil)
        case .postgres:
            guard let url = Self.postgresURL else {
                try PostgresSkip.announce()
                return
            }
            database = try await TestDatabase.postgres(base: url)
        }
        do {
            try await body(database)
        } catch {
            await database.remove()
            throw error
        }
        await database.remove()
    }
}

/// The PostgreSQL half without a server: said once per run; a failure where it is required
/// (`.ci/run` sets `KADER_TEST_POSTGRES_REQUIRED`).
private enum PostgresSkip {
    nonisolated(unsafe) private static var said = false
    private static let lock = NSLock()

    static func announce() throws {
        if ProcessInfo.processInfo.environment["KADER_TEST_POSTGRES_REQUIRED"].map({ !$0.isEmpty }) ?? false {
            Issue.record("KADER_TEST_POSTGRES_REQUIRED is set but KADER_TEST_POSTGRES_URL is not: the PostgreSQL half must run")
            return
        }
        lock.lock()
        defer { lock.unlock() }
        guard !said else { return }
        said = true
        print(
            "Storage tests: the PostgreSQL half is skipped: set KADER_TEST_POSTGRES_URL "
                + "(Tests/Postgres/postgres_cluster.sh start DIR prints one; docs/serve.md)")
    }
}

/// One new database for one test: an SQLite file in a new directory, or a new schema in the
/// PostgreSQL database of `KADER_TEST_POSTGRES_URL` (so that tests run side by side).
final class TestDatabase: Sendable {
    let kind: StoreKind
    /// The SQLite file, or the PostgreSQL URL with the schema as its search path.
    let location: String
    let schema: String?
    private let opened = OpenedStores()

    init(kind: StoreKind, location: String, schema: String?) {
        self.kind = kind
        self.location = location
        self.schema = schema
    }

    /// Opens a store on this database; a second call is a second `kader serve` process on the same data.
    func open() async throws -> any ServerStore {
        let store: any ServerStore
        switch kind {
        case .sqlite: store = try SQLiteScanStore(path: location)
        case .postgres: store = try await PostgresStore.open(try #require(PostgresAddress(location)), connections: 4)
        }
        opened.add(store)
        return store
    }

    /// A second store on this database whose every write the database refuses, as its own
    /// errors say it: SQLite's `PRAGMA query_only` ("attempt to write a readonly database") and a
    /// file that may not grow (`max_page_count`: "database or disk is full"); PostgreSQL's
    /// read-only sessions (`default_transaction_read_only`, as on a standby) and its disk-full
    /// error (SQLSTATE 53100, raised by a trigger only for this store's sessions).
    func open(refusing refusal: WriteRefusal) async throws -> any ServerStore {
        let store: any ServerStore
        switch kind {
        case .sqlite:
            let sqlite = try SQLiteScanStore(path: location)
            try await sqlite.pool.writeWithoutTransaction { db in
                switch refusal {
                case .readOnly:
                    try db.execute(sql: "PRAGMA query_only = ON")
                case .diskFull:
                    let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
                    try db.execute(sql: "PRAGMA max_page_count = \(pages)")
                }
            }
            store = sqlite
        case .postgres:
            var setting = "default_transaction_read_only=on"
            if refusal == .diskFull {
                setting = "kader.test_disk_full=on"
                _ = try await Self.withAdmin(location) { connection, logger in
                    for statement in Self.diskFullTrigger {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                }
            }
            var components = try #require(URLComponents(string: location))
            components.queryItems = (components.queryItems ?? []).map { item in
                item.name == "options" ? URLQueryItem(name: "options", value: (item.value ?? "") + " -c " + setting) : item
            }
            let url = try #require(components.string)
            let address = try #require(PostgresAddress(url))
            store = PostgresStore(
                address: address, connections: 2, leaseDeadline: .seconds(5), logger: Logger(label: "kader-test-refusing"))
        }
        opened.add(store)
        return store
    }

    /// PostgreSQL's own words and code for a full disk on every write of the sessions that set
    /// `kader.test_disk_full` (a disk cannot be filled safely on a shared test machine).
    private static let diskFullTrigger = [
        """
        CREATE OR REPLACE FUNCTION kader_test_disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF current_setting('kader.test_disk_full', true) = 'on' THEN
                RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full';
            END IF;
            RETURN NEW;
        END $$
        """,
        "DROP TRIGGER IF EXISTS kader_test_disk_full ON answers",
        "CREATE TRIGGER kader_test_disk_full BEFORE INSERT OR UPDATE ON answers FOR EACH ROW EXECUTE FUNCTION kader_test_disk_full()",
        "DROP TRIGGER IF EXISTS kader_test_disk_full ON scan_context",
        "CREATE TRIGGER kader_test_disk_full BEFORE INSERT OR UPDATE ON scan_context FOR EACH ROW EXECUTE FUNCTION kader_test_disk_full()"
    ]

    /// The identifiers of the migrations that have run, in order.
    func appliedMigrations() async throws -> [String] {
        switch kind {
        case .sqlite:
            let store = try SQLiteScanStore(path: location)
            defer { try? store.close() }
            return try await store.pool.read { db in
                try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
            }
        case .postgres:
            return try await Self.withAdmin(location) { connection, logger in
                try await connection.query("SELECT identifier FROM kader_migrations ORDER BY identifier", logger: logger)
                    .collect().map { try $0.decode(String.self) }
            }
        }
    }

    /// Closes what was opened and removes the database.
    func remove() async {
        for store in opened.all { try? await store.close() }
        switch kind {
        case .sqlite:
            try? FileManager.default.removeItem(atPath: (location as NSString).deletingLastPathComponent)
        case .postgres:
            guard let schema, let base = StoreKind.postgresURL else { return }
            _ = try? await Self.withAdmin(base) { connection, logger in
                try await connection.query(PostgresQuery(unsafeSQL: "DROP SCHEMA \(schema) CASCADE"), logger: logger)
            }
        }
    }

    /// A new schema in the test server's database, and the URL that makes it the search path.
    static func postgres(base: String) async throws -> TestDatabase {
        let schema = "kader_test_" + ScanToken.random().text.prefix(12)
        _ = try await withAdmin(base) { connection, logger in
            try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA \(schema)"), logger: logger)
        }
        var components = try #require(URLComponents(string: base))
        components.queryItems = (components.queryItems ?? []) + [URLQueryItem(name: "options", value: "-c search_path=\(schema)")]
        return TestDatabase(kind: .postgres, location: try #require(components.string), schema: schema)
    }

    /// `body` on a connection of its own to `url`.
    static func withAdmin<T: Sendable>(_ url: String, _ body: (PostgresConnection, Logger) async throws -> T) async throws -> T {
        let address = try #require(PostgresAddress(url))
        let logger = Logger(label: "kader-test-postgres")
        let connection = try await PostgresConnection.connect(configuration: address.connectionConfiguration(), id: 1, logger: logger)
        do {
            let value = try await body(connection, logger)
            try await connection.close()
            return value
        } catch {
            try? await connection.close()
            throw error
        }
    }

    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "kader-store-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// How a database refuses writes (``TestDatabase/open(refusing:)``), and words its message contains.
enum WriteRefusal: String, CaseIterable, Sendable {
    case readOnly
    case diskFull

    var words: [String] {
        switch self {
        case .readOnly: ["readonly", "read-only"]
        case .diskFull: ["full", "no space"]
        }
    }
}

/// The stores a test opened, to close them after it.
private final class OpenedStores: @unchecked Sendable {
    private let lock = NSLock()
    private var stores: [any ServerStore] = []

    func add(_ store: any ServerStore) {
        lock.lock()
        defer { lock.unlock() }
        stores.append(store)
    }

    var all: [any ServerStore] {
        lock.lock()
        defer { lock.unlock() }
        return stores
    }
}
