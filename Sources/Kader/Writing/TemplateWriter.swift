/// Writes an empty response for a framework: every question as a comment (text, help, options,
/// when it is asked) above an empty answer, ready to fill in with an editor.
///
/// An untouched template is a valid response in which everything is unanswered, so
/// `kader scan` runs on it straight away and reports what is still open.
public struct TemplateWriter: Sendable {
    /// The framework.
    public var framework: Framework
    /// The language of the comments.
    public var language: Language
    /// Comment lines are wrapped at this width.
    public var width = 96

    /// Creates a writer.
    public init(framework: Framework, language: Language) {
        self.framework = framework
        self.language = language
    }

    /// The template. A `respondent` or `date` given here is filled in.
    public func write(respondent: String? = nil, date: String? = nil) -> String {
        let l = language
        var out = ""
        func comment(_ text: String, indent: String = "", prefix: String = "") {
            for line in YAMLText.wrap(text, width: width - indent.count - prefix.count - 2) {
                out += indent + "#" + (line.isEmpty ? "" : " " + prefix + YAMLText.comment(line)) + "\n"
            }
        }
        comment(say("Antwoorden voor: ", "Answers for: ") + framework.title.text(in: l) + " (\(framework.id) \(framework.version))")
        let report = framework.report
        let leaveOpen = report.dutch(
            "Laat een vraag leeg als u hem (nog) niet beantwoordt. "
                + "Een toelichting kan zo: 'vraag: {value: deels, note: \"uw toelichting\"}'. ",
            "Laat een vraag leeg als je hem (nog) niet beantwoordt. "
                + "Een toelichting kan zo: 'vraag: {value: deels, note: \"je toelichting\"}'. ")
        comment(
            say(
                "Vul achter elke vraag het antwoord in: een van de woorden na 'Kies:'. " + leaveOpen
                    + "Controleer met: kader validate BESTAND; scoor met: kader scan BESTAND.",
                "After each question, write the answer: one of the words after 'Choose:'. "
                    + "Leave a question empty if you do not answer it (yet). "
                    + "A note goes like this: 'question: {value: deels, note: \"your note\"}'. "
                    + "Check with: kader validate FILE; score with: kader scan FILE."
            ))
        out += "framework: \(YAMLText.scalar(framework.id))\n"
        out += "version: \(YAMLText.quoted(framework.version))\n"
        out +=
            "respondent: " + (respondent.map(YAMLText.quoted) ?? "") + "   # " + say("wie antwoordt: ", "who answers: ")
            + YAMLText.comment(report.respondentName(in: l)) + "\n"
        out += "organisation:   # " + say("de organisatie (mag leeg blijven)", "the organisation (may stay empty)") + "\n"
        out += "date: " + (date.map(YAMLText.scalar) ?? "") + "   # " + say("JJJJ-MM-DD", "YYYY-MM-DD") + "\n"
        if !framework.context.isEmpty {
            out += "context:\n"
            for field in framework.context {
                let kind = field.kind == .number ? say(" (een getal)", " (a number)") : ""
                out += "  \(YAMLText.scalar(field.id)):   # " + YAMLText.comment(field.label.text(in: l)) + kind + "\n"
            }
        }
        out += "answers:\n"
        for (domainIndex, domain) in framework.domains.enumerated() {
            out += "\n"
            let named = framework.titleNamesPrecondition(ofDomainAt: domainIndex, in: l)
            let role = domain.role == .precondition && !named ? say(" (randvoorwaarde)", " (precondition)") : ""
            let title = YAMLText.comment(framework.numberedTitle(ofDomainAt: domainIndex, in: l))
            out += "  # " + String(repeating: "=", count: 3) + " " + title + role + "\n"
            if let description = domain.description { comment(description.text(in: l), indent: "  ") }
            for question in domain.questions {
                out += "\n"
                var tags: [String] = []
                if question.required { tags.append(say("verplicht", "required")) }
                if question.critical { tags.append(say("kritiek punt", "critical item")) }
                let number = framework.number(ofQuestion: question.id, in: l)
                comment(
                    number + " " + question.text.text(in: l) + (tags.isEmpty ? "" : " [" + tags.joined(separator: ", ") + "]"), indent: "  "
                )
                if let help = question.help { comment(help.text(in: l), indent: "  ", prefix: "  ") }
                if let relevance = question.relevance {
                    comment(say("Alleen invullen als: ", "Only answer when: ") + relevance.text, indent: "  ", prefix: "  ")
                }
                comment(question.kind.templateChoices(in: l), indent: "  ", prefix: "  ")
                out += "  \(YAMLText.scalar(question.id)):\n"
            }
        }
        return out
    }

    private var say: Say { Say(language) }
}
