import Foundation
import Kader

/// Scores many response files against one framework, streaming: files are read, checked and
/// evaluated on worker threads, each taking the next file when it is free (`OrderedWorkers`),
/// and handed out in input order, at most ``chunkSize`` ahead, so memory stays flat however
/// many files there are. `kader aggregate` and the benchmark use this path.
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

    /// The most threads a batch starts, however many are asked for (`--jobs 1000000`): four per
    /// core, at least 8. Each has a stack of its own; more than a few per core only wait for one
    /// another.
    public static let mostThreads = max(8, ProcessInfo.processInfo.activeProcessorCount * 4)

    /// The framework every response is scored against.
    public let framework: Framework
    let engine: Engine
    /// The same framework by reference, handed to each file's reading (``SharedFramework``).
    private let shared: SharedFramework
    /// How many results may be held at a time when scoring on several threads: workers run at
    /// most this far ahead of the results handed out.
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
        let one = { @Sendable (index: Int) -> (scored: Bool, prepared: Prepared) in
            let outcome = score(path: paths[index])
            // Matched, not read through `result`: that would copy the result to compare it with nil.
            if case .scored = outcome { return (true, prepare(paths[index], outcome)) }
            return (false, prepare(paths[index], outcome))
        }
        func handOut(_ index: Int, _ done: (scored: Bool, prepared: Prepared)) throws(Failure) {
            if done.scored { scored += 1 } else { failed += 1 }
            try emit(index, paths[index], done.prepared)
        }
        guard concurrency > 1, paths.count > 1 else {
            for index in paths.indices { try handOut(index, one(index)) }
            return (scored, failed)
        }
        // The workers score and prepare while this thread hands the results out (writing a
        // results file is serial): at most `chunkSize` results are held at a time.
        try OrderedWorkers(count: paths.count, window: chunkSize, work: one)
            .run(threads: min(concurrency, paths.count, Self.mostThreads), emit: handOut)
        return (scored, failed)
    }
}
