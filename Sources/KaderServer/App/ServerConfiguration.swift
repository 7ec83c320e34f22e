import Kader

/// How `kader serve` was started: where it listens, where it keeps its data, where it finds
/// frameworks, and the language of pages until a visitor picks another.
public struct ServerConfiguration: Sendable {
    /// The address to listen on; 127.0.0.1 keeps the server to this computer.
    public var host: String
    /// The port; 0 picks a free one (the address printed says which).
    public var port: Int
    /// The data directory; the database is `kader.sqlite` in it (unless ``database`` is set).
    public var dataDirectory: String
    /// A PostgreSQL database (`--database postgres://user@host/db`) instead of the SQLite file,
    /// for several `kader serve` processes on one database; nil keeps the SQLite file.
    public var database: String?
    /// The most connections one process keeps open to PostgreSQL (`--database-connections`).
    public var databaseConnections: Int
    /// A directory with frameworks, searched before the bundled ones (`--frameworks`).
    public var frameworksDirectory: String?
    /// The language of pages for a visitor who has not chosen one.
    public var language: Language
    /// A hosted installation (`--hosted`): accounts and organisations, and any address to listen
    /// on. Without it the server listens on loopback only.
    public var hosted: Bool

    /// Creates a configuration; the defaults are those of `kader serve` without options.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, dataDirectory: String = "kader-data",
        frameworksDirectory: String? = nil, language: Language = .nl, database: String? = nil, databaseConnections: Int = 10,
        hosted: Bool = false
    ) {
        self.hosted = hosted
        self.host = host
        self.port = port
        self.dataDirectory = dataDirectory
        self.database = database
        self.databaseConnections = databaseConnections
        self.frameworksDirectory = frameworksDirectory
        self.language = language
    }

    /// The database file.
    public var databasePath: String { dataDirectory + "/" + SQLiteScanStore.fileName }
}

/// The sizes the server accepts, so that one visitor cannot tie it up (documented in docs/serve.md).
public struct ServerLimits: Sendable {
    /// The largest form body: 256 KiB, far above a domain page of long notes.
    public var maxBody = 256 * 1024
    /// The largest upload (a response file or a CSV export): 2 MiB.
    public var maxUpload = 2 * 1024 * 1024
    /// The longest text in one field (a note, a name): 10,000 characters.
    public var maxField = 10_000

    /// The standard limits.
    public init() {}
}
