import Foundation
import Kader

/// Reads files for Kader: regular files only, with a size limit checked before anything is read
/// into memory. `-` is standard input.
public enum FileReader {
    /// A file that could not be read: the message says why, in both languages.
    public struct Failure: Error, Sendable {
        public var message: Message
        public var path: String
    }

    /// The bytes of `path`, refusing files larger than `limit` bytes without reading them, and
    /// refusing at once anything that is not a regular file (a FIFO would block forever).
    public static func read(_ path: String, limit: Int = YAMLLimits.standard.maxBytes) -> Result<[UInt8], Failure> {
        if path == "-" { return readAll(STDIN_FILENO, path: path, limit: limit) }
        switch FileKind.of(path) {
        case .failure(let error):
            return .failure(unreadable(path, error))
        case .success(.missing):
            return .failure(Failure(message: Message(nl: "bestand niet gevonden: \(path)", en: "file not found: \(path)"), path: path))
        case .success(.directory):
            return .failure(
                Failure(message: Message(nl: "\(path) is een map, geen bestand", en: "\(path) is a directory, not a file"), path: path))
        case .success(.regular):
            break
        case .success(let kind):
            return .failure(notRegular(path, kind))
        }
        // Non-blocking, so that a FIFO put in the file's place since the check cannot block.
        // Without touching the access time where the file is ours: reading thousands of answer
        // files should not write to each one's inode (the owner alone may ask for that).
        var descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | noAccessTime)
        if descriptor < 0, errno == EPERM { descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard descriptor >= 0 else {
            return .failure(unreadable(path, Errno(errno)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, FileKind(mode: info.st_mode) == .regular else {
            return .failure(notRegular(path, FileKind(mode: info.st_mode)))
        }
        if Int(info.st_size) > limit { return .failure(tooLarge(path, limit)) }
        return readAll(descriptor, path: path, limit: limit, size: Int(info.st_size))
    }

    /// `O_NOATIME`, which Swift's Glibc module leaves out (it needs `_GNU_SOURCE`).
    #if os(Linux)
        private static let noAccessTime: Int32 = 0o1_000_000
    #else
        private static let noAccessTime: Int32 = 0
    #endif

    /// Reads until the end or one byte past `limit`, into a buffer of the size a regular file
    /// had when opened (`size`; batches read thousands of small files), grown if it is larger.
    private static func readAll(_ descriptor: Int32, path: String, limit: Int, size: Int? = nil) -> Result<[UInt8], Failure> {
        var bytes = [UInt8](repeating: 0, count: min(max(size ?? 64 * 1024, 0), limit) + 1)
        var count = 0
        while count <= limit {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - bytes.count))) }
            let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if read == 0 { break }
            if read < 0 {
                if errno == EINTR { continue }
                return .failure(unreadable(path, Errno(errno)))
            }
            count += read
            // A regular file's short read that reaches the size it had when opened is its end: a
            // batch reads thousands of small files, and asking again only to be told so was a
            // system call per file. Anything shorter (a network file system returning part)
            // reads on, and so does a pipe, whose reads stop at its buffer's size.
            if let size, count == size, count < bytes.count { break }
        }
        if count > limit { return .failure(tooLarge(path, limit)) }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }

    private static func notRegular(_ path: String, _ kind: FileKind) -> Failure {
        Failure(
            message: Message(
                nl: "\(path) is \(kind.name.nl), geen gewoon bestand; "
                    + "Kader leest alleen gewone bestanden (of - voor de standaardinvoer)",
                en: "\(path) is \(kind.name.en), not a regular file; "
                    + "Kader reads regular files only (or - for standard input)"),
            path: path)
    }

    private static func unreadable(_ path: String, _ error: Errno) -> Failure {
        let name = path == "-" ? Message(nl: "de standaardinvoer", en: "standard input") : Message(nl: path, en: path)
        return Failure(
            message: Message(nl: "kan \(name.nl) niet lezen: \(error.text)", en: "cannot read \(name.en): \(error.text)"),
            path: path)
    }

    private static func tooLarge(_ path: String, _ limit: Int) -> Failure {
        Failure(
            message: Message(
                nl: "\(path) is groter dan \(limit / 1024 / 1024) MiB; een kader of antwoord is nooit zo groot",
                en: "\(path) is larger than \(limit / 1024 / 1024) MiB; a framework or response is never this large"), path: path)
    }

    /// YAML files in a directory, sorted by name.
    public static func yamlFiles(in directory: String) -> [String] {
        let items = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return items.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map {
            (directory as NSString).appendingPathComponent($0)
        }
    }

    /// True when `path` is a directory.
    public static func isDirectory(_ path: String) -> Bool {
        if case .success(.directory) = FileKind.of(path) { return true }
        return false
    }
}
