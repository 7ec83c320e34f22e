/// What `kader fill` shows: the current question with its progress, help and options, the
/// protocol help, and a closing summary. Plain text in the session's language.
extension FillSession {
    /// Where the session is: question 12 of 38 (of the questions asked now), domain 3 of 8.
    public struct Progress: Sendable, Hashable {
        /// The position of the current question among the relevant ones, from 1.
        public var question: Int
        /// How many questions are asked now.
        public var questions: Int
        /// The domain's position, from 1.
        public var domain: Int
        /// How many domains there are.
        public var domains: Int
        /// The domain's title.
        public var domainTitle: String
    }

    /// The progress at the current question; nil at other steps.
    public var progress: Progress? {
        guard case .question(let id)? = step, let path = framework.index.questions[id] else { return nil }
        let asked = framework.questions.filter { isVisitable(.question($0.id)) }
        return Progress(
            question: (asked.firstIndex { $0.id == id } ?? 0) + 1, questions: asked.count,
            domain: path.domain + 1, domains: framework.domains.count,
            domainTitle: framework.declaresDomainNumbers
                ? framework.numberedTitle(ofDomainAt: path.domain, in: language)
                : framework.domains[path.domain].title.text(in: language))
    }

    /// The number people see for a question: domain and place in the domain, as `3.2`.
    public func number(of questionID: String) -> String {
        framework.number(ofQuestion: questionID, in: language)
    }

    /// The text shown before reading a line for the current step.
    public var promptText: String {
        guard let step else { return "" }
        var out = ""
        switch step {
        case .respondent:
            let who = framework.report.respondentName(in: language)
            out +=
                say(
                    "Wie vult de scan in? Typ de naam van \(who) (Enter: overslaan).",
                    "Who fills in the scan? Type the name of \(who) (Enter: skip).")
                + "\n"
            if let respondent = response.respondent { out += "     " + say("Nu: ", "Now: ") + respondent + "\n" }
        case .context(let id):
            let field = framework.context.first { $0.id == id }
            let label = field?.label.text(in: language) ?? id
            out +=
                label + (field?.kind == .number ? say(" (een getal)", " (a number)") : "") + say(" (Enter: overslaan)", " (Enter: skip)")
                + "\n"
            if let value = response.context[id] { out += "     " + say("Nu: ", "Now: ") + Self.text(of: value) + "\n" }
        case .question(let id):
            guard let question = framework.question(id) else { return "" }
            if let progress {
                out +=
                    "\n"
                    + say(
                        "Vraag \(progress.question) van \(progress.questions) · domein \(progress.domain) van \(progress.domains): ",
                        "Question \(progress.question) of \(progress.questions) · domain \(progress.domain) of \(progress.domains): ")
                    + progress.domainTitle + "\n"
            }
            var tags: [String] = []
            if question.required { tags.append(say("verplicht", "required")) }
            if question.critical { tags.append(say("kritiek punt", "critical item")) }
            out +=
                number(of: id) + "  " + question.text.text(in: language) + (tags.isEmpty ? "" : "  [" + tags.joined(separator: ", ") + "]")
                + "\n"
            if let help = question.help {
                for line in YAMLText.wrap(help.text(in: language), width: 74) { out += "     " + line + "\n" }
            }
            out += choices(question)
            if let answer = response.answers[id] {
                var now: [String] = []
                if answer.value != .unanswered { now.append(question.kind.display(answer.value, in: language)) }
                if let note = answer.note { now.append(say("toelichting: ", "note: ") + note) }
                if let evidence = answer.evidence { now.append(say("bewijs: ", "evidence: ") + evidence) }
                out +=
                    "     " + say("Nu: ", "Now: ") + now.joined(separator: " · ") + say(" (Enter houdt dit)", " (Enter keeps this)") + "\n"
            }
        }
        return out
    }

