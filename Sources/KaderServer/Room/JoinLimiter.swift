import Foundation

/// Limits wrong join codes per client address, so that nobody can try codes until one fits: each
/// address may get `allowance` codes wrong (or closed) in a row; after that one more try is allowed
/// every `interval` seconds. A right code does not count. Kept in memory for this one process
/// (docs/serve.md, Masterclass): a restart forgets it, and several processes behind a load
/// balancer each keep their own. With 2^30 codes and one try a minute after the first ten, finding
/// an open room by guessing takes on average thousands of years.
final class JoinLimiter: @unchecked Sendable {
    let allowance: Double
    let interval: Double
    private let lock = NSLock()
    private var buckets: [String: (tokens: Double, at: Double)] = [:]
    private let clock: @Sendable () -> Double

    /// A limiter; `clock` gives seconds (the tests pass their own).
    init(allowance: Int = 10, interval: Double = 60, clock: @escaping @Sendable () -> Double = { Date().timeIntervalSinceReferenceDate }) {
        self.allowance = Double(allowance)
        self.interval = interval
        self.clock = clock
    }

    /// True when `address` may try a code now.
    func allows(_ address: String) -> Bool {
        withBucket(address) { $0.tokens >= 1 }
    }

    /// Counts a wrong or closed code against `address`.
    func failed(_ address: String) {
        withBucket(address) { $0.tokens = max(0, $0.tokens - 1) }
    }

    /// Seconds until `address` may try again.
    func wait(for address: String) -> Int {
        withBucket(address) { Int(((1 - $0.tokens) * interval).rounded(.up)) }
    }

    private func withBucket<T>(_ address: String, _ body: (inout (tokens: Double, at: Double)) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        let now = clock()
        var bucket = buckets[address] ?? (allowance, now)
        bucket.tokens = min(allowance, bucket.tokens + (now - bucket.at) / interval)
        bucket.at = now
        let result = body(&bucket)
        if bucket.tokens >= allowance { buckets.removeValue(forKey: address) } else { buckets[address] = bucket }
        // A flood of addresses cannot grow the table without end: the oldest full-ish ones go first.
        if buckets.count > 100_000 { buckets = buckets.filter { now - $0.value.at < interval * allowance } }
        return result
    }
}
