import Foundation
import Kader
import KaderFiles

/// A framework ready to score: the framework and its engine (which prepares its tables once).
struct PreparedFramework: Sendable {
    let framework: Framework
    let engine: Engine
}

/// The prepared frameworks by `id@version`, shared by every request, each with the stamp of
/// its file when it was read: a changed file (edited, replaced, removed) is read again, and
/// one that no longer loads is a page that says what is wrong in it.
final class FrameworkShelf: @unchecked Sendable {
    private struct Entry {
        let prepared: PreparedFramework
        let path: String?
        let stamp: FileStamp?
    }

    private let lock = NSLock()
    private var shelf: [String: Entry] = [:]

    /// Framework `id` at `version` when the library still holds that version, else the current one.
    func prepared(id: String, version: String?, library: FrameworkLibrary) throws(PageError) -> PreparedFramework {
        let key = id + "@" + (version ?? "")
        if let entry = value(for: key), entry.path.map(FileStamp.of) == entry.stamp { return entry.prepared }
        let path = library.path(forID: id, version: version)
        // Stamped before reading, so that a file changed while it is read is read again next time.
        let stamp = path.flatMap(FileStamp.of)
        let framework: Framework
        do {
            framework = try library.framework(id: id, version: version).framework
        } catch  where error.kind == .frameworkInvalid {
            throw Self.broken(id, error.diagnostics.sorted.filter { $0.severity == .error })
        } catch {
            throw PageError(
                .notFound,
                Message(
                    nl: "Het kader '\(id)' is niet (meer) te vinden of laadt niet.",
                    en: "The framework '\(id)' cannot be found (any more) or does not load."))
        }
        let prepared = PreparedFramework(framework: framework, engine: Engine(framework: framework))
        store(Entry(prepared: prepared, path: path, stamp: stamp), for: key)
        return prepared
    }

    private func value(for key: String) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        return shelf[key]
    }

    private func store(_ entry: Entry, for key: String) {
        lock.lock()
        shelf[key] = entry
        lock.unlock()
    }

    /// A framework file changed on disk and now has errors: where, what, and that the answers are kept.
    static func broken(_ id: String, _ errors: [Diagnostic]) -> PageError {
        let shown = errors.prefix(3).map { error in
            Message(
                nl: (error.location.map { "\($0.description): " } ?? "") + error.message.nl,
                en: (error.location.map { "\($0.description): " } ?? "") + error.message.en)
        }
        // Not the server failing but a file the person can repair: 503 until it loads again, never a 500.
        var error = PageError(
            .serviceUnavailable,
            Message(
                nl: "Het kaderbestand van '\(id)' is gewijzigd en laadt nu niet: " + shown.map(\.nl).joined(separator: "; ")
                    + ". Uw antwoorden zijn bewaard. Herstel het bestand (de startpagina toont wat er mis is) en laad deze pagina opnieuw.",
                en: "The framework file of '\(id)' was changed and does not load now: " + shown.map(\.en).joined(separator: "; ")
                    + ". Your answers are kept. Repair the file (the start page shows what is wrong) and reload this page."))
        error.heading = Message(nl: "Het kader laadt niet", en: "The framework does not load")
        return error
    }
}
