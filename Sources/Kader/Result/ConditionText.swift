/// Traced conditions in words, with the values they compared: what `kader explain` shows and
/// what a failing framework test says about a rule that did or did not fire.
struct ConditionText {
    let framework: Framework

    /// "commissie < 'grotendeels' (commissie = Deels)". A logical node shows only its text: its
    /// parts are shown on their own.
    func describe(_ node: TraceNode) -> Message {
        let values = node.children.contains(where: \.decisive) ? [] : node.children.filter { !$0.text.isEmpty }
        func shown(_ language: Language) -> String {
            let parts = values.map { "\($0.text) = \(ValueText.describe($0.value, framework: framework, language: language))" }
                .joined(separator: ", ")
            return node.text + (parts.isEmpty ? "" : " (\(parts))")
        }
        return Message(nl: shown(.nl), en: shown(.en))
    }

    /// A condition's value in words: true, false, or unknown and why.
    func truth(_ value: Value, _ language: Language) -> String {
        switch value {
        case .bool(true): Say(language)("waar", "true")
        case .bool(false): Say(language)("onwaar", "false")
        case .missing(let m): Say(language)("onbekend (", "unknown (") + ValueText.missingText(m.reason, language: language) + ")"
        default: ValueText.describe(value, framework: framework, language: language)
        }
    }

    /// The conditions that decided `trace`, each with its values and its truth:
    /// "score.visie < 50 (score.visie = 55,6) is onwaar; plan == 'ja' (plan = Ja) is waar".
    func deciding(_ trace: TraceNode) -> Message {
        let parts = trace.decidingConditions.map { node -> Message in
            let text = describe(node)
            return Message(nl: "\(text.nl) is \(truth(node.value, .nl))", en: "\(text.en) is \(truth(node.value, .en))")
        }
        return Message(nl: parts.map(\.nl).joined(separator: "; "), en: parts.map(\.en).joined(separator: "; "))
    }
}
