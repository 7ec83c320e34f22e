/// Runs a framework's own test cases: each example response is evaluated and compared with what
/// the test expects. Only what a test lists is compared.
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
    }

    /// One test's outcome.
    public struct Outcome: Sendable {
        public var testID: String
        public var location: SourceLocation
        /// Problems loading the response (a failure on its own).
        public var loadProblems: DiagnosticList
        public var failures: [Failure]
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
            let response = Response(frameworkID: framework.id, frameworkVersion: framework.version, respondent: test.id,
                                    answers: answers, answerOrder: order, sourceName: framework.sourceName)
            loaded = Loaded(value: sink.hasErrors ? nil : response, diagnostics: sink.list, source: SourceFile(name: framework.sourceName, text: ""))
        }
        guard let response = loaded.value else {
            return Outcome(testID: test.id, location: test.location, loadProblems: loaded.diagnostics, failures: [])
        }
        let result = engine.evaluate(response)
        return Outcome(testID: test.id, location: test.location, loadProblems: loaded.diagnostics, failures: compare(test.expect, result))
    }

    private func compare(_ expect: TestExpectation, _ result: AssessmentResult) -> [Failure] {
        var failures: [Failure] = []
        func number(_ value: Double?) -> String { value.map(ExpressionFormat.number) ?? "null" }
        func close(_ a: Double?, _ b: Double?) -> Bool {
            switch (a, b) {
            case (nil, nil): true
            case let (x?, y?): abs(x - y) <= expect.tolerance + 1e-9
            default: false
            }
        }
        for entry in expect.scores {
            let actual = score(entry.key, in: result)
            if !close(entry.value, actual) {
                failures.append(Failure(location: entry.location, subject: "score \(entry.key)", expected: number(entry.value), actual: number(actual)))
            }
        }
        for entry in expect.grades {
            let actual = entry.key == "overall" ? result.overall.grade : result.domains.first { $0.id == entry.key }?.grade
            if !close(entry.value, actual) {
                failures.append(Failure(location: entry.location, subject: "grade \(entry.key)", expected: number(entry.value), actual: number(actual)))
            }
        }
        for entry in expect.levels {
            let actual = entry.key == "overall" ? result.overall.level : result.domains.first { $0.id == entry.key }?.level
            if entry.value != actual {
                failures.append(Failure(location: entry.location, subject: "level \(entry.key)", expected: entry.value ?? "null", actual: actual ?? "null"))
            }
        }
        let advice = result.advice.map(\.ruleID)
        if let entry = expect.advice, entry.value != advice {
            failures.append(Failure(location: entry.location, subject: "advice", expected: list(entry.value), actual: list(advice)))
        }
        for entry in expect.adviceIncludes where !advice.contains(entry.value) {
            failures.append(Failure(location: entry.location, subject: "advice_includes", expected: entry.value, actual: list(advice)))
        }
        for entry in expect.adviceExcludes where advice.contains(entry.value) {
            failures.append(Failure(location: entry.location, subject: "advice_excludes", expected: "not " + entry.value, actual: list(advice)))
        }
        if let entry = expect.strengths, entry.value != result.strengths.map(\.ruleID) {
            failures.append(Failure(location: entry.location, subject: "strengths", expected: list(entry.value), actual: list(result.strengths.map(\.ruleID))))
        }
        if let entry = expect.flags, entry.value != result.flags.map(\.ruleID) {
            failures.append(Failure(location: entry.location, subject: "flags", expected: list(entry.value), actual: list(result.flags.map(\.ruleID))))
        }
        for entry in expect.preconditions {
            let actual = result.preconditions.first { $0.id == entry.key }?.outcome.rawValue ?? "null"
            if entry.value != actual {
                failures.append(Failure(location: entry.location, subject: "precondition \(entry.key)", expected: entry.value, actual: actual))
            }
        }
        return failures
    }

    private func score(_ id: String, in result: AssessmentResult) -> Double? {
        if id == "overall" { return result.overall.score }
        if let domain = result.domains.first(where: { $0.id == id }) { return domain.score }
        return result.scores.first { $0.id == id }?.score
    }

    private func list(_ ids: [String]) -> String { "[" + ids.joined(separator: ", ") + "]" }
}
