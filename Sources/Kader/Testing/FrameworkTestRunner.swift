/// Runs a framework's own test cases: each example response is evaluated and compared with what
/// the test expects. Only what a test lists is compared; a failure says what differs and, for a
/// rule, why it did or did not fire.
public struct FrameworkTestRunner {
    /// One difference between expected and actual.
    public struct Failure: Sendable {
        /// Where the expectation was written.
        public var location: SourceLocation
        /// What was compared (`score visie`, `advice`).
        public var subject: String
        /// Expected and actual, as text.
        public var expected: String
        public var actual: String
        /// What differs, in words: the items a list misses or has extra (each with why its rule
        /// did or did not fire), a different order and why, a number off by more than the
        /// tolerance, what capped a level.
        public var details: [Message] = []
    }

    /// One test's outcome.
    public struct Outcome: Sendable {
        public var testID: String
        public var location: SourceLocation
        /// Problems loading the response (a failure on its own).
        public var loadProblems: DiagnosticList
        public var failures: [Failure]
        /// What the test's response reached, for ``TestCoverage``.
        public var reached = TestCoverage.Reached()
        public var passed: Bool { failures.isEmpty && !loadProblems.hasErrors }
    }

    /// Loads the response for a test that names a file.
    public typealias ResponseSource = (_ path: String, _ framework: Framework) -> Loaded<Response>

    let framework: Framework
    let engine: Engine
    let responseSource: ResponseSource

    /// Creates a runner; `responseSource` reads response files (relative to the framework file).
    public init(framework: Framework, responseSource: @escaping ResponseSource) {
        self.framework = framework
        self.engine = Engine(framework: framework)
        self.responseSource = responseSource
    }

    /// Runs every test.
    public func run() -> [Outcome] { framework.tests.map(run) }

    /// Runs one test.
    public func run(_ test: FrameworkTest) -> Outcome {
        let loaded: Loaded<Response>
        switch test.input {
        case .file(let path):
            loaded = responseSource(path, framework)
        case .inline(let node):
            let sink = DiagnosticSink()
            let (answers, order) = ResponseLoader.readAnswers(node, framework: framework, sink: sink)
            let response = Response(
                frameworkID: framework.id, frameworkVersion: framework.version, respondent: test.id,
                answers: answers, answerOrder: order, sourceName: framework.sourceName)
            loaded = Loaded(
                value: sink.hasErrors ? nil : response, diagnostics: sink.list, source: SourceFile(name: framework.sourceName, text: ""))
        }
        guard let response = loaded.value else {
            return Outcome(testID: test.id, location: test.location, loadProblems: loaded.diagnostics, failures: [])
        }
        let (result, traces) = engine.evaluateTracing(response, depth: .summary)
        // Rules come first, then preconditions (ids of the two may be the same).
        let ruleTraces = traces.prefix(framework.rules.count).map { ($0.id, $0.trace) }
        let preconditionTraces = traces.dropFirst(framework.rules.count).map { ($0.id, $0.trace) }
        let comparison = TestComparison(
            framework: framework, expect: test.expect, result: result,
            ruleTraces: Dictionary(ruleTraces, uniquingKeysWith: { first, _ in first }),
            preconditionTraces: Dictionary(preconditionTraces, uniquingKeysWith: { first, _ in first }))
        return Outcome(
            testID: test.id, location: test.location, loadProblems: loaded.diagnostics, failures: comparison.failures(),
            reached: TestCoverage.Reached(result))
    }
}
