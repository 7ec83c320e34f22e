/// Question id → position, for looking up a response's answers.
///
/// Swift's `Dictionary` hashes a `String` with SipHash, which costs more than everything else an
/// answer lookup does; ids are short and come from the framework, so a small open-addressing
/// table with FNV-1a over the id's bytes does the same job at a fraction of the cost. Not a
/// defence against crafted collisions: the keys are fixed when the framework loads, and a
/// response's ids are only looked up, never inserted.
struct IDTable: Sendable {
    private var keys: [String?]
    private var values: [Int]
    private let mask: Int

    /// A table of `ids` → their position; the first of duplicate ids wins.
    init(_ ids: [String]) {
        var capacity = 8
        while capacity < ids.count * 2 { capacity *= 2 }
        keys = Array(repeating: nil, count: capacity)
        values = Array(repeating: 0, count: capacity)
        mask = capacity - 1
        for (position, id) in ids.enumerated() {
            var bucket = Self.hash(id) & mask
            while let key = keys[bucket] {
                if key == id { break }
                bucket = (bucket + 1) & mask
            }
            if keys[bucket] == nil {
                keys[bucket] = id
                values[bucket] = position
            }
        }
    }

    /// The position of `id`, if it is in the table.
    subscript(id: String) -> Int? {
        var bucket = Self.hash(id) & mask
        while let key = keys[bucket] {
            if key == id { return values[bucket] }
            bucket = (bucket + 1) & mask
        }
        return nil
    }

    private static func hash(_ id: String) -> Int {
        // Over the bytes in place: walking `utf8` one element at a time cost more than hashing.
        var id = id
        return id.withUTF8 { bytes in
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01b3
            }
            return Int(truncatingIfNeeded: hash ^ (hash >> 29))
        }
    }
}
