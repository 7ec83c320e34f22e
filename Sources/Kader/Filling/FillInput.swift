/// One line typed while filling in a scan, and what it means. The same protocol works in a
/// terminal and through a pipe (see the README, "kader fill"):
///
/// | input | meaning |
/// | --- | --- |
/// | `1`, `2`, … | the option with that number (several for a multiple choice: `1 3`) |
/// | an option's id or label | that option; `ja`/`nee` at a yes/no question; a number at a number question |
/// | `w`, `?` | "weet niet" |
/// | `n`, `nvt` | "n.v.t." (at a yes/no question only `nvt`, because `n` could mean "nee") |
/// | Enter, `s` | keep the current answer (or leave it open) and go on |
/// | `b` | back to the previous question |
/// | `g 3.2`, `g ID` | go to a question by number or id |
/// | `o: text` | a note with the answer (`o:` alone removes it); also after an answer: `2 o: text` |
/// | `e: text` | evidence with the answer |
/// | `wis` | remove the answer |
/// | `h` | help |
/// | `q` | stop; everything given so far is saved |
///
/// At a free-text question every other line is the answer.
public enum FillInput: Sendable, Hashable {
    /// Keep the current answer, or leave the question open, and go on.
    case next
    /// Back to the question asked before.
    case back
    /// Stop.
    case quit
    /// Show the help.
    case help
    /// Go to a question by number (`3.2`) or id.
    case goTo(String)
    /// Set (or, when empty, remove) the note.
    case note(String)
    /// Set (or, when empty, remove) the evidence.
    case evidence(String)
    /// Remove the answer.
    case clear
    /// Anything else: an answer, interpreted by the question, with a note when the line
    /// carries one after ` o: ` (not at free-text questions, where the whole line is the answer).
    case answer(String, note: String?)

    /// Reads one line.
    public static func parse(_ line: String) -> FillInput {
        let text = line.trimmingWhitespace()
        let lower = text.lowercased()
        switch lower {
        case "", "s", "skip", "sla over", "overslaan", "volgende", "next": return .next
        case "b", "terug", "back", "vorige": return .back
        case "q", "stop", "quit", "exit": return .quit
        case "h", "help", "hulp": return .help
        case "wis", "clear": return .clear
        default: break
        }
        for prefix in ["g ", "ga naar ", "ga ", "go to ", "go "] where lower.hasPrefix(prefix) {
            return .goTo(String(text.dropFirst(prefix.count)).trimmingWhitespace())
        }
        for prefix in ["o:", "opmerking:", "toelichting:", "note:"] where lower.hasPrefix(prefix) {
            return .note(String(text.dropFirst(prefix.count)).trimmingWhitespace())
        }
        for prefix in ["e:", "bewijs:", "evidence:"] where lower.hasPrefix(prefix) {
            return .evidence(String(text.dropFirst(prefix.count)).trimmingWhitespace())
        }
        if let range = text.firstRange(of: " o:") ?? text.firstRange(of: " O:") {
            return .answer(
                String(text[..<range.lowerBound]).trimmingWhitespace(), note: String(text[range.upperBound...]).trimmingWhitespace())
        }
        return .answer(text, note: nil)
    }

    /// Words for "weet niet".
    static let unknownWords: Set<String> = ["w", "?", "wn", "weet niet", "weet_niet", "unknown", "onbekend", "don't know", "dont know"]
    /// Words for "n.v.t." (`n` is left out at yes/no questions).
    static let notApplicableWords: Set<String> = ["n", "nvt", "n.v.t.", "n.v.t", "na", "n/a", "not applicable", "not_applicable"]
}

extension String {
    /// The text without leading and trailing spaces, tabs and line ends.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}

/// Turns the text of an answer into an ``AnswerValue`` for a question: the kind's own reading
/// (``QuestionKind/typedAnswer(_:)``) or the one of its shape, then the kind's own checks
/// (bounds, whole numbers, number of choices, length).
struct FillAnswerReader {
    let question: Question

    /// The options a respondent picks by number.
    var numbered: [AnswerOption] { question.kind.numberedOptions }

    /// True when `n` is an answer of the kind itself ("nee"), so that it cannot mean "n.v.t.".
    static func takesN(_ kind: any QuestionKind) -> Bool { kind.answerShape == .yesNo }

