import Foundation
import Kader
import KaderFiles

/// What every route shares: the store, the framework library, the limits and the default
/// language. Made once at start; immutable, so routes on any thread read it freely.
public final class ServerApp: Sendable {
    /// The scans.
    public let store: any ServerStore
    /// Where frameworks are found (the CLI's search order, `--frameworks` first); its fixes speak to a web page.
    public let library: FrameworkLibrary
    /// Request and field sizes.
    public let limits: ServerLimits
    /// The language of pages for a visitor who has not chosen one.
    public let defaultLanguage: Language
    /// Sign-in and sessions of a hosted installation (`--hosted`); nil without it.
    public let hosted: HostedSecurity?
    private let frameworks = FrameworkShelf()

    /// Creates the shared state.
    public init(
        store: any ServerStore, library: FrameworkLibrary, limits: ServerLimits = ServerLimits(), defaultLanguage: Language = .nl,
        hosted: HostedSecurity? = nil
    ) {
        self.store = store
        self.hosted = hosted
        var library = library
        library.audience = .web  // an uploaded file's fix names one of this server's frameworks, never a command-line option
        self.library = library
        self.limits = limits
        self.defaultLanguage = defaultLanguage
    }

    /// Framework `id` as a scan answers it: at `version` when the library still holds that
    /// version, else the current one; a clear page when it is gone or no longer loads.
    public func framework(id: String, version: String? = nil) throws(PageError) -> Framework {
        try prepared(id: id, version: version).framework
    }

    /// The framework with its engine, loaded and prepared once per id and version and then kept
    /// while its file is unchanged: a save or a page must not read, check and prepare the file
    /// again, but a file edited while the server runs is read again at the next page (a
    /// `stat`, no more, when it is unchanged).
    func prepared(id: String, version: String?) throws(PageError) -> PreparedFramework {
        try frameworks.prepared(id: id, version: version, library: library)
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
