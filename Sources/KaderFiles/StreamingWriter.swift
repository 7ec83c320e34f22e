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
        written += pending.count
        pending.removeAll(keepingCapacity: true)
        startWriteBack()
    }

    /// Every few megabytes, asks the system to start writing what it holds to disk, without
    /// waiting: a batch writes hundreds of megabytes, and otherwise all of it goes out in
    /// ``finish()``'s sync, after the scoring, instead of while the scoring runs.
    private func startWriteBack() {
        guard written - writtenBack >= Self.writeBackStep, let startWriting = fileSystem.startWriting else { return }
        _ = startWriting(handle.fileDescriptor, Int64(writtenBack), Int64(written - writtenBack), fileSystem.writeWithoutWaiting)
        writtenBack = written
    }

    private static let writeBackStep = 8 << 20
    /// Bytes written so far, and how many of them the system was asked to write back.
    private var written = 0
    private var writtenBack = 0

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

/// Linux's `sync_file_range`, which starts writing a range of a file to disk without waiting
/// for it (`SYNC_FILE_RANGE_WRITE`). Not in Swift's view of Glibc (it needs `_GNU_SOURCE`), so
/// found by name; absent elsewhere, where the final sync does all the work.
private let fileSystem: (startWriting: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32)?, writeWithoutWaiting: UInt32) = {
    #if os(Linux)
    guard let symbol = dlsym(nil, "sync_file_range") else { return (nil, 0) }
    return (unsafeBitCast(symbol, to: (@convention(c) (Int32, Int64, Int64, UInt32) -> Int32).self), 2)
    #else
    return (nil, 0)
    #endif
}()
