// Shared by the fuzz targets that work on answers to a framework (compiled into each by
// Fuzz/run.sh): the framework they use.
import Foundation
import Kader

/// The bundled framework `moskeeonderwijs`, or the file in KADER_FUZZ_FRAMEWORK, loaded; stops
/// the run when it does not load, since every input would then be skipped.
func loadFuzzFramework() -> Framework {
    let path = ProcessInfo.processInfo.environment["KADER_FUZZ_FRAMEWORK"] ?? "Frameworks/moskeeonderwijs.yaml"
    guard let data = FileManager.default.contents(atPath: path) else {
        fatalError("cannot open \(path): run from the repository root or set KADER_FUZZ_FRAMEWORK")
    }
    guard let loaded = FrameworkLoader().load(bytes: Array(data), name: path).value else { fatalError("\(path) does not load") }
    return loaded
}
