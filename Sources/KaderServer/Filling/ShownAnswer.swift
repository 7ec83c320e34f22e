import Foundation
import KaderFiles

/// What a domain page showed of one question (its answer, note and evidence), as a short digest in
/// the hidden field `shown.<id>`. Without the script a whole page is sent back, the questions the
/// person never touched included. When another window answered a question after the page was
/// loaded, the page's unchanged copy of the older answer must not replace the newer one: the digest
/// of what was sent equals the digest of what was shown exactly when the person left it as it was.
enum ShownAnswer {
    /// The hidden field's prefix.
    static let prefix = "shown."

    /// The digest of `values`, `note` and `evidence` as a browser sends them back: each trimmed,
    /// line ends as `\n` (a textarea sends `\r\n`), empty values left out.
    static func digest(values: [String], note: String?, evidence: String?) -> String {
        func clean(_ text: String) -> String {
            text.replacingOccurrences(of: "\r\n", with: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let parts = [values.map(clean).filter { !$0.isEmpty }.joined(separator: "\u{1F}"), clean(note ?? ""), clean(evidence ?? "")]
        return String(SHA256.hex(Array(parts.joined(separator: "\u{1E}").utf8)).prefix(16))
    }
}
