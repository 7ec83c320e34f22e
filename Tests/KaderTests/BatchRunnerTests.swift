import Foundation
import Kader
import KaderFiles
import KaderTestSupport
import XCTest

/// An umbrella organisation scores a folder of answer files: every file is handed out once, in
/// input order, with the same result on one thread as on several, broken files reported and the
/// rest scored, across many chunks (scored while the previous chunk is handed out).
final class BatchRunnerTests: XCTestCase {
    func testFilesComeOutInOrderWithTheSameResultsOnOneThreadAndOnSeveral() throws {
        let framework = try XCTUnwrap(try FrameworkLibrary().load(path: Fixtures.root + "/Frameworks/moskeeonderwijs.yaml").get().value)
        let examples = FileReader.yamlFiles(in: Fixtures.root + "/Examples/moskeeonderwijs")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kader-batch-\(getpid())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var paths: [String] = []
        var broken: Set<Int> = []
        for index in 0..<23 {
            let path = directory + String(format: "/antwoord-%02d.yaml", index)
            if index == 5 || index == 17 {
                try "kader: moskeeonderwijs\nantwoorden: [\n".write(toFile: path, atomically: true, encoding: .utf8)
                broken.insert(index)
            } else {
                try FileManager.default.copyItem(atPath: examples[index % examples.count], toPath: path)
            }
            paths.append(path)
        }
        var runner = BatchRunner(framework: framework)
        runner.chunkSize = 4
        func run(threads: Int) -> (lines: [String], counts: (scored: Int, failed: Int)) {
            var lines: [String] = []
            var next = 0
            let counts = runner.run(
                paths: paths, concurrency: threads,
                prepare: { _, outcome -> String in
                    switch outcome {
                    case .scored(let result): String(decoding: ResultJSON.line(result, language: .en), as: UTF8.self)
                    case .failed(let diagnostics, _): "failed: " + (diagnostics.errors.first?.code.rawValue ?? "")
                    }
                },
                emit: { index, path, line in
                    XCTAssertEqual(index, next, "handed out out of order")
                    XCTAssertEqual(path, paths[index])
                    next += 1
                    lines.append(line)
                })
            XCTAssertEqual(next, paths.count, "every file handed out once")
            return (lines, counts)
        }
        let one = run(threads: 1)
        let two = run(threads: 2)
        XCTAssertEqual(one.lines, two.lines)
        XCTAssertEqual(two.counts.scored, paths.count - broken.count)
        XCTAssertEqual(two.counts.failed, broken.count)
        for index in broken { XCTAssertTrue(two.lines[index].hasPrefix("failed"), two.lines[index]) }
        XCTAssertTrue(two.lines[0].hasPrefix("{\"kader_result\""))
    }

    /// Writing the results fails half-way (a full disk): the batch stops there, scores no more
    /// than it may hold, and the error comes back to the caller.
    func testAFailingWriteStopsTheBatch() throws {
        var (runner, paths) = try manyCopies(200)
        runner.chunkSize = 8
        let log = Tally()
        struct DiskFull: Error {}
        XCTAssertThrowsError(
            try runner.run(
                paths: paths, concurrency: 2,
                prepare: { _, _ in log.prepared() },
                emit: { index, _, _ throws(DiskFull) in
                    if index == 10 { throw DiskFull() }
                })
        ) { XCTAssertTrue($0 is DiskFull) }
        let preparedWhenStopped = log.count
        XCTAssertLessThanOrEqual(preparedWhenStopped, 11 + 2 * runner.chunkSize, "workers ran on past what may be held")
        Thread.sleep(forTimeInterval: 0.05)
        XCTAssertEqual(log.count, preparedWhenStopped, "a worker went on after the batch returned")
    }

    /// Workers never run further ahead of the results handed out than the runner may hold, so a
    /// slow results file keeps memory flat.
    func testWorkersStayWithinWhatMayBeHeld() throws {
        var (runner, paths) = try manyCopies(120)
        runner.chunkSize = 8
        let log = Tally()
        var furthestAhead = 0
        runner.run(
            paths: paths, concurrency: 2,
            prepare: { _, _ in log.prepared() },
            emit: { index, _, _ in
                if index % 10 == 0 { Thread.sleep(forTimeInterval: 0.002) }
                furthestAhead = max(furthestAhead, log.count - index)
            })
        XCTAssertEqual(log.count, paths.count)
        XCTAssertLessThanOrEqual(furthestAhead, 2 * runner.chunkSize)
        XCTAssertGreaterThan(furthestAhead, 1, "the workers never ran ahead: nothing was scored in parallel with writing")
    }

    /// `--jobs 1000000` starts no more threads than ``BatchRunner/mostThreads``: each would have
    /// a stack of its own.
    func testAHugeNumberOfThreadsAskedForIsCapped() throws {
        let (runner, paths) = try manyCopies(300)
        let threads = Tally()
        let counts = runner.run(
            paths: paths, concurrency: 1_000_000, prepare: { _, _ in threads.saw(pthread_self()) }, emit: { _, _, _ in })
        XCTAssertEqual(counts.scored, paths.count)
        XCTAssertLessThanOrEqual(threads.distinct, BatchRunner.mostThreads)
        XCTAssertGreaterThanOrEqual(threads.distinct, 1)
    }

    private func manyCopies(_ count: Int) throws -> (BatchRunner, [String]) {
        let framework = try XCTUnwrap(try FrameworkLibrary().load(path: Fixtures.root + "/Frameworks/moskeeonderwijs.yaml").get().value)
        let example = try XCTUnwrap(FileReader.yamlFiles(in: Fixtures.root + "/Examples/moskeeonderwijs").first)
        return (BatchRunner(framework: framework), Array(repeating: example, count: count))
    }
}

/// How many outcomes the workers have prepared, and on how many threads, counted across threads.
private final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var total = 0

    func prepared() {
        lock.lock()
        total += 1
        lock.unlock()
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return total
    }

    private var threads: Set<UInt> = []

    func saw(_ thread: pthread_t) {
        lock.lock()
        threads.insert(UInt(thread))
        lock.unlock()
    }

    var distinct: Int {
        lock.lock()
        defer { lock.unlock() }
        return threads.count
    }
}
