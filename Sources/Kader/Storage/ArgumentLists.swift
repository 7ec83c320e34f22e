/// Lists for the arguments of function calls, reused for a whole evaluation.
///
/// A response runs a hundred calls (`answered(q)`, `coalesce(score.x, 0)`, ...), and a new list
/// for each call's arguments was a quarter of an evaluation's allocations. A call takes a list
/// from here and gives it back emptied afterwards; a nested call takes another. A function that
/// keeps its arguments keeps a copy of its own: the list given back is then a new one.
///
/// The spare lists sit in memory of their own rather than in an array: changing an array held
/// by a class is checked for overlapping access at run time, and that check cost more than an
/// allocation.
final class ArgumentLists {
    private static let kept = 16
    private let spare = UnsafeMutablePointer<[Value]>.allocate(capacity: ArgumentLists.kept)
    private var count = 0

    deinit {
        spare.deinitialize(count: count)
        spare.deallocate()
    }

    /// An empty list with room for `room` values.
    func take(room: Int) -> [Value] {
        guard count > 0 else { return Array(unsafeUninitializedCapacity: max(room, 4)) { _, initialized in initialized = 0 } }
        count -= 1
        var list = (spare + count).move()
        list.reserveCapacity(room)
        return list
    }

    /// Gives `list` back for the next call.
    func give(_ list: consuming [Value]) {
        guard count < Self.kept else { return }
        var emptied = consume list
        // One at a time: a call has a few arguments, and `removeAll(keepingCapacity:)` costs
        // more than the loop.
        while !emptied.isEmpty { emptied.removeLast() }
        (spare + count).initialize(to: emptied)
        count += 1
    }
}
