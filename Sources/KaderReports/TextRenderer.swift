import Kader

/// A report for the terminal: the summary, a score bar per domain, what goes well, what can be
/// better, and the advice in the order to act on it. Colour only when asked for; readable without.
public struct TextRenderer: Renderer {
    public static let name = "text"
    public static let summary = Message(nl: "een overzicht voor de terminal, uitgelijnd, kleur alleen op een terminal", en: "an aligned overview for the terminal, colour only on a terminal")
    public init() {}

    public func render(_ result: AssessmentResult, framework: Framework, options: RenderOptions) -> String {
        var out = TextOut(options: options)
        let v = Vocabulary(framework, options.language)
        out.heading(result.framework.title.text(in: options.language))
        out.line(v.respondent(result) + (result.date.map { " · \($0)" } ?? "") + " · \(v.t("kader", "framework")) \(result.framework.id) \(result.framework.version)")
        if let answered = result.framework.answeredVersion {
            out.line(out.dim(v.t("Ingevuld voor versie \(answered); gescoord met \(result.framework.version).", "Answered for version \(answered); scored with \(result.framework.version).")))
        }
        out.blank()
        let overall = result.overall.score.map { v.score($0) } ?? v.t("onvoldoende gegevens", "insufficient data")
        out.line(out.bold(v.t("Totaal", "Overall")) + ": \(overall)" + (result.overall.level.map { " · \(v.level($0))" } ?? "")
                 + (result.overall.grade.map { " · \(v.t("rapportcijfer", "report grade")) \(v.grade($0))" } ?? ""))
        if !result.overall.cappedBy.isEmpty {
            out.line(out.warn(v.t("Niveau begrensd door: ", "Level capped by: ") + result.overall.cappedBy.joined(separator: ", ")
                              + " (\(v.t("zonder begrenzing", "without the cap")): \(v.level(result.overall.requiredLevel)))"))
        }
        out.line(v.t("Ingevuld", "Completed") + ": " + v.completeness(result.completeness))
        out.blank()
        if !result.preconditions.isEmpty {
            out.heading(v.t("Randvoorwaarden", "Preconditions"))
            for p in result.preconditions {
                let mark = switch p.outcome { case .met: out.good("✔"); case .notMet: out.bad("✘"); case .unknown: "?" }
                out.line("  \(mark) \(v.text(p.text))")
                if p.outcome != .met, let advice = p.advice { out.line("      → " + v.text(advice)) }
            }
            out.blank()
        }
        out.heading(v.t("Per domein", "Per domain"))
        domainTable(result.domains, v: v, out: &out)
        out.blank()
        if !result.flags.isEmpty {
            out.heading(v.t("Signalen", "Flags"))
            for f in result.flags {
                let mark = f.severity == .critical ? out.bad("!!") : f.severity == .warning ? out.warn("!") : "i"
                out.line("  \(mark) \(v.text(f.text))")
                if let because = f.because { out.line("     " + out.dim(v.t("Waarom: ", "Why: ") + v.text(because))) }
            }
            out.blank()
        }
        if !result.strengths.isEmpty {
            out.heading(v.t("Wat gaat goed", "What goes well"))
            for s in result.strengths { out.line("  + \(v.text(s.text))") }
            out.blank()
        }
        if !result.advice.isEmpty {
            out.heading(v.t("Wat kan beter", "What can be better"))
            for (index, a) in result.advice.enumerated() {
                out.line("  \(index + 1). \(v.text(a.text)) " + out.dim("[\(a.priority.label(in: options.language)), \(a.effort.label(in: options.language))]"))
                if let step = a.firstStep { out.line("     " + v.t("Eerste stap: ", "First step: ") + v.text(step)) }
                if let because = a.because { out.line("     " + out.dim(v.t("Waarom: ", "Why: ") + v.text(because))) }
                let sources = a.sources.map { v.source($0).title }
                if !sources.isEmpty { out.line("     " + out.dim(v.t("Bronnen: ", "Sources: ") + sources.joined(separator: "; "))) }
            }
            out.blank()
        }
        let open = v.openAnswers(result)
        if !open.isEmpty {
            out.heading(v.t("In eigen woorden", "In their own words"))
            for item in open {
                out.line("  \(v.text(item.text))")
                out.line("    " + v.text(item.display))
            }
            out.blank()
        }
        let notes = result.domains.flatMap(\.items).filter { $0.note != nil }
        if !notes.isEmpty {
            out.heading(v.t("Toelichtingen", "Notes"))
            for item in notes {
                out.line("  \(v.text(item.text)) (\(item.display.map(v.text) ?? "—"))")
                out.line("    \(item.note ?? "")")
            }
            out.blank()
        }
        for notice in result.notices {
            out.line(out.dim(v.t("let op: ", "note: ") + notice.message.text(in: options.language)))
        }
        return out.text
    }

    private func domainTable(_ domains: [DomainResult], v: Vocabulary, out: inout TextOut) {
        let width = min(40, domains.map { v.text($0.title).count }.max() ?? 10)
        for d in domains {
            var row = "  \(TextOut.pad(v.text(d.title), width))  \(TextOut.pad(v.score(d.score), 5, right: true))  "
            row += (d.score.map { out.bar($0) } ?? String(repeating: " ", count: 22)) + "  \(TextOut.pad(v.level(d.level), 16))"
            if d.grade != nil { row += "  \(TextOut.pad(v.grade(d.grade), 4, right: true))" }
            if d.score == nil { row += "  " + out.dim(v.t("onvoldoende gegevens (\(d.answeredItems)/\(d.minAnswered))", "insufficient data (\(d.answeredItems)/\(d.minAnswered))")) }
            if d.role == .precondition { row += "  " + out.dim(v.t("(randvoorwaarde)", "(precondition)")) }
            if !d.cappedBy.isEmpty { row += "  " + out.warn(v.t("begrensd", "capped")) }
            out.line(row)
        }
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

    /// Pads or cuts (with an ellipsis) to `width` characters.
    static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let count = text.count
        if count > width { return String(text.prefix(max(0, width - 1))) + "…" }
        let space = String(repeating: " ", count: width - count)
        return right ? space + text : text + space
    }
}
