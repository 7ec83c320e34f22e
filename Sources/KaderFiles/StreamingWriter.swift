import Foundation
import Kader

/// Writes a file line by line without holding it in memory, and still atomically: lines go to
/// a temporary file beside the target, which replaces the target only when ``finish()`` runs.
public final class StreamingWriter {
    private let path: String
    private let temporary: String
    private let handle: FileHandle
    private var pending: [UInt8] = []
    /// The first write error (errno), reported by ``finish()``.
    private var failure: Int32?

    /// Opens a writer for `path`; refuses an existing file unless `overwrite`.
    public init(path: String, overwrite: Bool) throws(AtomicWriter.Failure) {
        if !overwrite, FileManager.default.fileExists(atPath: path) {
            throw AtomicWriter.Failure(message: Message(nl: "\(path) bestaat al; gebruik --force om het te vervangen", en: "\(path) already exists; use --force to replace it"))
        }
        let directory = (path as NSString).deletingLastPathComponent
        temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
            throw AtomicWriter.Failure(message: Message(nl: "kan niet schrijven in \(directory.isEmpty ? "." : directory)", en: "cannot write in \(directory.isEmpty ? "." : directory)"))
        }
        self.path = path
        self.handle = handle
    }

    /// Appends one line.
    public func write(line: String) {
        var line = line
        line.withUTF8 { write(line: $0) }
    }

    /// Appends one line given as UTF-8 bytes.
    public func write(line: [UInt8]) {
        line.withUnsafeBufferPointer { write(line: $0) }
    }

    private func write(line: UnsafeBufferPointer<UInt8>) {
        pending.append(contentsOf: line)
        pending.append(0x0A)
        if pending.count > 1 << 16 { flush() }
    }

    private func flush() {
        pending.withUnsafeBufferPointer { put($0) }
        pending.removeAll(keepingCapacity: true)
    }

    /// Writes all of `bytes`, remembering the first error (a full disk, say) for ``finish()``
    /// rather than stopping the batch mid-line.
    private func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil, var next = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = Glibc.write(handle.fileDescriptor, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            next += written
            left -= written
        }
    }

    /// Flushes, closes and moves the file into place.
    public func finish() throws(AtomicWriter.Failure) {
        flush()
        try? handle.synchronize()
        try? handle.close()
        if let failure {
            unlink(temporary)
            let reason = String(cString: strerror(failure))
            throw AtomicWriter.Failure(message: Message(nl: "kan \(path) niet schrijven: \(reason)", en: "cannot write \(path): \(reason)"))
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw AtomicWriter.Failure(message: Message(nl: "kan \(path) niet vervangen", en: "cannot replace \(path)"))
        }
    }
}
