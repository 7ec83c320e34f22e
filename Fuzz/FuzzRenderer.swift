// libFuzzer target: the renderers. Any bytes are read as answers to the bundled framework
// `moskeeonderwijs` (or the file in KADER_FUZZ_FRAMEWORK); when they load, the result, a
// comparison of it with itself and a group of it are written in every format. Text, Markdown
// and CSV must hold no raw control character or direction override (the terminal sanitiser and
// the CSV guard), HTML none either and no markup from the answers, JSON must parse and hold no
// NaN or Infinity. Built by Fuzz/run.sh.
import Foundation
import Kader
import KaderReports

nonisolated(unsafe) private var framework: Framework?

@_cdecl("LLVMFuzzerInitialize")
public func fuzzRendererInitialize(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>
) -> CInt {
    framework = loadFuzzFramework()
    return 0
}

/// The first character a terminal would act on: a C0 control other than newline, tab and the
/// carriage return of a CRLF line end, DEL, a C1 control, or a direction override or isolate.
private func rawControl(in text: String) -> Unicode.Scalar? {
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
        defer { previous = scalar }
        if scalar == "\n", previous == "\r" { continue }
        if previous == "\r" { return previous }
        switch scalar.value {
        case 0x0A, 0x09, 0x0D: continue
        case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return scalar
        default: continue
        }
    }
    return previous == "\r" ? previous : nil
}

private func check(_ text: String, format: String) {
    if let raw = rawControl(in: text) { fatalError("\(format) holds U+\(String(raw.value, radix: 16)) raw") }
    switch format {
    case "json":
        guard (try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil else { fatalError("the JSON does not parse") }
        if text.range(of: #"[:\[,]\s*-?(nan|inf|NaN|Infinity)"#, options: .regularExpression) != nil {
            fatalError("NaN or Infinity in JSON")
        }
    case "html":
        // Kader writes no scripts and no event handlers; an answer's text never becomes markup.
        for markup in ["<script", "<iframe", " onerror=", " onload=", "<x-fuzz"] where text.lowercased().contains(markup) {
            fatalError("the HTML holds \(markup)")
        }
    default: break
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRenderer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let framework else { return 0 }
    let loaded = ResponseLoader().load(bytes: Array(UnsafeBufferPointer(start: data, count: size)), name: "fuzz.yaml", framework: framework)
    guard let response = loaded.value else { return 0 }
    let result = Engine(framework: framework).evaluate(response)
    let comparison = ComparisonBuilder.compare([(result, framework), (result, framework)], mode: .sideBySide)
    var builder = GroupBuilder(framework: framework)
    builder.add(result)
    builder.add(result)
    builder.addFailure(name: "fuzz.yaml", problem: Message(nl: "niet gescoord", en: "not scored"))
    let group = builder.build()
    for (name, renderer) in RendererRegistry.builtIn.renderers {
        let made = renderer.init()
        for language in [Language.nl, .en] {
            for rows in [RenderOptions.Rows.domains, .items] {
                let options = RenderOptions(language: language, rows: rows)
                check(made.render(result, framework: framework, options: options), format: name)
            }
            let options = RenderOptions(language: language)
            check(made.render(comparison, framework: framework, options: options), format: name)
            check(made.render(group, framework: framework, options: options), format: name)
        }
    }
    return 0
}
