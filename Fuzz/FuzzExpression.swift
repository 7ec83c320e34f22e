// libFuzzer target: the expression parser and type checker, and the evaluator and tracer for
// expressions that check. Any bytes (as UTF-8, invalid bytes replaced) are compiled as a rule
// condition against the framework of the shared expression corpus (Tests/ExpressionCases/, or
// the folder in KADER_EXPRESSION_CASES), evaluated for its default answers, and traced at both
// depths and in a scope with no answers. Properties: a trace ends at the value the expression
// has, at both depths. Oracles: every case of the corpus is checked when the target starts, and
// again whenever an input is a case's source. Built by Fuzz/run.sh, with
// Sources/KaderTestSupport/ExpressionCases.swift.
import Kader
#if canImport(Glibc)
import Glibc
#endif

nonisolated(unsafe) private var corpus: ExpressionCorpus?
/// The corpus's cases with the default answers, by source: an input that is one of them must
/// give what the case says.
nonisolated(unsafe) private var oracles: [String: ExpressionCase] = [:]

@_cdecl("LLVMFuzzerInitialize")
public func fuzzExpressionInitialize(_ argc: UnsafeMutablePointer<CInt>,
                                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let directory = getenv("KADER_EXPRESSION_CASES").map { String(cString: $0) } ?? "Tests/ExpressionCases"
    guard let loaded = ExpressionCorpus(directory: directory) else {
        fatalError("the expression corpus in \(directory) does not load: run from the repository root or set KADER_EXPRESSION_CASES")
    }
    let problems = loaded.problems + loaded.cases.flatMap(loaded.check)
    if !problems.isEmpty { fatalError("the expression corpus disagrees with the library:\n" + problems.joined(separator: "\n")) }
    for item in loaded.cases where item.usesDefaultAnswers { oracles[item.source] = item }
    corpus = loaded
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let corpus else { return 0 }
    let engine = corpus.engine
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let origin = ExpressionOrigin(location: SourceLocation(file: "fuzz", line: 1, column: 1), style: .plain)
    switch ExpressionCompiler.compile(text, origin: origin, environment: ExpressionEnvironment(framework: engine.framework)) {
    case .failure(let problem):
        _ = problem.message.en
    case .success(let expression):
        _ = Evaluator.trace(expression, in: EmptyScope(), depth: .full)
        guard case .success(let value) = engine.evaluate(expression: text, for: corpus.defaultResponse) else {
            fatalError("'\(text)' checks, but does not compile for the engine")
        }
        _ = value.display
        for depth in [TraceDepth.full, .summary] {
            guard case .success(let trace) = engine.trace(expression: text, for: corpus.defaultResponse, depth: depth) else { continue }
            if trace.value != value {
                fatalError("the \(depth) trace of '\(text)' ends at \(trace.value.display), the value is \(value.display)")
            }
        }
        if let item = oracles[text] {
            let problems = corpus.check(item)
            if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
        }
    }
    return 0
}

/// A scope where everything is missing, to evaluate without a response too.
private struct EmptyScope: EvaluationScope {
    func answer(_ id: String) -> Value { .missing(Missing(.unanswered, questions: [id])) }
    func itemScore(_ id: String) -> Value { .missing(Missing(.unanswered, questions: [id])) }
    func score(_ id: String) -> Value { .missing(Missing(.insufficient)) }
    func level(_ id: String) -> Value { .missing(Missing(.insufficient)) }
    func grade(_ id: String) -> Value { .missing(Missing(.insufficient)) }
    func context(_ key: String) -> Value { .missing(Missing(.unanswered)) }
    func variable(_ name: String) -> Value { .missing(Missing(.undefined)) }
    func domainItems(_ domainID: String) -> [Double] { [] }
}
