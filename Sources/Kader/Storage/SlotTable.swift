/// A fixed-size table of values for one evaluation, one per question or per domain.
///
/// The engine reads these tables hundreds of times per response. Kept as arrays in the
/// evaluation state (a class), every read and write paid for Swift's run-time exclusivity
/// check; a table owns its memory directly, so a read is a load. Positions are checked.
final class SlotTable<Element> {
    private let storage: UnsafeMutableBufferPointer<Element>

    /// A table of `count` copies of `value`.
    init(repeating value: Element, count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: value)
    }

    /// A table holding `elements`.
    init(_ elements: [Element]) {
        storage = .allocate(capacity: elements.count)
        _ = storage.initialize(fromContentsOf: elements)
    }

    deinit {
        // Plain values need no clean-up; skipping it spares a walk over the table through the
        // element type's generic code (a class's deinit is never specialised).
        if !_isPOD(Element.self) { storage.deinitialize() }
        storage.deallocate()
    }

    /// The number of positions.
    var count: Int { storage.count }

    subscript(position: Int) -> Element {
        get {
            precondition(position >= 0 && position < storage.count, "slot \(position) outside a table of \(storage.count)")
            return storage[position]
        }
        set {
            precondition(position >= 0 && position < storage.count, "slot \(position) outside a table of \(storage.count)")
            storage[position] = newValue
        }
    }

    /// Puts `value` at `position` and returns what was there, moved rather than copied.
    func exchange(_ position: Int, with value: Element) -> Element {
        precondition(position >= 0 && position < storage.count, "slot \(position) outside a table of \(storage.count)")
        var value = value
        swap(&storage[position], &value)
        return value
    }

    /// The values, in order.
    var elements: [Element] { Array(storage) }
}
