import Foundation
import Kader

/// Writes a file line by line without holding it in memory, and still atomically: lines go to
/// a temporary file beside the target, which replaces the target only when ``finish()`` runs.
/// A target that is not a regular file is written through or refused, as ``AtomicWriter`` does.
public final class StreamingWriter {
    private let path: String
    /// The temporary file, or nil when writing through to standard output, a FIFO or a device.
    private let temporary: String?
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var pending: [UInt8] = []
    /// The first write error, reported by ``finish()``.
    private var failure: Errno?

    /// Opens a writer for `path`; refuses an existing file unless `overwrite`.
    public init(path: String, overwrite: Bool) throws(AtomicWriter.Failure) {
        self.path = path
        switch OutputTarget.resolve(path) {
        case .failure(let failure): throw failure
        case .success(.through(let descriptor, let owned)):
            temporary = nil
            self.descriptor = descriptor
            ownsDescriptor = owned
        case .success(.file(let existing)):
            if !overwrite, existing != nil { throw AtomicWriter.exists(path) }
            let temporary = AtomicWriter.temporaryPath(for: path)
            self.temporary = temporary
            descriptor = try AtomicWriter.createTemporary(temporary, mode: existing).get()
            ownsDescriptor = true
        }
    }

    /// A writer dropped without ``finish()`` (the command failed on the way) leaves nothing.
    deinit {
        guard !finished else { return }
        if ownsDescriptor { close(descriptor) }
        if let temporary { unlink(temporary) }
    }

    private var finished = false

    /// True once a write has failed (a full disk, say); ``finish()`` reports it.
    public var hasFailed: Bool { failure != nil }

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
        guard temporary != nil, written - writtenBack >= Self.writeBackStep, let startWriting = fileSystem.startWriting else { return }
        _ = startWriting(descriptor, Int64(writtenBack), Int64(written - writtenBack), fileSystem.writeWithoutWaiting)
        writtenBack = written
    }

    private static let writeBackStep = 8 << 20
    /// Bytes written so far, and how many of them the system was asked to write back.
    private var written = 0
    private var writtenBack = 0

    /// Writes all of `bytes`, remembering the first error (a full disk, say) for ``finish()``
    /// rather than stopping the batch mid-line.
    private func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil else { return }
        failure = Descriptor.writeAll(descriptor, bytes)
    }

    /// Flushes, closes and moves the file into place; on any error the temporary file is removed
    /// and an existing file is left as it was.
    public func finish() throws(AtomicWriter.Failure) {
        guard !finished else { return }
        flush()
        finished = true
        guard let temporary else {
            if ownsDescriptor { close(descriptor) }
            if let failure { throw AtomicWriter.writeFailure(path, failure) }
            return
        }
        if failure == nil, fsync(descriptor) != 0 { failure = Errno(errno) }
        if close(descriptor) != 0, failure == nil { failure = Errno(errno) }
        if let failure {
            unlink(temporary)
            throw AtomicWriter.writeFailure(path, failure)
        }
        try AtomicWriter.moveIntoPlace(temporary, path).get()
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