    func read(_ text: String) -> Result<AnswerValue, FillProblem> {
        let lower = text.lowercased()
        let kind = question.kind
        if !kind.answerShape.isFreeText {
            if FillInput.unknownWords.contains(lower) {
                return kind.allowsUnknown
                    ? .success(.unknown)
                    : .failure(FillProblem(nl: "deze vraag kent geen 'weet niet'", en: "this question has no 'don't know'"))
            }
            if FillInput.notApplicableWords.contains(lower) {
                if Self.takesN(kind), lower == "n" {
                    return .failure(
                        FillProblem(
                            nl: "'n' kan hier 'nee' of 'n.v.t.' betekenen: typ 2 of nee voor nee, nvt voor n.v.t.",
                            en: "'n' could mean 'no' or 'n/a' here: type 2 or no for no, nvt for not applicable"))
                }
                return kind.allowsNotApplicable
                    ? .success(.notApplicable)
                    : .failure(FillProblem(nl: "deze vraag kent geen 'n.v.t.'", en: "this question has no 'not applicable'"))
            }
        }
        if let own = kind.typedAnswer(text) { return check(own) }
        switch kind.answerShape {
        case .yesNo:
            if ["1", "ja", "j", "yes", "y"].contains(lower) { return check(.scalar("ja", .plain)) }
            if ["2", "nee", "no"].contains(lower) { return check(.scalar("nee", .plain)) }
            return .failure(FillProblem(nl: "typ 1 (ja) of 2 (nee)", en: "type 1 (yes) or 2 (no)"))
        case .number:
            let number = String(text.map { $0 == "," ? "." : $0 })
            guard let value = NumberText.finite(number) else {
                return .failure(FillProblem(nl: "'\(text)' is geen getal tot 10^15", en: "'\(text)' is not a number up to 10^15"))
            }
            return check(.scalar(YAMLText.number(value), .plain))
        case .text:
            return check(.scalar(text, .doubleQuoted))
        case .options:
            if ["0", "geen", "none", "-"].contains(lower) { return check(.sequence([])) }
            let tokens = text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == ";" }).map(String.init)
            if tokens.allSatisfy({ Int($0) != nil }) {
                var ids: [String] = []
                for token in tokens {
                    guard let option = pick(token) else { return .failure(outOfRange(token)) }
                    ids.append(option.id)
                }
                return check(.sequence(ids.map { node(.scalar($0, .plain)) }))
            }
            let parts = text.split(separator: ",").map { String($0).trimmingWhitespace() }
            return check(.sequence(parts.map { node(.scalar($0, .doubleQuoted)) }))
        case .option:
            if Int(text) != nil {
                guard let option = pick(text) else { return .failure(outOfRange(text)) }
                return check(.scalar(option.id, .plain))
            }
            return check(.scalar(text, .doubleQuoted))
        }
    }

    private func pick(_ token: String) -> AnswerOption? {
        guard let number = Int(token), number >= 1, number <= numbered.count else { return nil }
        return numbered[number - 1]
    }

    private func outOfRange(_ token: String) -> FillProblem {
        FillProblem(
            nl: "kies een nummer van 1 tot en met \(numbered.count), niet \(token)",
            en: "choose a number from 1 to \(numbered.count), not \(token)")
    }

    private func node(_ kind: YAMLNode.Kind) -> YAMLNode { YAMLNode(kind, at: SourceLocation(file: "<invoer>", line: 1, column: 1)) }

    /// Lets the question kind read the value, so that its own checks apply.
    private func check(_ kind: YAMLNode.Kind) -> Result<AnswerValue, FillProblem> {
        let sink = DiagnosticSink()
        if let value = question.kind.read(node(kind), questionID: question.id, sink: sink), !sink.hasErrors { return .success(value) }
        guard let problem = sink.list.errors.first else {
            return .failure(FillProblem(nl: "dat antwoord past niet", en: "that answer does not fit"))
        }
        return .failure(
            FillProblem(
                message: problem.fix.map { problem.message.appending(Message(nl: "(\($0.nl))", en: "(\($0.en))")) } ?? problem.message))
    }
}

/// Why a line was not accepted as an answer.
struct FillProblem: Error {
    var message: Message
    init(message: Message) { self.message = message }
    init(nl: String, en: String) { message = Message(nl: nl, en: en) }
}
