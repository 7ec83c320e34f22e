/// Everything the server keeps, as one protocol the routes speak to, with two implementations:
/// ``SQLiteScanStore`` (the embedded default) and ``PostgresStore`` (`--database postgres://…`).
/// A later feature adds its own protocol here (`ScanStore & PlanStore & …`), implements it for
/// both stores, and adds its cases to the storage suite that runs on both (docs/serve.md, "Adding
/// a store method").
public typealias ServerStore = ScanStore & PlanStore & ColleagueStore & RoomStore & AccountStore & SessionStore & AnswerLogStore
    & OwnerStore & ClosableStore

/// A store whose database is closed when the server stops.
public protocol ClosableStore: Sendable {
    /// Closes the database (SQLite's file, PostgreSQL's pooled connections) after the last request.
    func close() async throws
}

extension SQLiteScanStore: ClosableStore {}
extension PostgresStore: ClosableStore {}
