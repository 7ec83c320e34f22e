// libFuzzer target: the expression parser and type checker, and the evaluator for expressions
// that check. Any bytes (as UTF-8, invalid bytes replaced) are compiled as a rule condition in a
// small framework with every kind of name, then evaluated and traced. Built by Fuzz/run.sh.
import Kader

private let frameworkYAML = """
id: voorbeeld
version: "1.0"
title: {nl: Voorbeeld, en: Example}
context:
  - {id: gemeente, type: text}
  - {id: inwoners, type: number}
scales:
  - id: vier
    options:
      - {id: nul, value: 0, label: {nl: Nul, en: Zero}}
      - {id: een, value: 1, label: {nl: Een, en: One}}
      - {id: twee, value: 2, label: {nl: Twee, en: Two}}
      - {id: drie, value: 3, label: {nl: Drie, en: Three}}
      - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
      - {id: nvt, role: not_applicable, label: {nl: N.v.t., en: N/a}}
domains:
  - id: e
    title: {nl: Vragen, en: Questions}
    questions:
      - {id: q1, scale: vier, text: {nl: Een, en: One}}
      - {id: q2, scale: vier, text: {nl: Twee, en: Two}}
      - {id: q3, scale: vier, text: {nl: Drie, en: Three}}
      - {id: q4, scale: vier, text: {nl: Vier, en: Four}}
  - id: d
    title: {nl: Domein, en: Domain}
    questions:
      - {id: ja, type: yesno, text: {nl: Ja, en: Yes}}
      - {id: getal, type: number, min: 0, max: 10, scored: true, text: {nl: Getal, en: Number}}
      - {id: keuzes, type: multi, options: [{id: a, value: 1, label: A}, {id: b, value: 2, label: B}], text: {nl: Keuzes, en: Choices}}
      - {id: tekst, type: text, text: {nl: Tekst, en: Text}}
scoring:
  scores:
    - {id: kern, title: {nl: Kern, en: Core}, of: [e, d]}
levels:
  - {id: laag, min: 0, max: 50, label: {nl: Laag, en: Low}}
  - {id: hoog, min: 50, max: 100, label: {nl: Hoog, en: High}}
grades:
  formula: "1 + 9 * score / 100"
"""

private let responseYAML = """
framework: voorbeeld
context: {gemeente: Dronten, inwoners: 42000}
answers:
  q1: twee
  q2: weet_niet
  q3: nvt
  ja: ja
  getal: 7
  keuzes: [a]
  tekst: "Iets"
"""

private let setup: (Engine, Response)? = {
    guard let framework = FrameworkLoader().load(text: frameworkYAML, name: "voorbeeld.yaml").value,
          let response = ResponseLoader().load(text: responseYAML, name: "antwoord.yaml", framework: framework).value else { return nil }
    return (Engine(framework: framework), response)
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let (engine, response) = setup else { fatalError("the fuzz framework does not load") }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let origin = ExpressionOrigin(location: SourceLocation(file: "fuzz", line: 1, column: 1), style: .plain)
    switch ExpressionCompiler.compile(text, origin: origin, environment: ExpressionEnvironment(framework: engine.framework)) {
    case .failure(let problem):
        _ = problem.message.en
    case .success(let expression):
        _ = Evaluator.trace(expression, in: EmptyScope(), depth: .full)
        if case .success(let value) = engine.evaluate(expression: text, for: response) { _ = value.display }
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
