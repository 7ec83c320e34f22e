import Foundation
import Kader

/// Writes files so that a crash, a kill, a full disk or a file-size limit never leaves half a
/// file: the text goes to a temporary file beside the target, which is flushed to disk and then
/// renamed over the target; the directory is flushed too, so that the rename itself survives a
/// power cut (as git and SQLite do). On any error the temporary file is removed and an existing
/// target is left as it was.
///
/// A target that is not a regular file is never renamed over: standard output, a terminal,
/// `/dev/null` or a FIFO with a reader is written through; other special files are refused
/// (see ``OutputTarget``). A process that wants a file-size limit (`ulimit -f`) reported rather
/// than be killed by it ignores `SIGXFSZ`; the CLI does.
public enum AtomicWriter {
    /// Why a write failed.
    public struct Failure: Error, Sendable {
        /// What went wrong.
        public var message: Message
        /// How to fix it, when there is more to say than the message.
        public var fix: Message?

        /// Creates a failure.
        public init(message: Message, fix: Message? = nil) {
            self.message = message
            self.fix = fix
        }
    }

    /// Writes `text` to `path`; refuses to replace an existing file unless `overwrite`.
    public static func write(_ text: String, to path: String, overwrite: Bool) -> Result<Void, Failure> {
        write(Array(text.utf8), to: path, overwrite: overwrite)
    }

    /// Writes `bytes` to `path`; refuses to replace an existing file unless `overwrite`.
    public static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) -> Result<Void, Failure> {
        let existing: mode_t?
        switch OutputTarget.resolve(path) {
        case .failure(let failure): return .failure(failure)
        case .success(.through(let descriptor, let owned)):
            defer { if owned { close(descriptor) } }
            if let error = Descriptor.writeAll(descriptor, bytes) { return .failure(writeFailure(path, error)) }
            return .success(())
        case .success(.file(let mode)): existing = mode
        }
        if !overwrite, existing != nil { return .failure(exists(path)) }
        let temporary = temporaryPath(for: path)
        let descriptor: Int32
        switch createTemporary(temporary, mode: existing) {
        case .failure(let failure): return .failure(failure)
        case .success(let opened): descriptor = opened
        }
        var error = Descriptor.writeAll(descriptor, bytes)
        if error == nil, fsync(descriptor) != 0 { error = Errno(errno) }
        if close(descriptor) != 0, error == nil { error = Errno(errno) }
        if let error {
            unlink(temporary)
            return .failure(writeFailure(path, error))
        }
        return moveIntoPlace(temporary, path)
    }

    /// Creates the temporary file, exclusively; one left by an earlier run of this process id
    /// (a crash, then the id reused) is replaced.
    static func createTemporary(_ temporary: String, mode: mode_t?) -> Result<Int32, Failure> {
        var descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        if descriptor < 0, errno == EEXIST {
            unlink(temporary)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        }
        guard descriptor >= 0 else {
            let error = Errno(errno)
            let directory = Paths.directory(of: temporary)
            return .failure(
                Failure(
                    message: Message(
                        nl: "kan niet schrijven in \(directory): \(error.text)",
                        en: "cannot write in \(directory): \(error.text)")))
        }
        // A replaced file keeps its permissions (a response someone made private stays private).
        if let mode { fchmod(descriptor, mode) }
        return .success(descriptor)
    }

    /// Renames the flushed temporary file over `path` and flushes the directory.
    static func moveIntoPlace(_ temporary: String, _ path: String) -> Result<Void, Failure> {
        guard rename(temporary, path) == 0 else {
            let error = Errno(errno)
            unlink(temporary)
            return .failure(
                Failure(
                    message: Message(
                        nl: "kan \(path) niet vervangen: \(error.text)",
                        en: "cannot replace \(path): \(error.text)")))
        }
        let folder = open(Paths.directory(of: path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            // Some file systems cannot sync a directory (EINVAL); the file itself is on disk.
            fsync(folder)
            close(folder)
        }
        return .success(())
    }

    /// The temporary file beside `path`: hidden, named for the target and this process.
    static func temporaryPath(for path: String) -> String {
        Paths.directory(of: path) + "/." + (path as NSString).lastPathComponent + ".\(getpid()).tmp"
    }

    /// Removes temporary files beside `path` left by a process that no longer runs (killed in
    /// the middle of a save). `kader fill` calls this when it starts.
    public static func removeStaleTemporaries(besides path: String) {
        let name = (path as NSString).lastPathComponent
        let folder = Paths.directory(of: path)
        let prefix = "." + name + "."
        let items = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for item in items where item.hasPrefix(prefix) && item.hasSuffix(".tmp") {
            let middle = item.dropFirst(prefix.count).dropLast(4)
            guard let pid = Int32(middle), pid > 0 else { continue }
            let running = pid != getpid() && (kill(pid, 0) == 0 || errno == EPERM)
            if !running { unlink(folder + "/" + item) }
        }
    }

    static func exists(_ path: String) -> Failure {
        Failure(
            message: Message(
                nl: "\(path) bestaat al; gebruik --force om het te vervangen",
                en: "\(path) already exists; use --force to replace it"))
    }

    /// A write that failed: a full disk, a file-size limit, a closed pipe.
    static func writeFailure(_ path: String, _ error: Errno) -> Failure {
        let fix: Message? =
            switch error.code {
            case ENOSPC, EDQUOT:
                Message(
                    nl: "maak ruimte vrij op de schijf; een bestaand bestand is niet veranderd",
                    en: "free space on the disk; an existing file was left unchanged")
            case EFBIG:
                Message(
                    nl: "de limiet op bestandsgrootte (ulimit -f) is bereikt; een bestaand bestand is niet veranderd",
                    en: "the file-size limit (ulimit -f) was reached; an existing file was left unchanged")
            default: nil
            }
        return Failure(
            message: Message(nl: "kan \(path) niet schrijven: \(error.text)", en: "cannot write \(path): \(error.text)"),
            fix: fix)
    }
}

/// Writing to a file descriptor without Foundation's `FileHandle`, whose non-throwing methods
/// trap on a full disk or a closed pipe.
public enum Descriptor {
    /// Writes all of `bytes`, retrying after interruptions; the error that stopped it, if any.
    public static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Errno? {
        bytes.withUnsafeBufferPointer { writeAll(descriptor, $0) }
    }

    /// Writes all of `buffer`, retrying after interruptions; the error that stopped it, if any.
    public static func writeAll(_ descriptor: Int32, _ buffer: UnsafeBufferPointer<UInt8>) -> Errno? {
        guard var next = buffer.baseAddress else { return nil }
        var left = buffer.count
        while left > 0 {
            let written = Glibc.write(descriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                return Errno(errno)
            }
            next += written
            left -= written
        }
        return nil
    }
}
