import Dispatch
import Foundation
import Kader
import KaderFiles

/// What the batch writes per result: the compact line `kader aggregate --results FILE.jsonl`
/// writes by default (after its header), or the full result of `--results-form full`.
enum ResultsForm: String {
    case compact
    case full
}

/// How long the last batch's ``StreamingWriter/finish()`` took: the final sync of the results
/// file to disk, which no number of cores shortens.
nonisolated(unsafe) var lastFinish = 0.0
/// How long the last batch run with a `floor` spent in it (to be taken out of its own time).
nonisolated(unsafe) var lastFloor = 0.0

/// The batch as `kader aggregate --results` runs it: read, check and evaluate through
/// ``BatchRunner``, each result encoded as one line on the worker threads, and written in input
/// order through ``StreamingWriter``, after the header the compact form has. Returns how many
/// failed.
///
/// With `floor`, the files are scored in `slices` parts, each right after `floor` has parsed the
/// same part with libyaml alone, so that the batch and its floor see the machine at the same
/// moment: its speed drifts within seconds (the floor alone took 350-590 ms per 10,000 files in
/// runs minutes apart, and 2-3.5× apart from the batch within one run when each was timed as a
/// whole). The time spent in `floor` is left in ``lastFloor``.
@discardableResult
func runBatch(
    _ runner: BatchRunner, paths: [String], concurrency: Int, output: String, form: ResultsForm = .compact,
    frameworkText: String = "", floor: ((Range<Int>) -> Void)? = nil, slices: Int = 20
) -> Int {
    // As `kader aggregate` does: the reasons are kept only when full results are written.
    var runner = runner
    runner.detail = form == .full ? .full : .figures
    let writer: StreamingWriter
    do { writer = try StreamingWriter(path: output, overwrite: true) } catch { fail("cannot write \(output)") }
    if form == .compact { writer.write(line: ResultLine.header(framework: runner.framework, sha256: SHA256.hex(frameworkText.utf8))) }
    let prepare = { @Sendable (path: String, outcome: BatchRunner.Outcome) -> [UInt8]? in
        guard case .scored(let result) = outcome else { return nil }
        switch form {
        case .compact: return ResultLine.line(result, file: path)
        case .full: return ResultJSON.line(result, language: .nl)
        }
    }
    var failed = 0
    lastFloor = 0
    let size = floor == nil ? max(1, paths.count) : max(1, (paths.count + slices - 1) / slices)
    for start in stride(from: 0, to: paths.count, by: size) {
        let part = start..<min(paths.count, start + size)
        if let floor { lastFloor += seconds { floor(part) } }
        failed +=
            runner.run(paths: Array(paths[part]), concurrency: concurrency, prepare: prepare) { _, _, line in
                if let line { writer.write(line: line) }
            }.failed
    }
    let finishing = now()
    do { try writer.finish() } catch { fail("cannot finish \(output)") }
    lastFinish = Double(now() - finishing) / 1e9
    return failed
}

/// One way of running the batch, timed on one core and on all: its results file's form and
/// where that file lives (on disk, or on tmpfs, which has no disk to sync to).
struct BatchSetting {
    var name: String
    var form: ResultsForm
    var output: String
    var single: [Double] = []
    /// libyaml alone on the same bytes, measured part by part alongside each one-core run
    /// (``runBatch(_:paths:concurrency:output:form:frameworkText:floor:slices:)``).
    var floors: [Double] = []
    /// All cores, part by part after libyaml alone on one core (`allFloors`), as `single` is.
    var all: [Double] = []
    var allFloors: [Double] = []
    /// libyaml's own speed-up on all cores, on the same parts at the same moments.
    var machine: [Double] = []
    var finish: [Double] = []
    var fileSize = 0

    init(name: String, form: ResultsForm, output: String) {
        self.name = name
        self.form = form
        self.output = output
    }

    /// One round: the batch on one core, part by part after libyaml alone on the same part
    /// (`floor`), then on all cores part by part after the same floor and after libyaml alone on
    /// all cores (`floorAll`).
    mutating func measure(
        _ runner: BatchRunner, paths: [String], cores: Int, frameworkText: String,
        floor: @escaping (Range<Int>) -> Void, floorAll: @escaping (Range<Int>) -> Void
    ) {
        let (form, output) = (self.form, self.output)
        let both = seconds {
            runBatch(runner, paths: paths, concurrency: 1, output: output, form: form, frameworkText: frameworkText, floor: floor)
        }
        floors.append(lastFloor)
        single.append(both - lastFloor)
        // For the speed-up, each all-core part is set against libyaml on one core at the same
        // moment, as the one-core parts are, so that the machine's drift between the two runs
        // falls out; libyaml on all cores beside it shows what the machine gave at that moment.
        var (oneCore, allCores) = (0.0, 0.0)
        let alongside = seconds {
            runBatch(runner, paths: paths, concurrency: cores, output: output, form: form, frameworkText: frameworkText) { part in
                oneCore += seconds { floor(part) }
                allCores += seconds { floorAll(part) }
            }
        }
        all.append(alongside - lastFloor)
        finish.append(lastFinish)
        allFloors.append(oneCore)
        machine.append(oneCore / allCores)
        fileSize = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
    }

    /// Its rows in the table: one core against the floor, all cores against one, the final sync.
    func report(into table: inout Table, batchSize: Int, cores: Int, targets: Bool) {
        let (one, many) = (Sample(single).median, Sample(all).median)
        let perResponse = { (total: Double) in Format.duration(total / Double(batchSize)) }
        // Each round's run against libyaml alone on the same parts at the same moments; the median of those ratios.
        let ratios = Sample(zip(single, floors).map { $0 / $1 })
        let range = ratioRange(ratios)
        table.add(
            "batch of \(batchSize), \(name), 1 core", value: "\(Format.duration(one)) (\(perResponse(one))/response)",
            floor: Format.duration(Sample(floors).median), ratio: Format.ratio(ratios.median) + range,
            target: targets ? "≤ 3×" : "", pass: targets ? ratios.median <= 3 : nil)
        // Per round: the one-core run against its floor, over the all-core run against its own.
        let speedups = Sample(
            all.indices.map { round in (single[round] / floors[round]) / (all[round] / allFloors[round]) })
        let machineGave = Sample(machine)
        table.add(
            "  the same, all \(cores) cores", value: "\(Format.duration(many)) (\(perResponse(many))/response)",
            floor: "1 core: " + Format.duration(one), ratio: Format.ratio(speedups.median) + " faster" + ratioRange(speedups),
            target: targets ? (cores == 2 ? "≥ 1.7× on 2 cores" : "≥ 1.7× (set for 2 cores)") : "",
            pass: targets ? speedups.median >= 1.7 : nil)
        table.add(
            "    libyaml alone on all \(cores) cores at the same moments (what the machine gave)",
            value: Format.ratio(machineGave.median) + " faster" + ratioRange(machineGave),
            ratio: "batch/libyaml: " + Format.ratio(speedups.median / machineGave.median))
        let sync = Sample(finish).median
        table.add(
            "  of which the final sync of the results file (\(String(format: "%.1f", Double(fileSize) / 1_048_576)) MiB)",
            value: Format.duration(sync), floor: "batch: " + Format.duration(many),
            ratio: String(format: "%.0f%%", sync / many * 100))
    }

    /// The range of a sample of ratios, when it has more than one.
    private func ratioRange(_ sample: Sample) -> String {
        guard sample.values.count > 1, let lowest = sample.values.first, let highest = sample.values.last else { return "" }
        return " (\(Format.ratio(lowest))–\(Format.ratio(highest)))"
    }
}
