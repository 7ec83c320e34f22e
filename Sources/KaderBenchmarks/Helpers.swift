import Foundation
import Kader
import KaderFiles

/// The package root: from KADER_ROOT, else the directory above Sources/ this file was built from,
/// else the current directory.
let packageRoot: String = {
    if let root = ProcessInfo.processInfo.environment["KADER_ROOT"] { return root }
    let fromSource = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .path
    if FileManager.default.fileExists(atPath: fromSource + "/Frameworks") { return fromSource }
    return FileManager.default.currentDirectoryPath
}()

func log(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

func fail(_ text: String) -> Never {
    log("kader-benchmark: " + text)
    exit(1)
}

func readBytes(_ path: String) -> [UInt8] {
    guard case .success(let bytes) = FileReader.read(path) else { fail("cannot read \(path)") }
    return bytes
}

func loadFramework(_ path: String) -> Framework {
    let loaded = FrameworkLoader().load(bytes: readBytes(path), name: path)
    guard let framework = loaded.value else {
        fail("\(path) does not load:\n\(loaded.diagnostics.errors.map(\.message.en).joined(separator: "\n"))")
    }
    return framework
}

/// The `kader` executable beside this one; when it is not there and `building` is set, it is built
/// into the same scratch folder first.
func findKader(building: Bool) -> String? {
    let beside = (ExecutableLocation.path as NSString).deletingLastPathComponent + "/kader"
    if FileManager.default.isExecutableFile(atPath: beside) { return beside }
    if !building { return nil }
    // Not built yet: build it into the same scratch folder (…/<scratch>/<triple>/release/).
    let release = (ExecutableLocation.path as NSString).deletingLastPathComponent
    let scratch = ((release as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
    log("   building kader (swift build -c release --product kader)")
    _ = spawn(
        ["/usr/bin/env", "swift", "build", "-c", "release", "--product", "kader", "--scratch-path", scratch], directory: packageRoot)
    return FileManager.default.isExecutableFile(atPath: beside) ? beside : nil
}
