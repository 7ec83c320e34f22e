import Foundation
import Kader

/// Finds frameworks by id or path: `--frameworks DIR`, then `KADER_FRAMEWORKS`, then
/// `Frameworks/` beside the installed executable or the package it was built in, then
/// `Frameworks/` in the current directory.
///
/// Two ways in, on purpose: a framework the *user* names (a command-line argument,
/// `--framework`) may be a file path; a framework a *file* names (a response's or a mapping's
/// `framework:`) is an id and only ever looked up here, so that a file from someone else cannot
/// make Kader open `/etc/passwd` or `../secret.yaml`.
public struct FrameworkLibrary: Sendable {
    /// The directories searched, in order.
    public let directories: [String]
    /// The loader used.
    public let loader: FrameworkLoader
    /// Frameworks given directly (on the command line beside the responses, or uploaded),
    /// found by id before the directories.
    public private(set) var given: [FrameworkFile] = []
    /// Who reads the fixes of a framework not found or not named by id: the command line (the
    /// default) or a web page, where no file can be named.
    public var audience = FixAudience.commandLine
    private let cache = FrameworkCache()

    /// Creates a library searching `explicit` first (from `--frameworks`).
    public init(explicit: String? = nil, loader: FrameworkLoader = FrameworkLoader()) {
        var directories: [String] = []
        if let explicit { directories.append(explicit) }
        // getenv, not ProcessInfo's environment, which copies every variable into a dictionary.
        if let environment = getenv("KADER_FRAMEWORKS").map({ String(cString: $0) }), !environment.isEmpty {
            directories.append(contentsOf: environment.split(separator: ":").map(String.init))
        }
        directories.append(contentsOf: Self.besideExecutable())
        directories.append(FileManager.default.currentDirectoryPath + "/Frameworks")
        self.init(directories: directories, loader: loader)
    }

    /// Creates a library searching exactly `directories` (those that exist), in order: for a
    /// server with its own configuration.
    public init(directories: [String], loader: FrameworkLoader = FrameworkLoader()) {
        var seen: Set<String> = []
        self.directories = directories.filter { FileReader.isDirectory($0) && seen.insert(($0 as NSString).standardizingPath).inserted }
        self.loader = loader
    }

    /// This library with `file` found by its id before anything in the directories.
    public func adding(_ file: FrameworkFile) -> FrameworkLibrary {
        var library = self
        library.given.removeAll { $0.framework.id == file.framework.id }
        library.given.append(file)
        return library
    }

    /// `Frameworks/` next to the executable, in `../share/kader/`, or in a package root above it
    /// (so `.build/debug/kader` finds the repository's frameworks).
    static func besideExecutable() -> [String] {
        var directory = URL(fileURLWithPath: ExecutableLocation.path).deletingLastPathComponent()
        var found = [
            directory.appendingPathComponent("Frameworks").path,
            directory.deletingLastPathComponent().appendingPathComponent("share/kader/Frameworks").path
        ]
        for _ in 0..<6 {
            if FileManager.default.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                found.append(directory.appendingPathComponent("Frameworks").path)
                break
            }
            directory = directory.deletingLastPathComponent()
        }
        return found
    }

    /// Every framework file in the library, first directory wins for a file name.
    public func files() -> [String] {
        var seen: Set<String> = []
        return directories.flatMap(FileReader.yamlFiles).filter { seen.insert(($0 as NSString).lastPathComponent).inserted }
    }

    /// The path for a reference the user typed: an existing file is itself; otherwise it is an
    /// id, as in ``path(forID:version:)``.
    public func path(for reference: String) -> String? {
        switch FileKind.of(reference) {
        case .success(.missing), .success(.directory): return path(forID: reference)
        case .success, .failure: return reference
        }
    }

    /// The file of framework `id`, never a path: `<id>.yaml` in a library directory, or a file
    /// whose `id:` matches. With a `version`, the file of that version when the library holds it
    /// (older versions can sit beside the current one as `<id>-<version>.yaml`); otherwise the
    /// current one. Nil for anything that is not an id (`/etc/passwd`, `../x`).
    public func path(forID id: String, version: String? = nil) -> String? {
        guard ValueReader.isIdentifier(id) else { return nil }
        if let version {
            let every = directories.flatMap(FileReader.yamlFiles)
            if let file = firstFile(where: { $0["id"]?.scalar == id && $0["version"]?.scalar == version }, in: every) { return file }
        }
        for directory in directories {
            for name in [id + ".yaml", id + ".yml"] {
                let candidate = (directory as NSString).appendingPathComponent(name)
                if case .success(.regular) = FileKind.of(candidate) { return candidate }
            }
        }
        return firstFile(where: { $0["id"]?.scalar == id }, in: files())
    }

    private func firstFile(where matches: (YAMLNode) -> Bool, in files: [String]) -> String? {
        files.first { file in
            guard case .success(let bytes) = FileReader.read(file) else { return false }
            return YAMLReader().read(bytes: bytes, name: file).root.map(matches) ?? false
        }
    }

    /// The ids of all frameworks found, for "did you mean".
    public func knownIDs() -> [String] {
        given.map(\.framework.id) + files().map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
    }

    /// Loads the framework at `path` (a file read once is kept while it does not change).
    public func load(path: String) -> Result<Loaded<Framework>, FileReader.Failure> {
        // Stamped before reading, so that a file changed while it is read is read again next time.
        let stamp = FileStamp.of(path)
        if let stamp, let cached = cache.lookup(path, stamp: stamp) { return .success(cached) }
        return FileReader.read(path).map { bytes in
            let loaded = ResourceFiles.checked(loader.load(bytes: bytes, name: path), frameworkPath: path)
            if let stamp { cache.store(loaded, for: path, stamp: stamp) }
            return loaded
        }
    }
}

/// A framework read from a file: the framework, the file's text for showing lines, and the
/// warnings loading it gave.
public struct FrameworkFile: Sendable {
    /// The checked framework.
    public var framework: Framework
    /// The file's text.
    public var source: SourceFile
    /// Warnings (a framework with errors never becomes a ``FrameworkFile``).
    public var warnings: DiagnosticList

    /// Creates one from a load without errors.
    public init(framework: Framework, source: SourceFile, warnings: DiagnosticList) {
        self.framework = framework
        self.source = source
        self.warnings = warnings
    }
}

/// Frameworks loaded from files, kept while the file is unchanged (same inode, size and
/// modification time): `compare` and a server open many responses against a few frameworks.
private final class FrameworkCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (stamp: FileStamp, loaded: Loaded<Framework>)] = [:]

    func lookup(_ path: String, stamp: FileStamp) -> Loaded<Framework>? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[path], entry.stamp == stamp else { return nil }
        return entry.loaded
    }

    func store(_ loaded: Loaded<Framework>, for path: String, stamp: FileStamp) {
        lock.lock()
        entries[path] = (stamp, loaded)
        lock.unlock()
    }
}

/// What tells that a file changed: its inode, size and modification time (to the nanosecond).
/// A file replaced by an atomic write gets a new inode; one edited in place a new time.
public struct FileStamp: Sendable, Equatable {
    var inode: UInt64
    var size: Int64
    var seconds: Int
    var nanoseconds: Int

    /// The stamp of the file at `path` now; nil when it cannot be read (gone, no access).
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(
            inode: UInt64(info.st_ino), size: Int64(info.st_size), seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec)
    }
}
