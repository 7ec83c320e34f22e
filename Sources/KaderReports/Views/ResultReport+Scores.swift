import Kader

/// The derived scores (a total over subscales, a score on an instrument's own scale) beside the
/// domains: every report shows them with their titles, on their own scale, with their own
/// decimals. The overall score is in the key figures already.
extension Report where Subject == AssessmentResult {
    /// A table of the derived scores other than the overall; nil when there are none.
    public var derivedScores: Block? {
        let say = words.say
        let shown = result.scores.filter { $0.id != result.overall.scoreID }
        guard !shown.isEmpty else { return nil }
        let banded = shown.contains { score in words.framework.scoring.derived.contains { $0.id == score.id && $0.bands != nil } }
        var columns = [Table.Column(say("Score", "Score"), namesRows: true, maxWidth: 40), .number(say("Waarde", "Value"))]
        if banded { columns.append(Table.Column(say("Band", "Band"))) }
        columns.append(Table.Column(say("Berekend uit", "Computed from")))
        let rows = shown.map { score -> Table.Row in
            let value = score.score == nil ? say("onvoldoende gegevens", "insufficient data") : words.score(score)
            let parts = score.parts.map { part in words.partTitle(part.id) }.joined(separator: ", ")
            let method =
                score.method == "expression"
                ? say("berekening", "computation")
                : ExportWords(framework: words.framework, language: words.language).aggregator(score.method, items: false)
            var cells: [Table.Cell] = [.plain(words.text(score.title)), .score(words.bar(score.score, range: score.range), value)]
            if banded { cells.append(score.band.map { .text([.level(words.band($0, of: score.id))]) } ?? .plain("—")) }
            cells.append(.plain(method + (parts.isEmpty ? "" : ": " + parts)))
            return Table.Row(cells)
        }
        return .section(id: "scores", title: say("Afgeleide scores", "Derived scores"), [.table(Table(columns: columns, rows: rows))])
    }
}

extension Vocabulary {
    /// A derived score with its own decimals, and on its own scale with its range ("20 van 25").
    func score(_ score: ScoreResult) -> String {
        guard let value = score.score else { return "—" }
        let shown = ValueText.fixed(value, decimals: score.decimals, language: language)
        guard score.scale != .percent, let range = score.range else { return shown }
        let bound = { (n: Double) in ValueText.fixed(n, decimals: score.decimals, language: language) }
        if range.min == 0 { return shown + say(" van ", " of ") + bound(range.max) }
        return shown + say(" op ", " on ") + bound(range.min) + "-" + bound(range.max)
    }

    /// The label of band `id` of derived score `score`.
    func band(_ id: String, of score: String) -> String {
        framework.scoring.derived.first { $0.id == score }?.bands?.first { $0.id == id }.map { text($0.label) } ?? id
    }

    /// A domain's or derived score's title, by id.
    func partTitle(_ id: String) -> String {
        if let domain = framework.domain(id) { return text(domain.title) }
        return framework.scoring.derived.first { $0.id == id }.map { text($0.title) } ?? id
    }
}
