import Foundation
import Kader

/// The tables of diagnostic codes in the docs, made from the typed list (``DiagnosticCode``):
/// each stands between `<!-- kader-diagnostics: GROUP -->` and `<!-- /kader-diagnostics -->`, and
/// a test fails when a doc and the list disagree (`RECORD_GOLDEN=1` writes them again).
public enum DiagnosticCodeTable {
    static let open = "<!-- kader-diagnostics: "
    static let close = "<!-- /kader-diagnostics -->"

    /// One generated table in a doc.
    public struct Block: Sendable {
        /// The group its marker names, as written.
        public var name: String
        /// What the doc holds now.
        public var current: String
        /// What the list gives; nil when the marker names no group.
        public var generated: String?
    }

    /// One row per code of `group`: its name, its meaning in English and in Dutch.
    public static func markdown(_ group: DiagnosticCode.Group) -> String {
        var rows = ["| Code | Meaning | Betekenis |", "| --- | --- | --- |"]
        for code in DiagnosticCode.codes(of: group) {
            let meaning = code.meaning ?? Message(nl: "", en: "")
            rows.append("| `\(code.rawValue)` | \(cell(meaning.en)) | \(cell(meaning.nl)) |")
        }
        return rows.map { $0 + "\n" }.joined()
    }

    /// The blocks of `text`, and `text` with every block made again.
    public static func regenerate(_ text: String) -> (blocks: [Block], text: String) {
        var blocks: [Block] = []
        var output: [Substring] = []
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        while let line = lines.popFirst() {
            output.append(line)
            guard line.hasPrefix(open), line.hasSuffix(" -->") else { continue }
            let name = String(line.dropFirst(open.count).dropLast(4))
            var current: [Substring] = []
            while let inner = lines.first, inner != close {
                current.append(inner)
                lines.removeFirst()
            }
            let block = Block(
                name: name, current: current.map { $0 + "\n" }.joined(), generated: DiagnosticCode.Group(rawValue: name).map(markdown))
            blocks.append(block)
            output += (block.generated ?? block.current).split(separator: "\n", omittingEmptySubsequences: true)
        }
        return (blocks, output.joined(separator: "\n"))
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }
}
