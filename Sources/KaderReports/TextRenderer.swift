import Kader

/// A report for the terminal: the summary, a score bar per domain, what goes well, what can be
/// better, and the advice in the order to act on it. Colour only when asked for.
public struct TextRenderer: Renderer {
    public static let name = "text"
    public static let summary = Message(nl: "een overzicht voor de terminal, uitgelijnd, kleur alleen op een terminal", en: "an aligned overview for the terminal, colour only on a terminal")
    public init() {}

    public func render(_ result: AssessmentResult, framework: Framework, options: RenderOptions) -> String {
        var out = TextOut(options: options)
        let nl = options.language == .nl
        func t(_ dutch: String, _ english: String) -> String { nl ? dutch : english }
        func level(_ id: String?) -> String {
            guard let id else { return "—" }
            return framework.growthModel?.levels.first { $0.id == id }?.label.text(in: options.language) ?? id
        }
        func number(_ value: Double?) -> String { value.map { ValueText.number($0, language: options.language) } ?? "—" }
        let scoreDecimals = framework.scoring.rounding.decimals
        let gradeDecimals = framework.grades?.rounding.decimals ?? 1
        func score(_ value: Double?) -> String { value.map { ValueText.fixed($0, decimals: scoreDecimals, language: options.language) } ?? "—" }
        func grade(_ value: Double?) -> String { value.map { ValueText.fixed($0, decimals: gradeDecimals, language: options.language) } ?? "—" }

        out.heading(result.framework.title.text(in: options.language))
        var who = [result.respondent, result.organisation].compactMap { $0 }.joined(separator: ", ")
        if who.isEmpty { who = t("(geen naam)", "(no name)") }
        out.line(who + (result.date.map { " · \($0)" } ?? "") + " · \(t("kader", "framework")) \(result.framework.id) \(result.framework.version)")
        if let answered = result.framework.answeredVersion {
            out.line(out.dim(t("Ingevuld voor versie \(answered); gescoord met \(result.framework.version).", "Answered for version \(answered); scored with \(result.framework.version).")))
        }
        out.blank()
        let overallScore = result.overall.score.map { score($0) } ?? t("onvoldoende gegevens", "insufficient data")
        out.line(out.bold(t("Totaal", "Overall")) + ": \(overallScore)" + (result.overall.level.map { " · \(level($0))" } ?? "")
                 + (result.overall.grade.map { " · \(t("rapportcijfer", "report grade")) \(grade($0))" } ?? ""))
        if !result.overall.cappedBy.isEmpty {
            out.line(out.warn(t("Niveau begrensd door: ", "Level capped by: ") + result.overall.cappedBy.joined(separator: ", ")
                              + " (\(t("zonder begrenzing", "without the cap")): \(level(result.overall.requiredLevel)))"))
        }
        let c = result.completeness
        out.line(t("Ingevuld", "Completed") + ": \(number(c.percentage))% · \(c.answered) \(t("beantwoord", "answered")), \(c.unknown) \(t("weet niet", "don't know")), \(c.notApplicable) \(t("n.v.t.", "not applicable")), \(c.unanswered) \(t("open", "open"))")
        out.blank()

        if !result.preconditions.isEmpty {
            out.heading(t("Randvoorwaarden", "Preconditions"))
            for p in result.preconditions {
                let mark = switch p.outcome { case .met: out.good("✔"); case .notMet: out.bad("✘"); case .unknown: "?" }
                out.line("  \(mark) \(p.text.text(in: options.language))")
                if p.outcome != .met, let advice = p.advice { out.line("      → " + advice.text(in: options.language)) }
            }
            out.blank()
        }

        out.heading(t("Per domein", "Per domain"))
        let width = min(40, result.domains.map { $0.title.text(in: options.language).count }.max() ?? 10)
        for d in result.domains {
            let title = pad(d.title.text(in: options.language), width)
            let scoreText = pad(score(d.score), 5, right: true)
            let bar = d.score.map { out.bar($0) } ?? String(repeating: " ", count: 22)
            var row = "  \(title)  \(scoreText)  \(bar)  \(pad(level(d.level), 16))"
            if d.grade != nil { row += "  \(pad(grade(d.grade), 4, right: true))" }
            if d.score == nil { row += "  " + out.dim(t("onvoldoende gegevens (\(d.answeredItems)/\(d.minAnswered))", "insufficient data (\(d.answeredItems)/\(d.minAnswered))")) }
            if d.role == .precondition { row += "  " + out.dim(t("(randvoorwaarde)", "(precondition)")) }
            if !d.cappedBy.isEmpty { row += "  " + out.warn(t("begrensd", "capped")) }
            out.line(row)
        }
        out.blank()

        if !result.flags.isEmpty {
            out.heading(t("Signalen", "Flags"))
            for f in result.flags {
                let mark = f.severity == .critical ? out.bad("!!") : f.severity == .warning ? out.warn("!") : "i"
                out.line("  \(mark) \(f.text.text(in: options.language))")
                if let because = f.because { out.line("     " + out.dim(t("Waarom: ", "Why: ") + because.text(in: options.language))) }
            }
            out.blank()
        }
        if !result.strengths.isEmpty {
            out.heading(t("Wat gaat goed", "What goes well"))
            for s in result.strengths { out.line("  + \(s.text.text(in: options.language))") }
            out.blank()
        }
        if !result.advice.isEmpty {
            out.heading(t("Wat kan beter", "What can be better"))
            for (index, a) in result.advice.enumerated() {
                let tags = "[\(a.priority.label(in: options.language)), \(a.effort.label(in: options.language))]"
                out.line("  \(index + 1). \(a.text.text(in: options.language)) " + out.dim(tags))
                if let step = a.firstStep { out.line("     " + t("Eerste stap: ", "First step: ") + step.text(in: options.language)) }
                if let because = a.because { out.line("     " + out.dim(t("Waarom: ", "Why: ") + because.text(in: options.language))) }
                let sources = a.sources.map { id in framework.sources.first { $0.id == id }?.title.text(in: options.language) ?? id }
                if !sources.isEmpty { out.line("     " + out.dim(t("Bronnen: ", "Sources: ") + sources.joined(separator: "; "))) }
            }
            out.blank()
        }
        // Open questions ("wat gaat goed?", "wat kan beter?") in the respondent's own words.
        let openAnswers = result.domains.flatMap(\.items).filter { !$0.scored && { if case .text = $0.answer { true } else { false } }($0) }
        if !openAnswers.isEmpty {
            out.heading(t("In eigen woorden", "In their own words"))
            for item in openAnswers {
                out.line("  \(item.text.text(in: options.language))")
                out.line("    " + (item.display?.text(in: options.language) ?? ""))
            }
            out.blank()
        }
        let notes = result.domains.flatMap(\.items).filter { $0.note != nil }
        if !notes.isEmpty {
            out.heading(t("Toelichtingen", "Notes"))
            for item in notes {
                out.line("  \(item.text.text(in: options.language)) (\(item.display?.text(in: options.language) ?? "—"))")
                out.line("    \(item.note ?? "")")
            }
            out.blank()
        }
        for notice in result.notices {
            out.line(out.dim("\(notice.severity == .warning ? t("let op", "note") : "") \(notice.message.text(in: options.language))"))
        }
        return out.text
    }

    private func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let count = text.count
        if count > width { return String(text.prefix(width - 1)) + "…" }
        if count == width { return text }
        let space = String(repeating: " ", count: width - count)
        return right ? space + text : text + space
    }
}

/// Builds terminal text, with ANSI styles only when colour is on.
struct TextOut {
    let options: RenderOptions
    var text = ""

    mutating func line(_ s: String) { text += s + "\n" }
    mutating func blank() { text += "\n" }
    mutating func heading(_ s: String) { line(bold(s)) }

    func style(_ s: String, _ code: String) -> String { options.color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    func bold(_ s: String) -> String { style(s, "1") }
    func dim(_ s: String) -> String { style(s, "2") }
    func good(_ s: String) -> String { style(s, "32") }
    func bad(_ s: String) -> String { style(s, "31") }
    func warn(_ s: String) -> String { style(s, "33") }

    /// A 20-cell bar for a 0-100 score; readable without colour.
    func bar(_ score: Double) -> String {
        let filled = Int((max(0, min(100, score)) / 5).rounded())
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: 20 - filled) + "]"
    }
}
