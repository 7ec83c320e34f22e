import Foundation
import Kader

/// Writes files so that a crash or a kill never leaves half a file: write to a temporary file
/// beside the target, flush it to disk, then rename it over the target.
public enum AtomicWriter {
    /// Why a write failed.
    public struct Failure: Error, Sendable {
        public var message: Message
    }

    /// Writes `text` to `path`; refuses to replace an existing file unless `overwrite`.
    public static func write(_ text: String, to path: String, overwrite: Bool) -> Result<Void, Failure> {
        if !overwrite, FileManager.default.fileExists(atPath: path) {
            return .failure(Failure(message: Message(nl: "\(path) bestaat al; gebruik --force om het te vervangen", en: "\(path) already exists; use --force to replace it")))
        }
        let directory = (path as NSString).deletingLastPathComponent
        let temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8)) else {
            return .failure(Failure(message: Message(nl: "kan niet schrijven in \(directory.isEmpty ? "." : directory)", en: "cannot write in \(directory.isEmpty ? "." : directory)")))
        }
        if let handle = FileHandle(forUpdatingAtPath: temporary) {
            try? handle.synchronize()
            try? handle.close()
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            return .failure(Failure(message: Message(nl: "kan \(path) niet vervangen", en: "cannot replace \(path)")))
        }
        return .success(())
    }
}
