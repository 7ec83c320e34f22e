/// Why a level is lower than its score's band, in one line every report shows beside the level
/// ("Voorbeeldig vraagt ook: monitoren en leren minstens 65; nu 58"), in the framework's words:
/// a level's `requires_text` and a capping rule's `because`, never a rule id or an expression.
enum LevelNote {
    /// The line, or nil when the level is the band's.
    /// - Parameters:
    ///   - unmetBand: the band's level when its `requires` did not hold, with its `requires_text`.
    ///   - cappedTo: the level a cap lowered it to, with the rules whose caps did.
    static func text(
        unmetBand: (level: Level, text: LocalizedText?)?, cappedTo: (level: Level, by: [String])?,
        rules: [RuleResult]
    ) -> LocalizedText? {
        var nl: [String] = []
        var en: [String] = []
        if let (level, requirement) = unmetBand {
            let (nlLabel, enLabel) = (level.label.text(in: .nl), level.label.text(in: .en))
            if let requirement {
                nl.append("\(nlLabel) vraagt ook: \(requirement.text(in: .nl))")
                en.append("\(enLabel) also asks: \(requirement.text(in: .en))")
            } else {
                nl.append("\(nlLabel) vraagt meer dan deze score alleen")
                en.append("\(enLabel) asks for more than this score alone")
            }
        }
        if let (level, ids) = cappedTo, !ids.isEmpty {
            let reasons = ids.compactMap { id in rules.first { $0.id == id }?.because }
            let (nlLabel, enLabel) = (level.label.text(in: .nl), level.label.text(in: .en))
            nl.append("begrensd tot \(nlLabel)" + (reasons.isEmpty ? "" : ": " + listed(reasons.map { $0.text(in: .nl) })))
            en.append("capped at \(enLabel)" + (reasons.isEmpty ? "" : ": " + listed(reasons.map { $0.text(in: .en) })))
        }
        guard !nl.isEmpty else { return nil }
        return LocalizedText(nl: capitalised(nl.joined(separator: " · ")), en: capitalised(en.joined(separator: " · ")))
    }

    private static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// Sentences as one list: "a; b." rather than "a.; b." (each `because` ends as a sentence).
    static func listed(_ sentences: [String]) -> String {
        sentences.enumerated().map { index, sentence in
            index < sentences.count - 1 && sentence.hasSuffix(".") && !sentence.hasSuffix("..") ? String(sentence.dropLast()) : sentence
        }.joined(separator: "; ")
    }
}

extension Engine {
    /// Every domain's and the overall level note, once the rules are known.
    func annotateLevels(_ result: inout AssessmentResult, overall: OverallScoring) {
        guard let model = framework.growthModel else { return }
        for index in result.domains.indices {
            let domain = result.domains[index]
            guard let id = domain.level, !domain.cappedBy.isEmpty, let level = model.levels.first(where: { $0.id == id }) else { continue }
            result.domains[index].levelNote = LevelNote.text(unmetBand: nil, cappedTo: (level, domain.cappedBy), rules: result.rules)
        }
        let unmet = overall.band.flatMap { band in
            overall.unmet.first == model.levels[band].id ? (model.levels[band], overall.unmetText) : nil
        }
        let capped = overall.level.flatMap { level in overall.cappedBy.isEmpty ? nil : (model.levels[level], overall.cappedBy) }
        result.overall.levelNote = LevelNote.text(unmetBand: unmet, cappedTo: capped, rules: result.rules)
    }
}
