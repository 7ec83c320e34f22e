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
            let framework = try options.loadFramework(reference).framework
            let runner = FrameworkTestRunner(frameworkFile: framework)
            if framework.tests.isEmpty {
                try Console.out("\(framework.id): " + (nl ? "geen testgevallen\n" : "no test cases\n"))
            }
            for outcome in runner.run() {
                if outcome.passed {
                    passed += 1
                    try Console.out("PASS \(framework.id)/\(outcome.testID)\n")
                    continue
                }
                failed += 1
                try Console.out("FAIL \(framework.id)/\(outcome.testID)  (\(outcome.location))\n")
                if outcome.loadProblems.hasErrors {
                    try Console.out(DiagnosticFormatter(language: language).format(outcome.loadProblems, sources: []) + "\n")
                }
                for failure in outcome.failures {
                    try Console.out("  \(failure.location): \(failure.subject)\n")
                    try Console.out("    - \(nl ? "verwacht" : "expected"): \(failure.expected)\n")
                    try Console.out("    + \(nl ? "gekregen" : "actual"):  \(failure.actual)\n")
                }
            }
        }
        try Console.out("\(passed) passed, \(failed) failed\n")
        if failed > 0 { throw ExitCode(ExitStatus.problems) }
    }
}
