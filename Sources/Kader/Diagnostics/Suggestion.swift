/// Finds the closest valid name for a misspelt one ("did you mean ...?").
public enum Suggestion {
    /// The candidate closest to `name`, if it is close enough to be a plausible typo.
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let lowered = Array(name.lowercased().unicodeScalars)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, Array(candidate.lowercased().unicodeScalars))
            if best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        guard let (candidate, distance) = best else { return nil }
        let allowed = max(1, (min(lowered.count, candidate.count) + 2) / 3)
        return distance <= allowed ? candidate : nil
    }

    /// Edit distance counting a swap of two neighbours as one edit (optimal string alignment),
    /// bounded so that long inputs stay cheap.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if a.count > 64 || b.count > 64 { return abs(a.count - b.count) + 64 }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// A "did you mean 'x'?" fix, or a list of the valid names when none is close.
    public static func fix(for name: String, in candidates: [String], what: Message) -> Message {
        if let match = closest(to: name, in: candidates) {
            return Message(nl: "bedoelde je '\(match)'?", en: "did you mean '\(match)'?")
        }
        let shown = candidates.prefix(12).map { "'\($0)'" }.joined(separator: ", ")
        let more = candidates.count > 12 ? ", …" : ""
        if candidates.isEmpty {
            return Message(nl: "er zijn nog geen \(what.nl) gedefinieerd", en: "no \(what.en) are defined yet")
        }
        return Message(nl: "bekende \(what.nl): \(shown)\(more)", en: "known \(what.en): \(shown)\(more)")
    }
}
