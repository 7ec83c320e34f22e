import Foundation
import Kader
import KaderFiles

/// What every route shares: the store, the framework library, the limits and the default
/// language. Made once at start; immutable, so routes on any thread read it freely.
public final class ServerApp: Sendable {
    /// The scans.
    public let store: any ServerStore
    /// Where frameworks are found (the CLI's search order, `--frameworks` first).
    public let library: FrameworkLibrary
    /// Request and field sizes.
    public let limits: ServerLimits
    /// The language of pages for a visitor who has not chosen one.
    public let defaultLanguage: Language
    private let frameworks = FrameworkShelf()

    /// Creates the shared state.
    public init(store: any ServerStore, library: FrameworkLibrary, limits: ServerLimits = ServerLimits(), defaultLanguage: Language = .nl) {
        self.store = store
        self.library = library
        self.limits = limits
        self.defaultLanguage = defaultLanguage
    }

    /// Framework `id` as a scan answers it: at `version` when the library still holds that
    /// version, else the current one; a clear page when it is gone or no longer loads.
    public func framework(id: String, version: String? = nil) throws(PageError) -> Framework {
        try prepared(id: id, version: version).framework
    }

    /// The framework with its engine, loaded and prepared once per id and version and then kept:
    /// a save or a page must not read, check and prepare the framework file again. A framework
    /// file changed while the server runs is read again after a restart.
    func prepared(id: String, version: String?) throws(PageError) -> PreparedFramework {
        let key = id + "@" + (version ?? "")
        if let cached = frameworks.value(for: key) { return cached }
        let framework: Framework
        do {
            framework = try library.framework(id: id, version: version).framework
        } catch {
            throw PageError(
                .notFound,
                Message(
                    nl: "Het kader '\(id)' is niet (meer) te vinden of laadt niet.",
                    en: "The framework '\(id)' cannot be found (any more) or does not load."))
        }
        return frameworks.store(PreparedFramework(framework: framework, engine: Engine(framework: framework)), for: key)
    }

    /// The scan behind a token typed into an address; a 404 page for a malformed or unknown one.
    public func scan(token text: String) async throws -> StoredScan {
        guard let token = ScanToken(text), let scan = try await store.scan(token: token) else { throw PageError.unknownScan }
        return scan
    }
}

extension ServerApp {
    /// The scan behind `token` with its framework and answers, read for a page.
    func sheet(token text: String) async throws -> ScanSheet {
        let scan = try await scan(token: text)
        let prepared = try prepared(id: scan.frameworkID, version: scan.frameworkVersion)
        return ScanSheet(
            scan: scan, framework: prepared.framework, engine: prepared.engine, answers: try await store.answers(scan: scan.id),
            plan: try await store.plan(scan: scan.id))
    }
}

/// A framework ready to score: the framework and its engine (which prepares its tables once).
struct PreparedFramework: Sendable {
    let framework: Framework
    let engine: Engine
}

/// The prepared frameworks by `id@version`, shared by every request.
private final class FrameworkShelf: @unchecked Sendable {
    private let lock = NSLock()
    private var shelf: [String: PreparedFramework] = [:]

    func value(for key: String) -> PreparedFramework? {
        lock.lock()
        defer { lock.unlock() }
        return shelf[key]
    }

    /// Keeps `prepared` unless another request was first; returns the one kept.
    func store(_ prepared: PreparedFramework, for key: String) -> PreparedFramework {
        lock.lock()
        defer { lock.unlock() }
        if let first = shelf[key] { return first }
        shelf[key] = prepared
        return prepared
    }
}
