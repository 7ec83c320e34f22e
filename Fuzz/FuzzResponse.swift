// libFuzzer target: the response loader. Any bytes are read as answers to the bundled
// framework `moskeeonderwijs` (or the file in KADER_FUZZ_FRAMEWORK); when they load, the answers
// are evaluated and the result encoded, as a JSON value and as a batch's JSON line (which must
// be the same bytes). Built by Fuzz/run.sh.
import Kader
#if canImport(Glibc)
import Glibc
#endif

nonisolated(unsafe) private var framework: Framework?

@_cdecl("LLVMFuzzerInitialize")
public func fuzzResponseInitialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> CInt {
    let path = getenv("KADER_FUZZ_FRAMEWORK").map { String(cString: $0) } ?? "Frameworks/moskeeonderwijs.yaml"
    guard let file = fopen(path, "rb") else { fatalError("cannot open \(path): run from the repository root or set KADER_FUZZ_FRAMEWORK") }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count <= 0 { break }
        bytes.append(contentsOf: buffer[0..<count])
    }
    fclose(file)
    guard let loaded = FrameworkLoader().load(bytes: bytes, name: path).value else { fatalError("\(path) does not load") }
    framework = loaded
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResponse(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let framework else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let loaded = ResponseLoader().load(bytes: bytes, name: "fuzz.yaml", framework: framework)
    _ = DiagnosticFormatter(language: .nl).format(loaded.diagnostics, sources: [loaded.source])
    guard let response = loaded.value else { return 0 }
    let engine = Engine(framework: framework)
    let (result, _) = engine.evaluateTracing(response, depth: .full)
    _ = ResultJSON.encode(result, language: .en).serialized()
    // The batch's JSON line is written straight to bytes; it must be the compacted value.
    let line = ResultJSON.line(result, language: .nl)
    if line != Array(ResultJSON.encode(result, language: .nl).serialized(compact: true).utf8) {
        fatalError("a JSON line differs from the compacted value")
    }
    return 0
}
