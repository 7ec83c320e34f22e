import Foundation
import Kader

/// Where an output path leads, decided before anything is written: a regular file (or none yet)
/// is replaced atomically; a few special files are written through, because that is what the
/// person meant (`--output /dev/stdout`, a terminal, `/dev/null`, a FIFO someone reads); every
/// other special file is refused. Renaming a regular file over a device node, as a plain
/// rename does, would destroy the node.
enum OutputTarget {
    /// A regular file (with its permissions), or nothing yet (nil): written beside it and
    /// renamed over it.
    case file(existing: mode_t?)
    /// Written through: standard output or error (when `path` is the same file), a terminal,
    /// the null device or a FIFO with a reader. The descriptor is open for writing; the caller
    /// closes it unless it is the process's own standard output or error.
    case through(descriptor: Int32, owned: Bool)

    /// The target for `path`, or why it is refused.
    static func resolve(_ path: String) -> Result<OutputTarget, AtomicWriter.Failure> {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            if code == ENOENT { return .success(.file(existing: nil)) }
            return .failure(failure(path, Errno(code)))
        }
        let kind = FileKind(mode: info.st_mode)
        switch kind {
        case .regular:
            // `--output /dev/stdout > report.txt` names the shell's file: write into it as it is open.
            if let stream = [STDOUT_FILENO, STDERR_FILENO].first(where: { same(info, descriptor: $0) }) {
                return .success(.through(descriptor: stream, owned: false))
            }
            return .success(.file(existing: info.st_mode & 0o7777))
        case .missing, .directory:
            return .failure(refused(path, kind))
        case .fifo, .characterDevice:
            if let stream = [STDOUT_FILENO, STDERR_FILENO].first(where: { same(info, descriptor: $0) }) {
                return .success(.through(descriptor: stream, owned: false))
            }
            return openThrough(path, kind: kind, info: info)
        case .blockDevice, .socket:
            return .failure(refused(path, kind))
        }
    }

    /// Opens a FIFO (only when someone reads it: otherwise the open would wait forever), a
    /// terminal or the null device for writing; refuses other devices.
    private static func openThrough(_ path: String, kind: FileKind, info: stat) -> Result<OutputTarget, AtomicWriter.Failure> {
        if kind == .characterDevice {
            var null = stat()
            let isNull = stat("/dev/null", &null) == 0 && null.st_rdev == info.st_rdev && FileKind(mode: null.st_mode) == .characterDevice
            let descriptor = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK)
            guard descriptor >= 0 else { return .failure(failure(path, Errno(errno))) }
            guard isNull || isatty(descriptor) == 1 else {
                close(descriptor)
                return .failure(refused(path, kind))
            }
            blocking(descriptor)
            return .success(.through(descriptor: descriptor, owned: true))
        }
        let descriptor = open(path, O_WRONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENXIO {
                return .failure(
                    AtomicWriter.Failure(
                        message: Message(
                            nl: "niemand leest de named pipe \(path); start eerst de lezer",
                            en: "nobody reads the named pipe \(path); start its reader first")))
            }
            return .failure(failure(path, Errno(code)))
        }
        blocking(descriptor)
        return .success(.through(descriptor: descriptor, owned: true))
    }

    private static func blocking(_ descriptor: Int32) {
        let flags = fcntl(descriptor, F_GETFL)
        if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
    }

    private static func same(_ info: stat, descriptor: Int32) -> Bool {
        var other = stat()
        return fstat(descriptor, &other) == 0 && other.st_dev == info.st_dev && other.st_ino == info.st_ino
    }

    private static func refused(_ path: String, _ kind: FileKind) -> AtomicWriter.Failure {
        AtomicWriter.Failure(
            message: Message(
                nl: "\(path) is \(kind.name.nl), geen gewoon bestand; Kader schrijft daar niet overheen",
                en: "\(path) is \(kind.name.en), not a regular file; Kader does not write over it"),
            fix: Message(
                nl: "kies een bestandsnaam, of laat --output weg om naar de standaarduitvoer te schrijven",
                en: "choose a file name, or leave out --output to write to standard output"))
    }

    private static func failure(_ path: String, _ error: Errno) -> AtomicWriter.Failure {
        AtomicWriter.Failure(
            message: Message(
                nl: "kan niet schrijven naar \(path): \(error.text)",
                en: "cannot write to \(path): \(error.text)"))
    }
}
