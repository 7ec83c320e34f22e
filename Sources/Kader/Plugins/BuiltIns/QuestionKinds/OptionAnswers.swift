/// Shared reading of answers that pick options by id (scale, choice, several choices).
enum OptionAnswers {
    /// The answer `node` gives: the value of the option it names.
    static func answer(_ node: YAMLNode, in options: [AnswerOption], questionID: String, sink: DiagnosticSink) -> AnswerValue? {
        index(node, in: options, questionID: questionID, sink: sink).map { value(of: options[$0]) }
    }

    /// The index of the option `node` names, or an error listing the valid ids. An index, not
    /// the option: copying an option (texts, help, location) for every answer showed.
    static func index(_ node: YAMLNode, in options: [AnswerOption], questionID: String, sink: DiagnosticSink) -> Int? {
        guard
            let id = ValueReader(sink: sink).string(
                node, what: Message(nl: "het antwoord op '\(questionID)'", en: "the answer to '\(questionID)'"))
        else { return nil }
        if let index = position(of: id, in: options) { return index }
        // Accept the label too: people copy what they read.
        let lowered = id.lowercased()
        if let index = options.firstIndex(where: { $0.label.nl?.lowercased() == lowered || $0.label.en?.lowercased() == lowered }) {
            return index
        }
        // A number that is an option's value.
        if node.isPlain, let number = Double(id), let index = options.firstIndex(where: { $0.value == number }) {
            return index
        }
        sink.error(
            .invalidAnswer,
            Message(nl: "'\(id)' is geen optie van vraag '\(questionID)'", en: "'\(id)' is not an option of question '\(questionID)'"),
            fix: Suggestion.fix(for: id, in: options.map(\.id), what: Message(nl: "opties", en: "options")), at: node)
        return nil
    }

    /// The position of the first option with `id`. Read in place, by index: scoring asks this
    /// for every answer, and `first(where:)` copied each option it passed (texts, help,
    /// location: a reference counted for each).
    static func position(of id: String, in options: [AnswerOption]) -> Int? {
        var index = 0
        while index < options.count {
            if options[index].id == id { return index }
            index += 1
        }
        return nil
    }

    /// The option space for expressions.
    static func space(_ name: String, _ options: [AnswerOption]) -> OptionSpace {
        OptionSpace(
            name: name, ids: options.map(\.id), values: options.map(\.value),
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
