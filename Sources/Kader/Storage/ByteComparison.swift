extension UnsafeBufferPointer where Element == UInt8 {
    /// Whether `other` holds the same bytes. A plain loop: the library's generic
    /// `elementsEqual` walks two iterators, and every key and option id a response names is
    /// compared this way.
    func sameBytes(as other: UnsafeBufferPointer<UInt8>) -> Bool {
        guard count == other.count else { return false }
        var offset = 0
        while offset < count {
            if self[offset] != other[offset] { return false }
            offset += 1
        }
        return true
    }
}
