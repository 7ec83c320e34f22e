import Kader

/// The words the handout and the paper form share: texts in the chosen language, question
/// numbers (`3.2`, as `kader fill` and the template use them), numbers with a decimal comma in
/// Dutch, aggregators in words, and source titles.
struct ExportWords {
    let framework: Framework
    let language: Language

    /// Dutch or English, picked in the language of the words.
    var say: Say { Say(language) }
    func text(_ localized: LocalizedText?) -> String { localized?.text(in: language) ?? "" }
    func number(_ value: Double) -> String { ValueText.number(value, language: language) }
    /// A formula or derived score's expression as a reader reads it, never as written.
    func expression(_ expression: CheckedExpression) -> String {
        ExpressionWords.text(expression, framework: framework, language: language)
    }

    /// "kader moskeeonderwijs · versie 1.0.0 · 2026-11-23".
    var versionLine: String {
        say("kader", "framework") + " \(framework.id) · " + say("versie", "version") + " \(framework.version)"
            + (framework.date.map { " · \($0)" } ?? "")
    }

    /// A question's number: domain and place, as `3.2`.
    func number(of questionID: String) -> String {
        framework.number(ofQuestion: questionID, in: language)
    }

    /// A domain's heading on the paper form and the handout: its numbered title, and for a
    /// precondition that it is one (and, with `notCounted`, not part of the total), unless the
    /// title already says so: "Vooraf: Randvoorwaarden", not "… (randvoorwaarde)".
    func domainHeading(at index: Int, notCounted: Bool) -> String {
        let title = framework.numberedTitle(ofDomainAt: index, in: language)
        guard framework.domains[index].role == .precondition else { return title }
        let named = framework.titleNamesPrecondition(ofDomainAt: index, in: language)
        switch (named, notCounted) {
        case (true, false): return title
        case (true, true): return title + say(" (telt niet mee in het totaal)", " (not part of the total)")
        case (false, false): return title + say(" (randvoorwaarde)", " (precondition)")
        case (false, true): return title + say(" (randvoorwaarde, telt niet mee in het totaal)", " (precondition, not part of the total)")
        }
    }

    /// Marks for a question: required, critical, weight, reverse, conditional.
    func tags(_ question: Question) -> [String] {
        var tags: [String] = []
        if question.critical { tags.append(say("kritiek punt", "critical item")) }
        if question.required { tags.append(say("verplicht", "required")) }
        if question.weight != 1 { tags.append(say("weegt ", "weight ") + number(question.weight) + "×") }
        if question.reverse { tags.append(say("omgekeerd gescoord", "reverse-scored")) }
        if !question.kind.isScored { tags.append(say("telt niet mee in de score", "not scored")) }
        if question.relevance != nil { tags.append(say("alleen als ", "only when ") + dependsOn(question)) }
        return tags
    }

    /// "vraag 5.3 dat toelaat" for a relevance condition, naming the questions it reads.
    func dependsOn(_ question: Question) -> String {
        let ids = (question.relevance?.references ?? []).compactMap { reference -> String? in
            if case .answer(let id) = reference { return id }
            return nil
        }.sorted { number(of: $0).questionNumberPrecedes(number(of: $1)) }
        guard !ids.isEmpty else { return question.relevance?.text ?? "" }
        let numbers = ids.map(number(of:)).joined(separator: ", ")
        return say("het antwoord op \(numbers) erom vraagt", "the answer to \(numbers) calls for it")
    }

    /// An aggregator in words, over item scores (a domain) or over parts (a derived score).
    func aggregator(_ name: String, items: Bool = true) -> String {
        let of = items ? say(" van de itemscores", " of the item scores") : ""
        switch name {
        case "mean": return say("gemiddelde", "mean") + of
        case "weighted_mean": return say("gewogen gemiddelde", "weighted mean") + of
        case "sum":
            return items
                ? say("som van de punten, als deel van het maximum", "sum of the points, as a share of the maximum")
                : say("som", "sum")
        case "minimum": return items ? say("laagste itemscore", "lowest item score") : say("laagste", "lowest")
        case "maximum": return items ? say("hoogste itemscore", "highest item score") : say("hoogste", "highest")
        case "median": return say("mediaan", "median") + of
        default: return name
        }
    }

    /// Titles and addresses of the sources with these ids, each once, in the framework's order.
    func sources(_ ids: [String]) -> [(String, String?)] {
        let wanted = Set(ids)
        return framework.sources.filter { wanted.contains($0.id) }.map { (text($0.title), $0.url) }
    }
}

extension String {
    /// Compares question numbers such as `3.10` and `3.2` as numbers.
    func questionNumberPrecedes(_ other: String) -> Bool {
        let lhs = split(separator: ".").map { Int($0) ?? 0 }
        let rhs = other.split(separator: ".").map { Int($0) ?? 0 }
        return lhs.lexicographicallyPrecedes(rhs)
    }
}
