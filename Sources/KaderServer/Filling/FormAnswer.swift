import Foundation
import Kader

/// Between a question's form inputs and its answer, by the question kind's answer shape (so a
/// plugin kind gets inputs like a built-in of its shape): the values the inputs send are read by
/// the kind itself (``QuestionKind/read(_:questionID:sink:)``), with its own checks, exactly as a
/// response file is read.
struct FormAnswer {
    let question: Question

    /// The radio buttons or checkboxes of an option, several-choice or yes/no question: the
    /// value each sends and its label; "weet niet" and "n.v.t." only where the kind allows them.
    func choices(in language: Language) -> [(value: String, label: String, help: String?)] {
        let say = Say(language)
        let kind = question.kind
        var choices: [(value: String, label: String, help: String?)] = []
        switch kind.answerShape {
        case .yesNo:
            choices = [("ja", say("Ja", "Yes"), nil), ("nee", say("Nee", "No"), nil)]
        case .option, .options:
            for option in kind.options {
                if option.role == .unknown && !kind.allowsUnknown { continue }
                if option.role == .notApplicable && !kind.allowsNotApplicable { continue }
                choices.append((option.id, option.label.text(in: language), option.help?.text(in: language)))
            }
        case .number, .text:
            return []
        }
        if kind.answerShape.picksSeveral { return choices }
        if kind.allowsUnknown, !kind.options.contains(where: { $0.role == .unknown }) {
            choices.append((AnswerYAML.word(for: .unknown, options: kind.options), say("Weet niet", "Don't know"), nil))
        }
        if kind.allowsNotApplicable, !kind.options.contains(where: { $0.role == .notApplicable }) {
            choices.append((AnswerYAML.word(for: .notApplicable, options: kind.options), say("N.v.t.", "Not applicable"), nil))
        }
        return choices
    }

    /// The values an answer puts in the inputs: the chosen option ids, `ja`/`nee`, the number,
    /// the text, or the word for "weet niet" / "n.v.t.".
    func formValues(_ value: AnswerValue?) -> [String] {
        let options = question.kind.options
        switch value {
        case nil, .unanswered?: return []
        case .option(let id)?: return [id]
        case .options(let ids)?: return ids
        case .bool(let yes)?: return [yes ? "ja" : "nee"]
        case .number(let number)?: return [YAMLText.number(number)]
        case .text(let text)?: return [text]
        case .unknown?: return [AnswerYAML.word(for: .unknown, options: options)]
        case .notApplicable?: return [AnswerYAML.word(for: .notApplicable, options: options)]
        }
    }

    /// The answer the inputs sent; nil when nothing was chosen or typed. An option the question
    /// does not have, a number out of range or a word the kind does not accept is a 400 page.
    func read(_ values: [String]) throws(PageError) -> AnswerValue? {
        do {
            return try checked(values)
        } catch {
            throw error.page
        }
    }

    /// The answer the inputs sent, or why it does not fit the question (``AnswerMisfit``), as
    /// the kind's own check says it; nil when nothing was chosen or typed.
    func checked(_ values: [String]) throws(AnswerMisfit) -> AnswerValue? {
        let values = values.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard !values.isEmpty else { return nil }
        let kind = question.kind
        let node: YAMLNode.Kind
        switch kind.answerShape {
        case .options:
            node = .sequence(values.map { self.node(.scalar($0, .plain)) })
        case .text:
            guard values.count == 1 else { throw tooMany }
            node = .scalar(values[0], .doubleQuoted)
        case .number:
            guard values.count == 1 else { throw tooMany }
            node = .scalar(Self.numberWord(values[0], options: kind.options), .plain)
        case .option, .yesNo:
            guard values.count == 1 else { throw tooMany }
            node = .scalar(values[0], .plain)
        }
        let sink = DiagnosticSink()
        guard let value = ResponseLoader.readValue(self.node(node), kind: kind, questionID: question.id, sink: sink), !sink.hasErrors else {
            let problem = sink.list.errors.first
            let detail = problem.map {
                $0.message.appending($0.fix.map { Message(nl: "(\($0.nl))", en: "(\($0.en))") } ?? Message(nl: "", en: ""))
            }
            throw AnswerMisfit(questionID: question.id, detail: detail ?? Message(nl: "onbekende keuze", en: "unknown choice"))
        }
        if value == .unknown && !kind.allowsUnknown || value == .notApplicable && !kind.allowsNotApplicable {
            throw AnswerMisfit(
                questionID: question.id,
                detail: Message(
                    nl: "deze vraag kent geen 'weet niet' of 'n.v.t.'.", en: "this question has no 'don't know' or 'not applicable'."))
        }
        return value
    }

    private var tooMany: AnswerMisfit {
        AnswerMisfit(
            questionID: question.id, detail: Message(nl: "er kwam meer dan één antwoord.", en: "it received more than one answer."))
    }

    /// A typed number with a decimal comma as the response file writes it; the words for "weet
    /// niet" and "n.v.t." as the kind's own.
    static func numberWord(_ typed: String, options: [AnswerOption]) -> String {
        switch typed.lowercased() {
        case "weet niet", "weet_niet", "?", "don't know", "unknown": return AnswerYAML.word(for: .unknown, options: options)
        case "nvt", "n.v.t.", "n.v.t", "n/a", "not applicable": return AnswerYAML.word(for: .notApplicable, options: options)
        default: return typed.replacingOccurrences(of: ",", with: ".")
        }
    }

    private func node(_ kind: YAMLNode.Kind) -> YAMLNode { YAMLNode(kind, at: SourceLocation(file: "<formulier>", line: 1, column: 1)) }
}

/// Why an answer from a form does not fit its question: what is wrong, in the kind's own words.
struct AnswerMisfit: Error {
    let questionID: String
    let detail: Message

    /// The refusal as a page of its own (the script's autosave, a form that was tampered with):
    /// 400, and nothing of the form saved.
    var page: PageError {
        PageError(
            .badRequest,
            Message(nl: "Het antwoord op vraag '\(questionID)' past niet: ", en: "The answer to question '\(questionID)' does not fit: ")
                .joined(detail)
                .appending(Message(nl: "Er is niets opgeslagen.", en: "Nothing was saved.")))
    }
}

extension Message {
    /// Both texts with `other` appended directly.
    func joined(_ other: Message) -> Message { Message(nl: nl + other.nl, en: en + other.en) }
}