    /// What the question's kind asks for (options by number, what to type), then the keys for
    /// "weet niet" and "n.v.t." (not at free text, where every word is the answer).
    private func choices(_ question: Question) -> String {
        let kind = question.kind
        var lines = kind.fillPrompt(in: language)
        if !kind.answerShape.isFreeText {
            let unknownLabel = kind.options.first { $0.role == .unknown }?.label.text(in: language) ?? say("Weet niet", "Don't know")
            let notApplicableLabel =
                kind.options.first { $0.role == .notApplicable }?.label.text(in: language) ?? say("N.v.t.", "Not applicable")
            if kind.allowsUnknown { lines.append("w  " + unknownLabel) }
            if kind.allowsNotApplicable { lines.append((FillAnswerReader.takesN(kind) ? "nvt  " : "n  ") + notApplicableLabel) }
        }
        return lines.map { "     " + $0 + "\n" }.joined()
    }

    /// The protocol, shown at the start and with `h`; with the current question's option
    /// explanations when it has them.
    public var helpText: String {
        let report = framework.report
        var out =
            say(
                report.dutch("Zo vult u in (typ en druk op Enter):", "Zo vul je in (typ en druk op Enter):"),
                "How to answer (type, then press Enter):") + "\n"
        let rows: [(String, String, String)] = [
            (
                "1, 2, …", "kies het antwoord met dat nummer (meerdere keuzes: 1 3 4)",
                "choose the answer with that number (several choices: 1 3 4)"
            ),
            ("w  ?", "weet niet", "don't know"),
            ("n  nvt", "n.v.t. (bij een ja/nee-vraag: nvt)", "not applicable (at a yes/no question: nvt)"),
            ("o: tekst", "een toelichting bij het antwoord (o: alleen wist hem)", "a note with the answer (o: alone removes it)"),
            (
                "e: tekst", "bewijs bij het antwoord, zoals een document of notulen",
                "evidence with the answer, such as a document or minutes"
            ),
            ("Enter  s", "antwoord houden of overslaan: naar de volgende vraag", "keep the answer or skip: on to the next question"),
            ("b", "terug naar de vorige vraag", "back to the previous question"),
            ("g 3.2", "naar vraag 3.2 (of: g vraag_id)", "go to question 3.2 (or: g question_id)"),
            ("wis", "het antwoord wissen", "remove the answer"),
            ("h", "deze uitleg", "this help"),
            (
                "q", report.dutch("stoppen; wat u hebt ingevuld is bewaard", "stoppen; wat je hebt ingevuld is bewaard"),
                "stop; what you have answered is saved"
            )
        ]
        for (keys, dutch, english) in rows {
            out += "  " + keys + String(repeating: " ", count: max(1, 10 - keys.count)) + say(dutch, english) + "\n"
        }
        out += say("Elk antwoord wordt meteen bewaard.", "Every answer is saved at once.") + "\n"
        if case .question(let id)? = step, let question = framework.question(id) {
            let explained = question.kind.options.filter { $0.help != nil }
            if !explained.isEmpty {
                out += say("Betekenis van de antwoorden:", "What the answers mean:") + "\n"
                for option in explained {
                    out += "  " + option.label.text(in: language) + ": " + (option.help?.text(in: language) ?? "") + "\n"
                }
            }
        }
        return out
    }

    /// How far the response is: answered, "weet niet", "n.v.t." and open among the questions
    /// asked now, and the open required questions by number.
    public var summaryText: String {
        let asked = framework.questions.filter { isVisitable(.question($0.id)) }
        var answered = 0
        var unknown = 0
        var notApplicable = 0
        var openRequired: [String] = []
        for question in asked {
            switch response.answers[question.id]?.value {
            case .unknown?: unknown += 1
            case .notApplicable?: notApplicable += 1
            case nil, .unanswered?: if question.required { openRequired.append(number(of: question.id)) }
            default: answered += 1
            }
        }
        let open = asked.count - answered - unknown - notApplicable
        var out =
            say(
                "Ingevuld: \(answered) van \(asked.count) vragen beantwoord, \(unknown) weet niet, \(notApplicable) n.v.t., \(open) open.",
                "Filled in: \(answered) of \(asked.count) questions answered, "
                    + "\(unknown) don't know, \(notApplicable) not applicable, \(open) open."
            ) + "\n"
        if !openRequired.isEmpty {
            out += say("Verplichte vragen nog open: ", "Required questions still open: ") + openRequired.joined(separator: ", ") + "\n"
        }
        return out
    }

    static func text(of value: ContextValue) -> String {
        switch value {
        case .text(let text): text
        case .number(let number): YAMLText.number(number)
        }
    }

    private var say: Say { Say(language) }
}
