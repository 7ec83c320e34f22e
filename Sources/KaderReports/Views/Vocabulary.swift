import Kader

/// The words every report shares: labels of levels and sources from the framework, numbers with
/// the decimals the framework declares, and the two languages. Public so that a page showing a
/// score beside a form (the server's live score) words it as the reports do.
public struct Vocabulary {
    let framework: Framework
    let language: Language

    /// The words of `framework` in `language`.
    public init(_ framework: Framework, _ language: Language) {
        self.framework = framework
        self.language = language
    }

    /// Dutch or English, picked in the language of the words.
    var say: Say { Say(language) }
    func text(_ localized: LocalizedText?) -> String { localized?.text(in: language) ?? "" }

    /// A level's label, "—" for none.
    public func level(_ id: String?) -> String {
        guard let id else { return "—" }
        return framework.growthModel?.levels.first { $0.id == id }?.label.text(in: language) ?? id
    }

    /// A score with the framework's decimals, "—" for none.
    public func score(_ value: Double?) -> String {
        value.map { ValueText.fixed($0, decimals: framework.scoring.rounding.decimals, language: language) } ?? "—"
    }

    /// A domain's level: one of its own bands, or a level of the growth model.
    func level(_ id: String?, domain: String) -> String {
        guard let id else { return "—" }
        let bands = framework.domain(domain)?.scoring.levels.bands
        return bands?.first { $0.id == id }?.label.text(in: language) ?? level(id)
    }

    /// A score on its own scale with its range, "7 van 10" or "3,5 op 1-5"; a percentage as
    /// ``score(_:)`` writes it. Whole numbers without a decimal: an instrument's raw sums are counts.
    func score(_ value: Double?, scale: ScoreScale, range: ScoreRange?) -> String {
        guard scale != .percent else { return score(value) }
        guard let value else { return "—" }
        func plain(_ n: Double) -> String { ValueText.number(n, rounding: framework.scoring.rounding, language: language) }
        guard let range else { return plain(value) }
        if range.min == 0 { return plain(value) + say(" van ", " of ") + plain(range.max) }
        return plain(value) + say(" op ", " on ") + plain(range.min) + "-" + plain(range.max)
    }

    /// Where a score lies in its range, 0-100, for a bar or chart; nil when it has none.
    func bar(_ value: Double?, range: ScoreRange?) -> Double? {
        value.flatMap { value in range?.percent(of: value) }
    }

    func grade(_ value: Double?) -> String {
        value.map { ValueText.fixed($0, decimals: framework.grades?.rounding.decimals ?? 1, language: language) } ?? "—"
    }

    /// Said beside a grade whose level is capped: the grade was capped too (`when_capped:
    /// limit`), or it is the score's grade while the level is lower.
    var cappedGrade: String {
        framework.grades?.limitWhenCapped == true ? say("begrensd", "capped") : say("niveau begrensd", "level capped")
    }

    /// Where a chart's axis has grid lines: at the framework's level edges, or every 25 without levels.
    var gridlines: [Double] {
        guard let levels = framework.growthModel?.levels else { return [0, 25, 50, 75, 100] }
        return Array(Set([0, 100] + levels.map(\.min))).sorted()
    }

    func number(_ value: Double?) -> String { value.map { ValueText.number($0, language: language) } ?? "—" }

    /// "+4,5" or "−2,0" for a change.
    func change(_ value: Double?) -> String {
        guard let value else { return "—" }
        let text = ValueText.fixed(abs(value), decimals: framework.scoring.rounding.decimals, language: language)
        return value > 0 ? "+" + text : value < 0 ? "−" + text : "±" + text
    }

    /// An answer in words, or a dash for none.
    func answer(_ display: LocalizedText?) -> String { display.map { text($0) } ?? "—" }

    /// A score as a chart draws it.
    func chartValue(_ value: Double?) -> Chart.Value { Chart.Value(value, text: score(value)) }

    func percentage(_ value: Double) -> String { ValueText.number(value, language: language) + "%" }

    /// A source as an advice item cites it: author, year and a short title (the full
    /// reference is in the list at the end), with its address.
    func source(_ id: String) -> (title: String, url: String?) {
        guard let source = framework.sources.first(where: { $0.id == id }) else { return (id, nil) }
        return ((source.short ?? source.title).text(in: language), source.url)
    }

    func domainTitle(_ id: String?) -> String {
        guard let id, let index = framework.index.domains[id] else { return "" }
        return framework.declaresDomainNumbers
            ? framework.numberedTitle(ofDomainAt: index, in: language) : framework.domains[index].title.text(in: language)
    }

    func completeness(_ c: Completeness) -> String {
        "\(percentage(c.percentage)) · \(c.answered) \(say("beantwoord", "answered")), \(c.unknown) \(say("weet niet", "don't know")), "
            + "\(c.notApplicable) \(say("n.v.t.", "not applicable")), \(c.unanswered) \(say("open", "open"))"
    }

    /// A precondition's outcome as a mark: ✔ voldaan, ✘ niet voldaan, ? onbekend.
    func mark(_ outcome: ConditionOutcome) -> Mark {
        switch outcome {
        case .met: Mark(symbol: "✔", word: say("voldaan", "met"), tone: .good)
        case .notMet: Mark(symbol: "✘", word: say("niet voldaan", "not met"), tone: .critical)
        case .unknown: Mark(symbol: "?", word: say("onbekend", "unknown"), tone: .info)
        }
    }

    /// A flag's severity as a mark: !! kritiek, ! let op, i info.
    func mark(_ severity: Flag.Severity) -> Mark {
        switch severity {
        case .critical: Mark(symbol: "!!", word: say("kritiek", "critical"), tone: .critical)
        case .warning: Mark(symbol: "!", word: say("let op", "warning"), tone: .warning)
        case .info: Mark(symbol: "i", word: "info", tone: .info)
        }
    }

    func respondent(_ result: AssessmentResult) -> String {
        let who = [result.respondent, result.organisation].compactMap { $0 }.joined(separator: ", ")
        return who.isEmpty ? say("(geen naam)", "(no name)") : who
    }

    func agreement(_ a: Consensus.Agreement) -> String {
        switch a {
        case .same: say("eens", "agree")
        case .close: say("dicht bij elkaar", "close")
        case .differ: say("verschillen", "differ")
        case .single: say("één antwoord", "one answer")
        }
    }

    /// Open answers ("wat gaat goed?") in the respondent's words.
    func openAnswers(_ result: AssessmentResult) -> [ItemResult] {
        result.domains.flatMap(\.items).filter { item in
            if !item.scored, case .text? = item.answer { return true }
            return false
        }
    }
}
