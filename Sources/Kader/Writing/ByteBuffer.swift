/// A growable run of UTF-8 bytes for writers on a hot path: JSON lines, `because` texts.
///
/// An append is a capacity check and a copy. `[UInt8]` also checks that it is the only owner of
/// its storage on every append, and for a 40 KB JSON line written a few bytes at a time that cost
/// more than deciding what to write. A class with private fields, so that the optimiser sees
/// every access and drops the run-time exclusivity checks a shared class's fields would get.
final class ByteBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private var used = 0
    private var capacity: Int

    /// An empty buffer with room for `capacity` bytes before it grows.
    init(capacity: Int = 1_024) {
        self.capacity = max(16, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The number of bytes written.
    var count: Int { used }

    /// Room for `extra` more bytes; returns where they go. Write them, then ``advance(by:)``.
    @inline(__always)
    func reserve(_ extra: Int) -> UnsafeMutablePointer<UInt8> {
        if capacity - used < extra { grow(to: used + extra) }
        return base + used
    }

    /// Counts `written` bytes put where ``reserve(_:)`` said.
    @inline(__always)
    func advance(by written: Int) { used += written }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        bigger.update(from: base, count: used)
        base.deallocate()
        base = bigger
        capacity = newCapacity
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1).pointee = byte
        used += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let start = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count).update(from: start, count: bytes.count)
        used += bytes.count
    }

    func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends text written in the program.
    func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// Appends the UTF-8 bytes of `text`, read in place.
    func append(_ text: String) {
        text.withUTF8Bytes { append($0) }
    }

    /// The bytes written, as an array.
    var bytes: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: used) { buffer, initialized in
            if let target = buffer.baseAddress { target.update(from: base, count: used) }
            initialized = used
        }
    }

    /// The bytes written, as a string (repairing invalid UTF-8, which no writer produces).
    var string: String {
        String(decoding: UnsafeBufferPointer(start: base, count: used), as: UTF8.self)
    }
}

extension String {
    /// Calls `body` with the string's UTF-8 bytes: in place for a native string, from a
    /// contiguous copy otherwise (a bridged one).
    func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
