// libFuzzer target: the framework loader. Any bytes are read as a framework file (a YAML mistake
// is diagnosed in the author's terms from the text around it); when they load, the framework is
// also evaluated against an empty response and the result encoded, linted (the condition
// analysis), and its inline test cases run with their failures and coverage written out, so that
// a strange but valid framework cannot crash the engine, the linter or the test runner either.
// Built by Fuzz/run.sh.
import Kader

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFramework(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let loaded = FrameworkLoader().load(bytes: bytes, name: "fuzz.yaml")
    _ = DiagnosticFormatter(language: .en).format(loaded.diagnostics, sources: [loaded.source])
    guard let framework = loaded.value else { return 0 }
    let engine = Engine(framework: framework)
    let result = engine.evaluate(Response(frameworkID: framework.id))
    _ = ResultJSON.encode(result, language: .nl).serialized(compact: true)
    var warnings = DiagnosticList()
    for warning in Linter(framework: framework).run() { warnings.append(warning) }
    _ = DiagnosticFormatter(language: .en).format(warnings, sources: [loaded.source])
    let runner = FrameworkTestRunner(framework: framework) { _, _ in
        Loaded(value: nil, diagnostics: DiagnosticList(), source: SourceFile(name: "", text: ""))
    }
    let outcomes = runner.run()
    let text = TestReportText(language: .nl)
    for outcome in outcomes { _ = text.outcome(outcome, frameworkID: framework.id) }
    _ = text.coverage(TestCoverage(framework: framework, outcomes: outcomes))
    return 0
}
