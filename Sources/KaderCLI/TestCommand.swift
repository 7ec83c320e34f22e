import ArgumentParser
import Foundation
import Kader
import KaderFiles

/// `kader test FRAMEWORK...`: runs each framework's test cases like unit tests.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run a framework's test cases: example responses with expected scores, levels and advice.",
        discussion: "Exit codes: 0 all passed, 1 a test failed or a framework has errors, 2 usage or file error.")

    @OptionGroup var options: SharedOptions

    @Argument(help: "Framework ids or files (default: every framework found).")
    var frameworks: [String] = []

    func run() throws {
        let language = options.language
        let nl = language == .nl
        let references = frameworks.isEmpty ? options.library.files() : frameworks
        var passed = 0
        var failed = 0
        for reference in references {
            let (framework, _) = options.loadFramework(reference)
            let base = (framework.sourceName as NSString).deletingLastPathComponent
            let runner = FrameworkTestRunner(framework: framework) { path, framework in
                let full = path.hasPrefix("/") ? path : ((base.isEmpty ? "." : base) as NSString).appendingPathComponent(path)
                switch FileReader.read(full) {
                case .success(let bytes): return ResponseLoader().load(bytes: bytes, name: full, framework: framework)
                case .failure(let failure):
                    var list = DiagnosticList()
                    list.append(.error("file", failure.message, at: SourceLocation(file: full, line: 1, column: 1)))
                    return Loaded(value: nil, diagnostics: list, source: SourceFile(name: full, text: ""))
                }
            }
            if framework.tests.isEmpty {
                Console.out("\(framework.id): " + (nl ? "geen testgevallen\n" : "no test cases\n"))
            }
            for outcome in runner.run() {
                if outcome.passed {
                    passed += 1
                    Console.out("PASS \(framework.id)/\(outcome.testID)\n")
                    continue
                }
                failed += 1
                Console.out("FAIL \(framework.id)/\(outcome.testID)  (\(outcome.location))\n")
                if outcome.loadProblems.hasErrors {
                    Console.out(DiagnosticFormatter(language: language).format(outcome.loadProblems, sources: []) + "\n")
                }
                for failure in outcome.failures {
                    Console.out("  \(failure.location): \(failure.subject)\n")
                    Console.out("    - \(nl ? "verwacht" : "expected"): \(failure.expected)\n")
                    Console.out("    + \(nl ? "gekregen" : "actual"):  \(failure.actual)\n")
                }
            }
        }
        Console.out("\(passed) passed, \(failed) failed\n")
        if failed > 0 { throw ExitCode(ExitStatus.problems) }
    }
}
