import Foundation
import Kader

/// Reads one cell of a survey export as the answer to a question: option ids, labels (Dutch or
/// English) and values, "weet niet" and "n.v.t." in the words survey tools use, yes and no,
/// numbers with a decimal comma, several choices separated by `;` or `,`, and free text, by the
/// kind's answer shape (or the kind's own reading, ``QuestionKind/cellAnswer(_:)``). The
/// question kind's own checks apply (bounds, number of choices, length).
struct CellReader {
    let question: Question
    /// Answers → option ids from the mapping: the column's own first, then the mapping-wide ones.
    let values: [String: String]

    static let unknownWords: Set<String> = ResponseLoader.unknownWords.union([
        "weet ik niet", "geen idee", "don't know", "dont know", "do not know", "onbekend"
    ])
    static let notApplicableWords: Set<String> = ResponseLoader.notApplicableWords.union(["niet van toepassing", "not applicable", "nvt"])

    /// The answer, or the reason it could not be read.
    func read(_ cell: String) -> Result<AnswerValue, ImportProblem> {
        let text = cell.trimmingWhitespaceAndQuotes().isEmpty ? "" : cell.trimmingCharacters(in: .whitespacesAndNewlines)
        let normal = Normalize.text(text)
        let kind = question.kind
        let shape = kind.answerShape
        if let mapped = values[normal] {
            let own = kind.options.contains { $0.id == mapped }
            if !own, ResponseLoader.unknownWords.contains(mapped) { return .success(.unknown) }
            if !own, ResponseLoader.notApplicableWords.contains(mapped) { return .success(.notApplicable) }
            return check(shape.picksSeveral ? .sequence([node(mapped)]) : .scalar(mapped, .plain))
        }
        if !shape.isFreeText {
            if Self.unknownWords.contains(normal), kind.allowsUnknown { return .success(.unknown) }
            if Self.notApplicableWords.contains(normal), kind.allowsNotApplicable { return .success(.notApplicable) }
        }
        if let own = kind.cellAnswer(text) { return check(own) }
        switch shape {
        case .text:
            return check(.scalar(text, .doubleQuoted))
        case .yesNo:
            if ["ja", "j", "yes", "y", "true", "waar", "1"].contains(normal) { return check(.scalar("ja", .plain)) }
            if ["nee", "n", "no", "false", "onwaar", "0"].contains(normal) { return check(.scalar("nee", .plain)) }
            return .failure(
                ImportProblem(
                    Message(nl: "'\(text)' is geen ja of nee", en: "'\(text)' is not yes or no"),
                    fix: Message(nl: "verwacht: ja of nee", en: "expected: yes or no")))
        case .number:
            var number = text
            if !number.contains("."), number.filter({ $0 == "," }).count == 1 { number = number.replacingOccurrences(of: ",", with: ".") }
            switch NumberText.parse(number, what: Message(nl: "dit antwoord", en: "this answer")) {
            case .success(let value): return check(.scalar(YAMLText.number(value), .plain))
            case .failure(let problem): return .failure(ImportProblem(problem.message, fix: problem.fix))
            }
        case .options:
            return choices(text)
        case .option:
            guard let option = option(text) else { return .failure(unknownValue(text)) }
            return check(.scalar(option.id, .plain))
        }
    }

    /// An option by id, label or value; a label with a number in front ("3 - Grotendeels") too.
    func option(_ text: String) -> AnswerOption? {
        let normal = Normalize.text(text)
        let options = question.kind.options
        if let mapped = values[normal] { return options.first { $0.id == mapped } }
        if let found = options.first(where: {
            $0.id.lowercased() == normal || Normalize.text($0.label.nl ?? "") == normal || Normalize.text($0.label.en ?? "") == normal
        }) {
            return found
        }
        if let number = Double(normal.replacingOccurrences(of: ",", with: ".")), let found = options.first(where: { $0.value == number }) {
            return found
        }
        // "3 - Grotendeels", "3. Grotendeels", "(3) Grotendeels"
        let rest = normal.drop { $0.isNumber || $0 == "(" || $0 == ")" || $0 == "." || $0 == "-" || $0 == ":" || $0 == " " }
        if rest.count < normal.count, !rest.isEmpty { return option(String(rest)) }
        return nil
    }

    /// Several choices: separated by `;` (Microsoft Forms) or `,` (Google Forms), where a
    /// label may itself hold a comma.
    func choices(_ text: String) -> Result<AnswerValue, ImportProblem> {
        if let whole = option(text) { return check(.sequence([node(whole.id)])) }
        let separator: Character = text.contains(";") ? ";" : ","
        let pieces = text.split(separator: separator).map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var ids: [String] = []
        var pending = ""
        for piece in pieces {
            pending = pending.isEmpty ? piece : pending + String(separator) + " " + piece
            if let found = option(pending) ?? option(pending.replacingOccurrences(of: String(separator) + " ", with: String(separator))) {
                ids.append(found.id)
                pending = ""
            }
        }
        guard pending.isEmpty else { return .failure(unknownValue(pending)) }
        return check(.sequence(ids.map(node)))
    }

    private func unknownValue(_ text: String) -> ImportProblem {
        let labels = question.kind.options.map { "'\($0.label.text(in: .nl))'" }.prefix(12).joined(separator: ", ")
        let labelsEN = question.kind.options.map { "'\($0.label.text(in: .en))'" }.prefix(12).joined(separator: ", ")
        return ImportProblem(
            Message(
                nl: "'\(text)' is geen antwoord op vraag '\(question.id)'", en: "'\(text)' is not an answer to question '\(question.id)'"),
            fix: Message(
                nl: "geldig: \(labels); of koppel het antwoord in het koppelbestand onder 'values:'",
                en: "valid: \(labelsEN); or map the answer in the mapping file under 'values:'"))
    }

    private func node(_ id: String) -> YAMLNode { YAMLNode(.scalar(id, .plain), at: SourceLocation(file: "<csv>", line: 1, column: 1)) }

    private func check(_ kind: YAMLNode.Kind) -> Result<AnswerValue, ImportProblem> {
        let sink = DiagnosticSink()
        let node = YAMLNode(kind, at: SourceLocation(file: "<csv>", line: 1, column: 1))
        if let value = question.kind.read(node, questionID: question.id, sink: sink), !sink.hasErrors { return .success(value) }
        let problem = sink.list.errors.first
        return .failure(
            ImportProblem(problem?.message ?? Message(nl: "dat antwoord past niet", en: "that answer does not fit"), fix: problem?.fix))
    }
}

/// Why a cell could not be imported.
struct ImportProblem: Error {
    var message: Message
    var fix: Message?
    init(_ message: Message, fix: Message?) {
        self.message = message
        self.fix = fix
    }
}
