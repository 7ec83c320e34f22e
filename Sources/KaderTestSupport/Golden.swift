import Foundation
import XCTest

/// Compares text with a golden file next to the test. Set `RECORD_GOLDEN=1` to (re)write the
/// golden files instead; a mismatch shows a line diff.
public enum Golden {
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// Asserts that `actual` equals the content of `path`.
    public static func assert(_ actual: String, matches path: String, file: StaticString = #filePath, line: UInt = #line) {
        if recording {
            try? FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: path, contents: Data(actual.utf8))
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            XCTFail("missing golden file \(path); run with RECORD_GOLDEN=1 to create it", file: file, line: line)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard expected != actual else { return }
        XCTFail("output differs from \(path) (RECORD_GOLDEN=1 re-records):\n" + diff(expected, actual), file: file, line: line)
    }

    /// A minimal line diff: the first differing lines with context.
    public static func diff(_ expected: String, _ actual: String) -> String {
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var out: [String] = []
        for index in 0..<max(a.count, b.count) {
            let left = index < a.count ? String(a[index]) : nil
            let right = index < b.count ? String(b[index]) : nil
            if left != right {
                if let left { out.append("- \(index + 1): \(left)") }
                if let right { out.append("+ \(index + 1): \(right)") }
            }
            if out.count > 40 {
                out.append("…")
                break
            }
        }
        return out.joined(separator: "\n")
    }
}
