/// Who filled in each of several responses to the same scan, as combined answers name them: by
/// the person or their role, never by the organisation or the case they all share.
///
/// The label is the context field the framework names in `report.participant` (such as
/// `beoordelaar` in a masterclass, where `respondent:` is the intervention scored); without
/// that key, `respondent:` unless it only repeats the organisation; else "#1", "#2". Labels that
/// would be the same get a number: "Jeugdteam (1)", "Jeugdteam (2)".
public enum ParticipantLabels {
    /// One label per response, in the same order.
    public static func labels(for responses: [Response], framework: Framework) -> [String] {
        let field = framework.report.participant
        let labels = responses.enumerated().map { index, response -> String in
            if let field {
                if case .text(let text)? = response.context[field], let name = nonEmpty(text) { return name }
            } else if let name = nonEmpty(response.respondent), name != nonEmpty(response.organisation) {
                return name
            }
            return "#\(index + 1)"
        }
        let counts = Dictionary(labels.map { ($0, 1) }, uniquingKeysWith: +)
        var seen: [String: Int] = [:]
        return labels.map { label in
            guard let count = counts[label], count > 1 else { return label }
            seen[label, default: 0] += 1
            return "\(label) (\(seen[label] ?? 1))"
        }
    }

    private static func nonEmpty(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        return trimmed.isEmpty ? nil : String(trimmed)
    }
}
