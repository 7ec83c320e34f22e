/// Shared reading of answers that pick options by id (scale, choice, several choices).
enum OptionAnswers {
    /// The option with `id`, or an error listing the valid ids.
    static func option(_ node: YAMLNode, in options: [AnswerOption], questionID: String, sink: DiagnosticSink) -> AnswerOption? {
        guard let id = ValueReader(sink: sink).string(node, what: Message(nl: "het antwoord op '\(questionID)'", en: "the answer to '\(questionID)'")) else { return nil }
        if let option = options.first(where: { $0.id == id }) { return option }
        // Accept the label too: people copy what they read.
        if let option = options.first(where: { $0.label.nl?.lowercased() == id.lowercased() || $0.label.en?.lowercased() == id.lowercased() }) {
            return option
        }
        // A number that is an option's value.
        if node.isPlain, let number = Double(id), let option = options.first(where: { $0.value == number }) {
            return option
        }
        sink.error("invalid-answer", Message(nl: "'\(id)' is geen optie van vraag '\(questionID)'", en: "'\(id)' is not an option of question '\(questionID)'"),
                   fix: Suggestion.fix(for: id, in: options.map(\.id), what: Message(nl: "opties", en: "options")), at: node)
        return nil
    }

    /// The option space for expressions.
    static func space(_ name: String, _ options: [AnswerOption]) -> OptionSpace {
        OptionSpace(name: name, ids: options.map(\.id), values: options.map(\.value),
                    missingIDs: Set(options.filter { $0.role != .scored }.map(\.id)))
    }

    /// The value an option stands for in an answer.
    static func value(of option: AnswerOption) -> AnswerValue {
        switch option.role {
        case .scored: .option(option.id)
        case .unknown: .unknown
        case .notApplicable: .notApplicable
        }
    }
}
