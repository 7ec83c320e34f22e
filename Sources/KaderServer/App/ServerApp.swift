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
        do {
            return try library.framework(id: id, version: version).framework
        } catch {
            throw PageError(.notFound, Message(nl: "Het kader '\(id)' is niet (meer) te vinden of laadt niet.",
                                               en: "The framework '\(id)' cannot be found (any more) or does not load."))
        }
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
        let framework = try framework(id: scan.frameworkID, version: scan.frameworkVersion)
        return ScanSheet(scan: scan, framework: framework, engine: Engine(framework: framework), answers: try await store.answers(scan: scan.id))
    }
}
