/// How an answer is written in a response file, as the built-in kinds read it back: the
/// default of ``QuestionKind/yaml(_:)``, and the writing of answers without a framework.
public enum AnswerYAML {
    /// `value` as YAML; "weet niet" and "n.v.t." as the words `options` leave free.
    public static func text(of value: AnswerValue, options: [AnswerOption]) -> String {
        switch value {
        case .option(let id): YAMLText.scalar(id)
        case .options(let ids): "[" + ids.map(YAMLText.scalar).joined(separator: ", ") + "]"
        case .bool(let yes): yes ? "ja" : "nee"
        case .number(let number): YAMLText.number(number)
        case .text(let text): YAMLText.quoted(text)
        case .unknown: YAMLText.scalar(word(for: .unknown, options: options))
        case .notApplicable: YAMLText.scalar(word(for: .notApplicable, options: options))
        case .unanswered: "~"
        }
    }

    /// The id for "weet niet" or "n.v.t." among `options`: the option with that role, or the
    /// first standard word that is not an ordinary option.
    public static func word(for role: OptionRole, options: [AnswerOption]) -> String {
        if let own = options.first(where: { $0.role == role }) { return own.id }
        let words = role == .unknown ? ["weet_niet", "unknown", "onbekend"] : ["nvt", "not_applicable", "n/a"]
        let taken = Set(options.map { $0.id.lowercased() })
        return words.first { !taken.contains($0) } ?? words[0]
    }
}
