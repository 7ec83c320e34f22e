import Dispatch
import Foundation
import Kader

/// Scores many response files against one framework, streaming: files are read, checked and
/// evaluated in chunks (in parallel within a chunk) and handed out in input order, so memory
/// stays flat however many files there are. `kader aggregate` and the benchmark use this path.
public struct BatchRunner: Sendable {
    /// One file's outcome.
    public enum Outcome: Sendable {
        /// Scored.
        case scored(AssessmentResult)
        /// Not scored: the problems, with the source for showing lines.
        case failed(DiagnosticList, SourceFile)

        /// The result, when scored.
        public var result: AssessmentResult? {
            if case .scored(let result) = self { return result }
            return nil
        }
    }

    /// The framework every response is scored against.
    public let framework: Framework
    let engine: Engine
    /// The same framework by reference, handed to each file's reading (``SharedFramework``).
    private let shared: SharedFramework
    /// Files read and scored together; results of one chunk are held at a time.
    public var chunkSize = 256
    /// How much of the reasoning each result keeps: ``ResultDetail/figures`` when only figures
    /// and ids are written or summed up.
    public var detail = ResultDetail.full

    /// Creates a runner.
    public init(framework: Framework) {
        self.framework = framework
        self.engine = Engine(framework: framework)
        shared = SharedFramework(framework)
    }

    /// Scores one file.
    public func score(path: String) -> Outcome {
        do throws(OpenFailure) {
            return .scored(engine.evaluate(try FrameworkLibrary.responseToScore(path: path, framework: shared), detail: detail))
        } catch {
            return score(.failure(error), name: path)
        }
    }

    /// Scores one response given as bytes.
    public func score(bytes: [UInt8], name: String) -> Outcome {
        let opened = Result { () throws(OpenFailure) in try FrameworkLibrary.openResponse(bytes: bytes, name: name, framework: framework) }
        return score(opened, name: name)
    }

    /// Scores a response already opened (as ``FrameworkLibrary/framework(forBatch:)`` opens the
    /// first ones), or turns why it could not be opened into the failure's diagnostics.
    public func score(_ opened: Result<OpenedResponse, OpenFailure>, name: String) -> Outcome {
        switch opened {
        case .success(let opened): .scored(engine.evaluate(opened.response, detail: detail))
        case .failure(let failure): .failed(failure.asDiagnostics(name: name), failure.sources.first ?? SourceFile(name: name, text: ""))
        }
    }

    /// Scores `paths` with up to `concurrency` threads, calling `emit` once per file in input
    /// order. Returns how many were scored and how many failed. An error `emit` throws (output
    /// that can no longer be written) stops the batch and is rethrown.
    @discardableResult
    public func run<Failure: Error>(
        paths: [String], concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
        emit: (_ index: Int, _ path: String, _ outcome: Outcome) throws(Failure) -> Void
    ) throws(Failure) -> (scored: Int, failed: Int) {
        try run(paths: paths, concurrency: concurrency, prepare: { _, outcome in outcome }, emit: emit)
    }

    /// Scores `paths` as ``run(paths:concurrency:emit:)`` does, and also runs `prepare` on each
    /// outcome on the worker threads (for example to encode its JSON line), so that only `emit`,
    /// in input order, runs on the calling thread. Work done in `emit` is not spread over cores.
    @discardableResult
    public func run<Prepared: Sendable, Failure: Error>(
        paths: [String], concurrency: Int = ProcessInfo.processInfo.activeProcessorCount,
        prepare: @escaping @Sendable (_ path: String, _ outcome: Outcome) -> Prepared,
        emit: (_ index: Int, _ path: String, _ prepared: Prepared) throws(Failure) -> Void
    ) throws(Failure) -> (scored: Int, failed: Int) {
        var scored = 0
        var failed = 0
        // Pipelined: while the calling thread hands out one chunk (writing a result file is
        // serial, and with fast scoring it became a third of the time), the next chunk is
        // already being scored. At most two chunks are held.
        var previous: (start: Int, paths: [String], outcomes: [(Bool, Prepared)])?
        var start = 0
        func handOut(_ done: (start: Int, paths: [String], outcomes: [(Bool, Prepared)])) throws(Failure) {
            for (offset, (wasScored, prepared)) in done.outcomes.enumerated() {
                if wasScored { scored += 1 } else { failed += 1 }
                try emit(done.start + offset, done.paths[offset], prepared)
            }
        }
        while start < paths.count {
            let chunk = Array(paths[start..<min(paths.count, start + chunkSize)])
            guard concurrency > 1, let waiting = previous else {
                // One thread, or nothing to hand out yet: score in place.
                if let waiting = previous { try handOut(waiting) }
                previous = (start, chunk, process(chunk, concurrency: concurrency, prepare: prepare))
                start += chunk.count
                continue
            }
            let next = Box<[(Bool, Prepared)]>()
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) { next.value = self.process(chunk, concurrency: concurrency, prepare: prepare) }
            do {
                try handOut(waiting)
            } catch {
                // The chunk being scored is dropped, but not left running behind the caller's back.
                group.wait()
                throw error
            }
            group.wait()
            previous = (start, chunk, next.value ?? [])
            start += chunk.count
        }
        if let waiting = previous { try handOut(waiting) }
        return (scored, failed)
    }

    private func process<Prepared: Sendable>(
        _ chunk: [String], concurrency: Int,
        prepare: @escaping @Sendable (String, Outcome) -> Prepared
    ) -> [(Bool, Prepared)] {
        let one = { @Sendable (path: String) -> (Bool, Prepared) in
            let outcome = score(path: path)
            if case .scored = outcome { return (true, prepare(path, outcome)) }
            return (false, prepare(path, outcome))
        }
        guard concurrency > 1, chunk.count > 1 else { return chunk.map(one) }
        let slots = Slots<(Bool, Prepared)>(count: chunk.count)
        let workers = min(concurrency, chunk.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var index = worker
            while index < chunk.count {
                slots.set(index, one(chunk[index]))
                index += workers
            }
        }
        return slots.values
    }
}

/// A value handed from a background task to the thread that waits for it (the wait orders the
/// write before the read).
private final class Box<Value>: @unchecked Sendable {
    var value: Value?
}

/// Result slots written by several threads, each slot by one thread only.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Value] { storage.compactMap { $0 } }
}
