/// Question id → position, for finding a response's answers.
///
/// Swift's `Dictionary` hashes a `String` with SipHash, which costs more than everything else an
/// answer lookup does; ids are short and come from the framework, so a small open-addressing
/// table with a hash of the id's length and outer bytes does the same job at a fraction of the
/// cost. Not a defence against crafted collisions: the keys are fixed when the framework loads,
/// and a response's ids are only looked up, never inserted.
///
/// The response loader keeps answers under the framework's own strings for their ids, so most
/// lookups are of a string this table holds itself. Those are found first by the two words the
/// string is made of (its storage and length, or its bytes when it is short) without reading its
/// text: strings with the same two words are the same string, and the framework's strings stay
/// alive as long as the table does, so their storage cannot be reused by another. Any other
/// string is found by its text.
///
/// A class over memory of its own, like ``SlotTable``: every answer of every response is looked
/// up here, and reading a key out of an array held by a struct counted a reference each time.
final class IDTable: @unchecked Sendable {
    // Written only while the table is made and read-only afterwards, so it may be shared.
    private let keys: UnsafeMutableBufferPointer<String?>
    private let identities: UnsafeMutableBufferPointer<Identity>
    /// Per bucket: the position of the id in ``keys``, and of the id in ``identities`` (-1: an
    /// empty bucket).
    private let positions: UnsafeMutableBufferPointer<Int>
    private let identityPositions: UnsafeMutableBufferPointer<Int>
    private let mask: Int

    /// The two words of a `String`.
    private struct Identity: Equatable {
        var low: UInt64
        var high: UInt64

        init(low: UInt64, high: UInt64) {
            self.low = low
            self.high = high
        }

        init(_ id: String) {
            (low, high) = unsafeBitCast(id, to: (UInt64, UInt64).self)
        }
    }

    /// A table of `ids` → their position; the first of duplicate ids wins.
    init(_ ids: [String]) {
        precondition(MemoryLayout<String>.size == MemoryLayout<(UInt64, UInt64)>.size, "a String is two words")
        var capacity = 8
        while capacity < ids.count * 2 { capacity *= 2 }
        mask = capacity - 1
        keys = .allocate(capacity: capacity)
        keys.initialize(repeating: nil)
        identities = .allocate(capacity: capacity)
        identities.initialize(repeating: Identity(low: 0, high: 0))
        positions = .allocate(capacity: capacity)
        positions.initialize(repeating: 0)
        identityPositions = .allocate(capacity: capacity)
        identityPositions.initialize(repeating: -1)
        for (position, id) in ids.enumerated() {
            var bucket = Self.hash(id) & mask
            while let key = keys[bucket] {
                if key == id { break }
                bucket = (bucket + 1) & mask
            }
            guard keys[bucket] == nil else { continue }
            keys[bucket] = id
            positions[bucket] = position
            let identity = Identity(id)
            var slot = Self.hash(identity) & mask
            while identityPositions[slot] >= 0 { slot = (slot + 1) & mask }
            identities[slot] = identity
            identityPositions[slot] = position
        }
    }

    deinit {
        keys.deinitialize()
        keys.deallocate()
        identities.deallocate()
        positions.deallocate()
        identityPositions.deallocate()
    }

    /// The position of `id`, if it is in the table.
    subscript(id: String) -> Int? {
        let identity = Identity(id)
        var slot = Self.hash(identity) & mask
        while identityPositions[slot] >= 0 {
            if identities[slot] == identity { return identityPositions[slot] }
            slot = (slot + 1) & mask
        }
        var bucket = Self.hash(id) & mask
        // Compared where they lie: copying a key out counted a reference to it.
        while keys[bucket] != nil {
            if keys[bucket] == id { return positions[bucket] }
            bucket = (bucket + 1) & mask
        }
        return nil
    }

    /// The position of the id whose UTF-8 is `bytes`: a response's key read as bytes, found
    /// without making a string of it.
    subscript(bytes bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var bucket = Self.hash(bytes) & mask
        while keys[bucket] != nil {
            let key = keys[bucket]?.utf8
            let equal = key?.withContiguousStorageIfAvailable { $0.sameBytes(as: bytes) } ?? key?.elementsEqual(bytes)
            if equal == true { return positions[bucket] }
            bucket = (bucket + 1) & mask
        }
        return nil
    }

    private static func hash(_ identity: Identity) -> Int {
        let mixed = (identity.low ^ (identity.high &* 0x9E37_79B9_7F4A_7C15)) &* 0xC2B2_AE3D_27D4_EB4F
        return Int(truncatingIfNeeded: mixed ^ (mixed >> 29))
    }

    /// The length and the first and last eight bytes of an id: they tell a framework's ids apart
    /// (a collision only costs a comparison).
    private static func hash(_ id: String) -> Int {
        if let hash = id.utf8.withContiguousStorageIfAvailable(hash) { return hash }
        return Array(id.utf8).withUnsafeBufferPointer(hash)
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        var hash = UInt64(truncatingIfNeeded: count) &* 0x9E37_79B9_7F4A_7C15
        if count >= 8, let base = bytes.baseAddress.map(UnsafeRawPointer.init) {
            hash ^= base.loadUnaligned(as: UInt64.self) &* 0xC2B2_AE3D_27D4_EB4F
            hash = (hash ^ (hash >> 29)) &* 0x1656_67B1_9E37_79F9
            hash ^= base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) &* 0x27D4_EB2F_1656_67C5
        } else {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 32))
    }
}
