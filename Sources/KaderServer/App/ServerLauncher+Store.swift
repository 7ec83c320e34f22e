import Foundation
import Kader

/// Opening the database `kader serve` was started with: the SQLite file in the data directory, or
/// PostgreSQL with `--database`. Either is proven writable before the server listens, and a
/// database that cannot be used is a clear message and a non-zero exit, never a backtrace.
extension ServerLauncher {
    /// The store of `configuration`, its schema brought up to date and a start recorded.
    public static func openStore(_ configuration: ServerConfiguration) async throws(Failure) -> any ServerStore {
        guard let database = configuration.database else { return try openSQLite(configuration) }
        return try await openPostgres(database, connections: configuration.databaseConnections)
    }

    /// PostgreSQL at `url`: reached, signed in, migrated and written once.
    static func openPostgres(_ url: String, connections: Int) async throws(Failure) -> PostgresStore {
        guard let address = PostgresAddress(url) else {
            throw Failure(
                message: Message(
                    nl: "--database verwacht een PostgreSQL-adres als postgres://gebruiker@host:5432/database",
                    en: "--database takes a PostgreSQL address such as postgres://user@host:5432/database"),
                fix: Message(
                    nl: "geef gebruiker, host en database; het wachtwoord mag in PGPASSWORD; ?sslmode=disable|require|verify-full",
                    en: "give user, host and database; the password may be in PGPASSWORD; ?sslmode=disable|require|verify-full"))
        }
        do {
            let store = try await PostgresStore.open(address, connections: connections)
            do {
                try await store.recordStart()
            } catch {
                await store.close()
                throw error
            }
            return store
        } catch {
            throw Failure(
                message: Message(
                    nl: "kan de PostgreSQL-database \(address) niet bereiken of er niet op inloggen: \(Self.reason(error))",
                    en: "cannot reach or sign in to the PostgreSQL database \(address): \(Self.reason(error))"),
                fix: Message(
                    nl: "controleer of PostgreSQL draait, het adres, de gebruiker, het wachtwoord (in de URL of PGPASSWORD) "
                        + "en of de database bestaat; psql '\(address)' probeert hetzelfde",
                    en: "check that PostgreSQL runs, the address, the user, the password (in the URL or PGPASSWORD) "
                        + "and that the database exists; psql '\(address)' tries the same"))
        }
    }

    /// The SQLite file in the data directory (created when needed), proven writable.
    public static func openSQLite(_ configuration: ServerConfiguration) throws(Failure) -> SQLiteScanStore {
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
                        "controleer of de map en het bestand schrijfbaar zijn en of het een Kader-database is; "
                        + "of kies een andere map met --data",
                    en:
                        "check that the directory and file are writable and that it is a Kader database; "
                        + "or choose another directory with --data"
                ))
        }
        return store
    }

    /// Copies the database of `configuration` into the new file `target` (online backup). For
    /// PostgreSQL it says to use pg_dump, PostgreSQL's own tool, instead.
    public static func backup(_ configuration: ServerConfiguration, to target: String) throws(Failure) {
        if let database = configuration.database {
            let address = PostgresAddress(database)?.description ?? "PostgreSQL"
            throw Failure(
                message: Message(
                    nl: "kader serve backup kopieert het SQLite-bestand; deze installatie bewaart alles in PostgreSQL (\(address))",
                    en: "kader serve backup copies the SQLite file; this installation keeps everything in PostgreSQL (\(address))"),
                fix: Message(
                    nl: "maak de back-up met PostgreSQL's eigen pg_dump, ook terwijl de servers draaien: "
                        + "pg_dump --format=custom --file=\(target) '\(address)' (terugzetten met pg_restore; docs/serve.md)",
                    en: "make the backup with PostgreSQL's own pg_dump, also while the servers run: "
                        + "pg_dump --format=custom --file=\(target) '\(address)' (restore with pg_restore; docs/serve.md)"))
        }
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
                    nl: "\(target) bestaat al; een back-up overschrijft niets",
                    en: "\(target) already exists; a backup overwrites nothing"),
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
        case StoreError.notWritten(let reason), StoreError.unreachable(let reason): reason
        default: String(describing: error)
        }
    }
}
