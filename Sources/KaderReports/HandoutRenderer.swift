import Kader

/// A handout about a framework for a masterclass or a learning session: what it is for, the
/// preconditions, per domain the criteria with why they matter and the sources, the growth
/// model, and how the scoring works. `kader export FRAMEWORK --as handout`.
public struct HandoutRenderer: Sendable {
    /// Creates the renderer.
    public init() {}

    /// The handout in `format` and `language`.
    public func render(_ framework: Framework, format: ExportFormat, language: Language) -> String {
        let words = ExportWords(framework: framework, language: language)
        let t = words.t
        var doc = ExportDocument(title: words.text(framework.title) + " — " + t("hand-out", "handout"), language: language)
        doc.add(.heading(1, words.text(framework.title)))
        doc.add(.small(t("Hand-out", "Handout") + " · " + words.versionLine))
        if let description = framework.description { doc.add(.paragraph(words.text(description))) }
        if let audience = framework.audience { doc.add(.labeled(t("Voor wie", "Who it is for"), words.text(audience))) }
        if let guidance = framework.guidance {
            doc.add(.heading(2, t("Hoe u begint", "How to start")))
            doc.add(.paragraph(words.text(guidance)))
        }
        if !framework.preconditions.isEmpty {
            doc.add(.heading(2, t("Randvoorwaarden", "Preconditions")))
            doc.add(.paragraph(t("Dit moet er zijn voordat het werk begint:", "This should be in place before the work starts:")))
            doc.add(.bullets(framework.preconditions.map { condition in
                words.text(condition.text) + (condition.advice.map { " — " + words.text($0) } ?? "")
            }))
        }
        doc.add(.heading(2, t("De criteria per domein", "The criteria per domain")))
        for (index, domain) in framework.domains.enumerated() {
            let role = domain.role == .precondition ? t(" (randvoorwaarde, telt niet mee in het totaal)", " (precondition, not part of the total)") : ""
            doc.add(.heading(3, "\(index + 1). " + words.text(domain.title) + role))
            if let description = domain.description { doc.add(.labeled(t("Waarom dit ertoe doet", "Why it matters"), words.text(description))) }
            doc.add(.bullets(domain.questions.enumerated().map { offset, question in
                var line = "\(index + 1).\(offset + 1) " + words.text(question.text)
                let tags = words.tags(question)
                if !tags.isEmpty { line += " [" + tags.joined(separator: ", ") + "]" }
                if let help = question.help { line += " — " + words.text(help) }
                return line
            }))
            let cited = words.sources(domain.sources + domain.questions.flatMap(\.sources))
            if !cited.isEmpty { doc.add(.labeled(t("Bronnen", "Sources"), cited.map(\.0).joined(separator: "; "))) }
        }
        if let model = framework.growthModel {
            doc.add(.heading(2, t("Het groeimodel", "The growth model")))
            doc.add(.paragraph(t("Elk domein en het geheel krijgen een niveau op grond van de score (0-100). Het niveau zegt waar u staat; u werkt stap voor stap naar het volgende niveau.",
                                 "Each domain and the whole get a level from the score (0-100). The level says where you stand; you work step by step towards the next level.")))
            doc.add(.small(t("Een band loopt tot, niet tot en met, de bovengrens; de hoogste band loopt tot en met 100.", "A band runs up to, not including, its upper bound; the top band includes 100.")))
            doc.add(.table([t("Niveau", "Level"), t("Score", "Score"), t("Wat het betekent", "What it means")], model.levels.map { level in
                var meaning = words.text(level.description)
                if let requires = level.requires {
                    meaning += (meaning.isEmpty ? "" : " ") + t("Voor het geheel geldt ook: ", "Overall it also requires: ") + requires.text
                }
                return [words.text(level.label), words.number(level.min) + "–" + words.number(level.max), meaning]
            }))
        }
        ScoringExplanation(words: words).add(to: &doc)
        if !framework.sources.isEmpty {
            doc.add(.heading(2, t("Bronnen", "Sources")))
            doc.add(.sources(framework.sources.map { (words.text($0.title), $0.url) }))
        }
        return doc.render(format)
    }
}
