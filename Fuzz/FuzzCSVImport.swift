// libFuzzer target: the survey import. Any bytes are read as a CSV export to the bundled
// framework `moskeeonderwijs` (or the file in KADER_FUZZ_FRAMEWORK): decoded, split into rows,
// matched to questions and read into responses. Every response imported must evaluate, and
// read back from the YAML file the import would write. Built by Fuzz/run.sh.
import Foundation
import Kader
import KaderImport

nonisolated(unsafe) private var framework: Framework?

@_cdecl("LLVMFuzzerInitialize")
public func fuzzCSVInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    framework = loadFuzzFramework()
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVImport(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let framework else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let outcome = SurveyImport.read(csv: bytes, name: "fuzz.csv", framework: framework)
    let shown = TerminalText.sanitized(DiagnosticFormatter(language: .nl).format(outcome.diagnostics, sources: []))
    if shown.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }) {
        fatalError("a diagnostic shows a raw control character")
    }
    let engine = Engine(framework: framework)
    for imported in outcome.imported {
        _ = engine.evaluate(imported.response)
        let text = ResponseWriter(framework: framework, language: .nl).write(imported.response)
        let reread = ResponseLoader().load(text: text, name: imported.fileName, framework: framework)
        if reread.value == nil { fatalError("an imported response does not read back: \(reread.diagnostics.errors.map(\.message.en))") }
    }
    return 0
}
