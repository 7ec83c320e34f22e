import Foundation
import Kader

/// Finds frameworks by id or path: `--frameworks DIR`, then `KADER_FRAMEWORKS`, then
/// `Frameworks/` beside the installed executable or the package it was built in, then
/// `Frameworks/` in the current directory.
public struct FrameworkLibrary {
    /// The directories searched, in order.
    public let directories: [String]
    /// The loader used.
    public let loader: FrameworkLoader

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
        var seen: Set<String> = []
        self.directories = directories.filter { FileReader.isDirectory($0) && seen.insert(($0 as NSString).standardizingPath).inserted }
        self.loader = loader
    }

    /// `Frameworks/` next to the executable, in `../share/kader/`, or in a package root above it
    /// (so `.build/debug/kader` finds the repository's frameworks).
    static func besideExecutable() -> [String] {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        var found = [directory.appendingPathComponent("Frameworks").path,
                     directory.deletingLastPathComponent().appendingPathComponent("share/kader/Frameworks").path]
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

    /// The path for an id or path: an existing file is itself; an id is `<id>.yaml` in a library
    /// directory, or a file whose `id:` matches.
    public func path(for reference: String) -> String? {
        if FileManager.default.fileExists(atPath: reference), !FileReader.isDirectory(reference) { return reference }
        for directory in directories {
            for name in [reference + ".yaml", reference + ".yml"] {
                let candidate = (directory as NSString).appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: candidate) { return candidate }
            }
        }
        for file in files() {
            if case .success(let bytes) = FileReader.read(file),
               let root = YAMLReader().read(bytes: bytes, name: file).root, root["id"]?.scalar == reference {
                return file
            }
        }
        return nil
    }

    /// The file of framework `id` at `version`, when the library holds that version (older
    /// versions can sit beside the current one as `<id>-<version>.yaml`); otherwise the current one.
    public func path(for id: String, version: String?) -> String? {
        if let version {
            for file in directories.flatMap(FileReader.yamlFiles) {
                if case .success(let bytes) = FileReader.read(file), let root = YAMLReader().read(bytes: bytes, name: file).root,
                   root["id"]?.scalar == id, root["version"]?.scalar == version {
                    return file
                }
            }
        }
        return path(for: id)
    }

    /// The ids of all frameworks found, for "did you mean".
    public func knownIDs() -> [String] {
        files().map { (($0 as NSString).lastPathComponent as NSString).deletingPathExtension }
    }

    /// Loads the framework at `path`.
    public func load(path: String) -> Result<Loaded<Framework>, FileReader.Failure> {
        FileReader.read(path).map { loader.load(bytes: $0, name: path) }
    }
}
