// libFuzzer target: the framework loader. Any bytes are read as a framework file; when they load,
// the framework is also evaluated against an empty response and the result encoded, so that a
// strange but valid framework cannot crash the engine either. Built by Fuzz/run.sh.
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
    return 0
}
