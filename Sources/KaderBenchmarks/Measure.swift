import CYaml
import Dispatch
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Nanoseconds on a monotonic clock.
@inline(__always) func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// Seconds taken by `body`.
@inline(__always) func seconds(_ body: () -> Void) -> Double {
    let start = now()
    body()
    return Double(now() - start) / 1e9
}

/// A set of timings: median and spread.
struct Sample {
    var values: [Double]
    init(_ values: [Double]) { self.values = values.sorted() }
    func quantile(_ q: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let position = q * Double(values.count - 1)
        let low = Int(position.rounded(.down))
        let high = min(values.count - 1, low + 1)
        return values[low] + (values[high] - values[low]) * (position - Double(low))
    }
    var median: Double { quantile(0.5) }
    var p10: Double { quantile(0.1) }
    var p90: Double { quantile(0.9) }
}

/// Runs `subject` and `floor` alternately, `rounds` times, so that a busy neighbour slows both
/// alike; gives the samples of each.
func alternate(rounds: Int, floor: () -> Void, subject: () -> Void) -> (floor: Sample, subject: Sample) {
    var f: [Double] = []
    var s: [Double] = []
    floor()
    subject()  // warm up caches and lazy initialisation
    for _ in 0..<rounds {
        f.append(seconds(floor))
        s.append(seconds(subject))
    }
    return (Sample(f), Sample(s))
}

/// libyaml's own event parser (the `CYaml` module Yams builds from libyaml's sources, the same
/// code Kader reads with): parses `bytes` to the end, building nothing. Returns the number of
/// events, or -1 on a parse error.
enum LibYAML {
    static func parse(_ bytes: [UInt8]) -> Int {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return -1 }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer -> Int in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            var count = 0
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return -1 }
                let done = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                count += 1
                if done { return count }
            }
        }
    }

    /// Parses every input on `threads` threads, each taking every `threads`-th input: shares
    /// nothing, so it shows how much faster the machine itself is on all its cores.
    static func parseOnAllCores(_ inputs: ArraySlice<[UInt8]>, threads: Int = ProcessInfo.processInfo.activeProcessorCount) {
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            var index = inputs.startIndex + worker
            while index < inputs.endIndex {
                _ = parse(inputs[index])
                index += threads
            }
        }
    }
}

/// Human-readable durations and sizes.
enum Format {
    static func duration(_ seconds: Double) -> String {
        if seconds.isNaN { return "—" }
        if seconds < 1e-3 { return String(format: "%.1f µs", seconds * 1e6) }
        if seconds < 1 { return String(format: "%.2f ms", seconds * 1e3) }
        return String(format: "%.2f s", seconds)
    }

    static func kibibytes(_ kb: Int) -> String { String(format: "%.1f MiB", Double(kb) / 1024) }

    static func ratio(_ value: Double) -> String { value.isFinite ? String(format: "%.2f×", value) : "—" }
}

/// The table the benchmark prints.
struct Table {
    struct Row {
        var name: String
        var value: String
        var floor: String
        var ratio: String
        var target: String
        var verdict: String
    }
    var rows: [Row] = []

    mutating func add(_ name: String, value: String, floor: String = "", ratio: String = "", target: String = "", pass: Bool? = nil) {
        rows.append(
            Row(
                name: name, value: value, floor: floor, ratio: ratio, target: target,
                verdict: pass.map { $0 ? "PASS" : "MISS" } ?? ""))
        if let line = rendered(rows.last!) { FileHandle.standardError.write(Data(("  " + line + "\n").utf8)) }
    }

    private func rendered(_ row: Row) -> String? {
        "\(row.name) | \(row.value) | \(row.floor) | \(row.ratio) | \(row.target) | \(row.verdict)"
    }

    /// A Markdown table, which reads as well in a terminal as in the README.
    var markdown: String {
        let header = Row(name: "measurement", value: "value", floor: "libyaml floor", ratio: "ratio", target: "target", verdict: "result")
        let all = [header] + rows
        func cells(_ row: Row) -> [String] { [row.name, row.value, row.floor, row.ratio, row.target, row.verdict] }
        var widths = Array(repeating: 0, count: 6)
        for row in all { for (i, cell) in cells(row).enumerated() { widths[i] = max(widths[i], cell.count) } }
        func line(_ row: Row) -> String {
            "| "
                + cells(row).enumerated().map { i, cell in cell.padding(toLength: widths[i], withPad: " ", startingAt: 0) }.joined(
                    separator: " | ") + " |"
        }
        let rule = "| " + widths.map { String(repeating: "-", count: $0) }.joined(separator: " | ") + " |"
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}

/// Peak resident memory of this process, in KiB (VmHWM).
func peakMemoryKiB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss)
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
    }
    return 0
}

/// Runs a program with its output thrown away and returns its exit status and the time it took.
func spawn(_ arguments: [String], directory: String? = nil, captureTo output: String? = nil) -> (status: Int32, seconds: Double) {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let previous = FileManager.default.currentDirectoryPath
    if let directory { _ = FileManager.default.changeCurrentDirectoryPath(directory) }
    defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
    let cArguments = arguments.map { strdup($0) } + [nil]
    defer { for pointer in cArguments { free(pointer) } }
    var pid: pid_t = 0
    let start = now()
    guard posix_spawn(&pid, arguments[0], &actions, nil, cArguments, environ) == 0 else { return (-1, 0) }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    let elapsed = Double(now() - start) / 1e9
    return ((status >> 8) & 0xFF, elapsed)
}

/// Times `body` once per call, cycling over `inputs`.
func perCall<T>(_ inputs: [T], calls: Int, _ body: (T) -> Void) -> Sample {
    for input in inputs { body(input) }
    var times: [Double] = []
    times.reserveCapacity(calls)
    for call in 0..<calls {
        let input = inputs[call % inputs.count]
        let start = now()
        body(input)
        times.append(Double(now() - start) / 1e9)
    }
    return Sample(times)
}

func spread(_ sample: Sample) -> String {
    "\(Format.duration(sample.median)) (p10–p90 \(Format.duration(sample.p10))–\(Format.duration(sample.p90)))"
}
