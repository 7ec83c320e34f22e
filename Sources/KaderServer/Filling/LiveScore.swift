import Kader
import KaderReports

/// The score beside the questions: the current domain's score and level and the overall picture,
/// taken from the engine's result for the answers so far (the result `kader scan` gives) and
/// worded as the reports word them.
struct LiveScore: Sendable {
    /// "Bestuur: score 62 · niveau Op weg" or "nog te weinig antwoorden".
    let domain: String
    /// The overall line.
    let overall: String

    init(result: AssessmentResult, framework: Framework, domain index: Int, language: Language) {
        let words = Vocabulary(framework, language)
        let say = Say(language)
        func line(title: String, score: Double?, status: ScoreStatus, level: String?) -> String {
            guard status == .valid, score != nil else {
                return title + ": " + say("nog te weinig antwoorden voor een score", "not enough answers for a score yet")
            }
            var text = title + ": " + say("score ", "score ") + words.score(score)
            if level != nil { text += " · " + say("niveau ", "level ") + words.level(level) }
            return text
        }
        let id = framework.domains.indices.contains(index) ? framework.domains[index].id : ""
        if let domain = result.domains.first(where: { $0.id == id }) {
            self.domain = line(title: domain.title.text(in: language), score: domain.score, status: domain.status, level: domain.level)
        } else {
            self.domain = ""
        }
        let overall = result.overall
        self.overall = line(title: say("Totaal", "Overall"), score: overall.score, status: overall.status, level: overall.level)
    }

    /// The box beside the form (`aside#live-score`); the script replaces the two lines' text.
    func render(into out: inout HTMLWriter, language: Language) {
        let say = Say(language)
        out.element("aside", [.id("live-score"), HTMLAttribute("aria-labelledby", "live-score-title")]) { aside in
            aside.element("h2", [.id("live-score-title")], text: say("Tussenstand", "Score so far"))
            aside.element("p", [.id("live-domain")], text: domain)
            aside.element("p", [.id("live-overall")], text: overall)
            aside.element(
                "p", [.class("hint")],
                text: say(
                    "Dezelfde berekening als het eindrapport; bijgewerkt bij elk antwoord.",
                    "The same calculation as the final report; updated with every answer."))
        }
    }
}
