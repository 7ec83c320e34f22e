import Foundation
import Kader

/// What a path names in the file system, as far as Kader cares: only regular files are read
/// and replaced. A FIFO would block a read forever, a device or a socket is not a document, and
/// renaming a file over a device node (as root) would destroy it.
public enum FileKind: Sendable, Equatable {
    /// Nothing is there.
    case missing
    /// A regular file (or a symbolic link to one).
    case regular
    /// A directory.
    case directory
    /// A named pipe.
    case fifo
    /// A character device (a terminal, `/dev/null`, `/dev/full`, …).
    case characterDevice
    /// A block device (a disk).
    case blockDevice
    /// A Unix socket.
    case socket

    /// The kind of `path`, following symbolic links; nil with the errno when it cannot be told
    /// (no permission on a directory above it, a loop of links).
    public static func of(_ path: String) -> Result<FileKind, Errno> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            return code == ENOENT ? .success(.missing) : .failure(Errno(code))
        }
        return .success(FileKind(mode: info.st_mode))
    }

    /// The kind from a `stat` mode.
    public init(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: self = .regular
        case S_IFDIR: self = .directory
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        default: self = .characterDevice
        }
    }

    /// "een map", "a directory": for messages that refuse it.
    public var name: Message {
        switch self {
        case .missing: Message(nl: "niets", en: "nothing")
        case .regular: Message(nl: "een gewoon bestand", en: "a regular file")
        case .directory: Message(nl: "een map", en: "a directory")
        case .fifo: Message(nl: "een named pipe (FIFO)", en: "a named pipe (FIFO)")
        case .characterDevice: Message(nl: "een apparaat", en: "a device")
        case .blockDevice: Message(nl: "een blokapparaat (schijf)", en: "a block device (a disk)")
        case .socket: Message(nl: "een socket", en: "a socket")
        }
    }
}

/// A system error number with its text.
public struct Errno: Error, Sendable, Equatable {
    /// The number (`ENOSPC`, `EPIPE`, …).
    public var code: Int32

    /// Wraps `code`.
    public init(_ code: Int32) { self.code = code }

    /// The system's text for it ("No space left on device").
    public var text: String { String(cString: strerror(code)) }
}

/// Paths as Kader uses them.
enum Paths {
    /// The directory a path is in; `.` for a bare file name.
    static func directory(of path: String) -> String {
        let directory = (path as NSString).deletingLastPathComponent
        return directory.isEmpty ? "." : directory
    }
}
