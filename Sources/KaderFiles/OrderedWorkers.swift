import Foundation

/// Runs `work` for every index of a batch on threads of its own and hands the results to the
/// calling thread in index order.
///
/// Each worker takes the next index as soon as it is free, so a large file, or a core shared
/// with the thread that writes the results, holds no one up. (The batch used to split fixed
/// chunks evenly between threads and wait for the slower one at the end of each chunk; on two
/// cores that lost a fifth of the second core.) Workers stay at most `window` indices ahead of
/// the results handed out, so memory stays flat however long the batch is.
final class OrderedWorkers<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private let work: @Sendable (Int) -> Value
    // Guarded by `condition`:
    private var slots: [Value?]
    /// The next index a worker takes.
    private var next = 0
    /// Indices below this one have been taken by the calling thread.
    private var handedOut = 0
    private var stopped = false
    private var running = 0
    private var waitingWorkers = 0
    private var callerWaits = false
    /// The index whose value the calling thread waits for.
    private var callerTarget = 0

    init(count: Int, window: Int, work: @escaping @Sendable (Int) -> Value) {
        self.count = count
        self.window = max(1, window)
        self.work = work
        slots = Array(repeating: nil, count: self.window)
    }

    /// Starts `threads` workers, calls `emit` with every index's value in order, and returns once
    /// the workers have ended. If `emit` throws, workers take no more indices, and the error is
    /// rethrown once those still working have finished.
    func run<Failure: Error>(threads: Int, emit: (_ index: Int, _ value: Value) throws(Failure) -> Void) throws(Failure) {
        condition.lock()
        running = threads
        condition.unlock()
        for _ in 0..<threads {
            let thread = Thread { self.workUntilDone() }
            // As much stack as the main thread has: a framework's expressions are evaluated recursively.
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer { stopAndJoin() }
        var index = 0
        var ready: [Value] = []
        ready.reserveCapacity(window)
        while index < count {
            // Sleep until half a window is ready (or the rest of the batch), not one value at a
            // time: waking this thread per value cost the workers a tenth of their time on two
            // cores. Then take every value ready in one hold of the lock and emit them outside it.
            condition.lock()
            callerTarget = min(count, index + max(1, window / 2)) - 1
            while !callerCanGoOn {
                callerWaits = true
                condition.wait()
            }
            callerWaits = false
            while index < count, let value = slots[index % window] {
                ready.append(value)
                slots[index % window] = nil
                index += 1
            }
            handedOut = index
            if waitingWorkers > 0 { condition.broadcast() }
            condition.unlock()
            let first = index - ready.count
            for (offset, value) in ready.enumerated() { try emit(first + offset, value) }
            ready.removeAll(keepingCapacity: true)
        }
    }

    private func workUntilDone() {
        condition.lock()
        while true {
            while !stopped, next < count, next - handedOut >= window {
                waitingWorkers += 1
                condition.wait()
                waitingWorkers -= 1
            }
            guard !stopped, next < count else { break }
            let index = next
            next += 1
            condition.unlock()
            let value = work(index)
            condition.lock()
            slots[index % window] = value
            if callerWaits, callerCanGoOn { condition.broadcast() }
        }
        running -= 1
        if running == 0 { condition.broadcast() }
        condition.unlock()
    }

    /// Whether the next value to hand out and the one the calling thread waits for are both
    /// ready (called with the lock held).
    private var callerCanGoOn: Bool { slots[handedOut % window] != nil && slots[callerTarget % window] != nil }

    private func stopAndJoin() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while running > 0 { condition.wait() }
        condition.unlock()
    }
}
