import Foundation
import Kader
import KaderFiles

#if canImport(Glibc)
    import Glibc
#endif

/// The benchmark run as a child process: one piece of work alone, measured from outside.
enum Child {
    /// `memory-child FRAMEWORK DIRECTORY COUNT`: the peak memory of one batch; it ends the process.
    static func memory() -> Never {
        // memory-child FRAMEWORK DIRECTORY COUNT: runs the batch over the first COUNT files with all
        // cores and prints the peak resident memory in KiB.
        let framework = loadFramework(CommandLine.arguments[2])
        let directory = CommandLine.arguments[3]
        let count = Int(CommandLine.arguments[4]) ?? 0
        let paths = FileReader.yamlFiles(in: directory).prefix(count).map { $0 }
        let failed = runBatch(
            BatchRunner(framework: framework), paths: paths, concurrency: ProcessInfo.processInfo.activeProcessorCount,
            output: directory + "/../memory-\(count).jsonl",
            frameworkText: String(decoding: readBytes(CommandLine.arguments[2]), as: UTF8.self))
        guard failed == 0, paths.count == count else { fail("memory-child: \(failed) failed of \(paths.count)") }
        print(peakMemoryKiB())
        exit(0)
    }

    /// `profile …`: one piece of work alone, to run under a profiler or to time; it ends the process.
    static func profile() -> Never {
        // profile load FILE | profile generated | profile evaluate FRAMEWORK-FILE RESPONSE-FILE COUNT
        // | profile explain FRAMEWORK-FILE RESPONSE-FILE COUNT | profile batch COUNT [compact|full|parse] (parse: libyaml alone)
        // | profile write COUNT: one piece of work alone, to run under
        // `valgrind --tool=callgrind` or to time.
        let arguments = Array(CommandLine.arguments.dropFirst(2))
        switch arguments[0] {
        case "load" where arguments.count == 2:
            _ = FrameworkLoader().load(bytes: readBytes(arguments[1]), name: arguments[1])
        case "generated":
            _ = FrameworkLoader().load(text: Generate.framework(), name: "gegenereerd.yaml")
        case "evaluate" where arguments.count == 4 || arguments.count == 5:
            // `figures` as a fifth argument: with the detail `kader aggregate` asks for.
            let detail: ResultDetail = arguments.count == 5 && arguments[4] == "figures" ? .figures : .full
            let framework = loadFramework(arguments[1])
            guard let response = ResponseLoader().load(bytes: readBytes(arguments[2]), name: arguments[2], framework: framework).value
            else {
                fail("response does not load")
            }
            let engine = Engine(framework: framework)
            for _ in 0..<(Int(arguments[3]) ?? 1) { _ = engine.evaluate(response, detail: detail) }
        case "explain" where arguments.count == 4:
            let framework = loadFramework(arguments[1])
            guard let response = ResponseLoader().load(bytes: readBytes(arguments[2]), name: arguments[2], framework: framework).value
            else {
                fail("response does not load")
            }
            let explainer = Explainer(framework: framework)
            for _ in 0..<(Int(arguments[3]) ?? 1) { _ = explainer.explain(response, target: .summary) }
        case "evaluate-generated" where arguments.count == 2:
            guard let framework = FrameworkLoader().load(text: Generate.framework(), name: "gegenereerd.yaml").value,
                let response = ResponseLoader().load(
                    text: Generate.response(for: framework, template: nil, index: 1, seed: 11),
                    name: "r.yaml", framework: framework
                ).value
            else { fail("generated input does not load") }
            let engine = Engine(framework: framework)
            for _ in 0..<(Int(arguments[1]) ?? 1) { _ = engine.evaluate(response) }
        case "batch" where arguments.count == 2 || arguments.count == 3:
            let framework = loadFramework(packageRoot + "/Frameworks/moskeeonderwijs.yaml")
            let templates = FileReader.yamlFiles(in: packageRoot + "/Examples/moskeeonderwijs").compactMap {
                ResponseLoader().load(bytes: readBytes($0), name: $0, framework: framework).value
            }
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kader-profile-\(getpid())").path
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let paths = (0..<(Int(arguments[1]) ?? 100)).map { index -> String in
                let path = directory + String(format: "/antwoord-%05d.yaml", index + 1)
                try? Generate.response(for: framework, template: templates[index % templates.count], index: index, seed: 42)
                    .write(toFile: path, atomically: false, encoding: .utf8)
                return path
            }
            if arguments.count == 3, arguments[2] == "parse" {
                // The floor alone: each file read and parsed by libyaml, building nothing.
                for path in paths { _ = LibYAML.parse(readBytes(path)) }
            } else {
                runBatch(
                    BatchRunner(framework: framework), paths: paths, concurrency: 1, output: directory + "/results.jsonl",
                    form: arguments.count == 3 ? ResultsForm(rawValue: arguments[2]) ?? .compact : .compact,
                    frameworkText: String(decoding: readBytes(packageRoot + "/Frameworks/moskeeonderwijs.yaml"), as: UTF8.self))
            }
            try? FileManager.default.removeItem(atPath: directory)
        case "batch-scaling" where arguments.count == 2:
            // How the batch scales from one thread to all, taken apart: scoring only, scoring and
            // JSON lines without writing them, and the whole path with the file.
            let framework = loadFramework(packageRoot + "/Frameworks/moskeeonderwijs.yaml")
            let templates = FileReader.yamlFiles(in: packageRoot + "/Examples/moskeeonderwijs").compactMap {
                ResponseLoader().load(bytes: readBytes($0), name: $0, framework: framework).value
            }
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kader-scaling-\(getpid())").path
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let paths = (0..<(Int(arguments[1]) ?? 2_000)).map { index -> String in
                let path = directory + String(format: "/antwoord-%05d.yaml", index + 1)
                try? Generate.response(for: framework, template: templates[index % templates.count], index: index, seed: 42)
                    .write(toFile: path, atomically: false, encoding: .utf8)
                return path
            }
            let runner = BatchRunner(framework: framework)
            func compare(_ name: String, _ body: (Int) -> Void) {
                let one = seconds { body(1) }
                let all = seconds { body(ProcessInfo.processInfo.activeProcessorCount) }
                log(
                    "\(name): 1 thread \(Format.duration(one)), "
                        + "\(ProcessInfo.processInfo.activeProcessorCount) threads \(Format.duration(all)), "
                        + "speedup \(Format.ratio(one / all))"
                )
            }
            compare("score only") { threads in runner.run(paths: paths, concurrency: threads, prepare: { _, _ in 0 }, emit: { _, _, _ in })
            }
            compare("score + JSON line, not written") { threads in
                runner.run(
                    paths: paths, concurrency: threads,
                    prepare: { _, outcome -> Int in
                        guard case .scored(let result) = outcome else { return 0 }
                        return ResultJSON.line(result, language: .nl).count
                    }, emit: { _, _, _ in })
            }
            compare("whole batch, written") { threads in
                runBatch(runner, paths: paths, concurrency: threads, output: directory + "/results.jsonl")
            }
            // The same scoring with a framework loaded once per thread: nothing shared between them.
            let own = (0..<2).map { _ in BatchRunner(framework: loadFramework(packageRoot + "/Frameworks/moskeeonderwijs.yaml")) }
            let halves = [Array(paths[..<(paths.count / 2)]), Array(paths[(paths.count / 2)...])]
            let shared = seconds {
                DispatchQueue.concurrentPerform(iterations: 2) { worker in
                    runner.run(paths: halves[worker], concurrency: 1, prepare: { _, _ in 0 }, emit: { _, _, _ in })
                }
            }
            let separate = seconds {
                DispatchQueue.concurrentPerform(iterations: 2) { worker in
                    own[worker].run(paths: halves[worker], concurrency: 1, prepare: { _, _ in 0 }, emit: { _, _, _ in })
                }
            }
            log(
                "score only, 2 threads: one shared framework \(Format.duration(shared)), "
                    + "a framework per thread \(Format.duration(separate))")
            try? FileManager.default.removeItem(atPath: directory)
        case "scale" where arguments.count == 2:
            // How each phase of the batch scales from one thread to all: load, evaluate, JSON.
            let framework = loadFramework(packageRoot + "/Frameworks/moskeeonderwijs.yaml")
            let templates = FileReader.yamlFiles(in: packageRoot + "/Examples/moskeeonderwijs").compactMap {
                ResponseLoader().load(bytes: readBytes($0), name: $0, framework: framework).value
            }
            let count = Int(arguments[1]) ?? 1_000
            let texts = (0..<count).map {
                Array(Generate.response(for: framework, template: templates[$0 % templates.count], index: $0, seed: 42).utf8)
            }
            let engine = Engine(framework: framework)
            let responses = texts.map { ResponseLoader().load(bytes: $0, name: "r.yaml", framework: framework).value! }
            let results = responses.map { engine.evaluate($0) }
            func phase(_ name: String, _ body: @escaping @Sendable (Int) -> Void) {
                let one = seconds { for i in 0..<count { body(i) } }
                let all = seconds {
                    DispatchQueue.concurrentPerform(iterations: 2) { worker in
                        var i = worker
                        while i < count {
                            body(i)
                            i += 2
                        }
                    }
                }
                log("\(name): 1 thread \(Format.duration(one)), 2 threads \(Format.duration(all)), speedup \(Format.ratio(one / all))")
            }
            phase("libyaml") { _ = LibYAML.parse(texts[$0]) }
            phase("yaml read") { _ = YAMLReader().read(bytes: texts[$0], name: "r.yaml") }
            phase("load+check") { _ = ResponseLoader().load(bytes: texts[$0], name: "r.yaml", framework: framework) }
            phase("evaluate") { _ = engine.evaluate(responses[$0]) }
            phase("encode") { _ = ResultJSON.encode(results[$0], language: .nl) }
            phase("JSON line") { _ = ResultJSON.line(results[$0], language: .nl) }
        case "write" where arguments.count == 2:
            // What writing the results file alone costs on this machine: N lines of 40 KB (the size
            // of a result line) through the batch's writer, synced at the end, three times.
            let line = [UInt8](repeating: UInt8(ascii: "x"), count: 40_000)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("kader-write-\(getpid()).jsonl").path
            for _ in 0..<3 {
                let time = seconds {
                    guard let writer = try? StreamingWriter(path: path, overwrite: true) else { fail("cannot write") }
                    for _ in 0..<(Int(arguments[1]) ?? 1_000) { writer.write(line: line) }
                    do { try writer.finish() } catch { fail("cannot finish") }
                }
                log("write \(arguments[1]) lines of 40 KB: \(Format.duration(time))")
            }
            try? FileManager.default.removeItem(atPath: path)
        default:
            fail("unknown profile target")
        }
        exit(0)
    }
}
