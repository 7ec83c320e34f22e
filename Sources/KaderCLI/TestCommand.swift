import ArgumentParser
import Foundation
import Kader
import KaderFiles

/// `kader test FRAMEWORK...`: runs each framework's test cases like unit tests.
struct TestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run a framework's test cases: example responses with expected scores, levels and advice.",
        discussion: """
            A failure says what differs: missing and extra rule ids with why each rule did or did not fire, a different order, \
            a number off by more than the tolerance. --coverage lists what no test reaches.
            Exit codes: 0 all passed, 1 a test failed or a framework has errors, 2 usage or file error.
            """)

    @OptionGroup var options: SharedOptions

    @Argument(help: "Framework ids or files (default: every framework found).")
    var frameworks: [String] = []

    @ArgumentParser.Flag(help: "Also list, per framework, the rules, advice items and levels no test case reaches.")
    var coverage = false

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
            let text = TestReportText(language: language)
            let outcomes = runner.run()
            for outcome in outcomes {
                if outcome.passed { passed += 1 } else { failed += 1 }
                try Console.out(text.outcome(outcome, frameworkID: framework.id))
            }
            if coverage { try Console.out(text.coverage(TestCoverage(framework: framework, outcomes: outcomes))) }
        }
        try Console.out(TestReportText(language: language).summary(passed: passed, failed: failed))
        if failed > 0 { throw ExitCode(ExitStatus.problems) }
    }
}
