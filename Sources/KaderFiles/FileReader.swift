import Foundation
import Kader

/// Reads files for Kader with a size limit checked before anything is read into memory.
public enum FileReader {
    /// A file that could not be read: the message says why, in both languages.
    public struct Failure: Error, Sendable {
        public var message: Message
        public var path: String
    }

    /// The bytes of `path`, refusing files larger than `limit` bytes without reading them.
    public static func read(_ path: String, limit: Int = YAMLLimits.standard.maxBytes) -> Result<[UInt8], Failure> {
        if path == "-" {
            let data = FileHandle.standardInput.readData(ofLength: limit + 1)
            return data.count > limit ? .failure(tooLarge(path, limit)) : .success([UInt8](data))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(Failure(message: Message(nl: "bestand niet gevonden: \(path)", en: "file not found: \(path)"), path: path))
        }
        guard !isDirectory.boolValue else {
            return .failure(Failure(message: Message(nl: "\(path) is een map, geen bestand", en: "\(path) is a directory, not a file"), path: path))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(Failure(message: Message(nl: "kan \(path) niet lezen (rechten?)", en: "cannot read \(path) (permissions?)"), path: path))
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            return data.count > limit ? .failure(tooLarge(path, limit)) : .success([UInt8](data))
        } catch {
            return .failure(Failure(message: Message(nl: "kan \(path) niet lezen: \(error.localizedDescription)", en: "cannot read \(path): \(error.localizedDescription)"), path: path))
        }
    }

    private static func tooLarge(_ path: String, _ limit: Int) -> Failure {
        Failure(message: Message(nl: "\(path) is groter dan \(limit / 1024 / 1024) MiB; een kader of antwoord is nooit zo groot",
                                 en: "\(path) is larger than \(limit / 1024 / 1024) MiB; a framework or response is never this large"), path: path)
    }

    /// YAML files in a directory, sorted by name.
    public static func yamlFiles(in directory: String) -> [String] {
        let items = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return items.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { (directory as NSString).appendingPathComponent($0) }
    }

    /// True when `path` is a directory.
    public static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
