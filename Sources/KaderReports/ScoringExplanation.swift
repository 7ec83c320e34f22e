import Kader

/// The section "how the scoring works", shared by the handout and the score sheet.
struct ScoringExplanation {
    let words: ExportWords

    func add(to doc: inout ExportDocument) {
        let framework = words.framework
        let t = words.t
        doc.add(.heading(2, t("Hoe de score werkt", "How the scoring works")))
        for scale in framework.scales {
            doc.add(.labeled(t("Antwoordschaal", "Answer scale") + " '\(scale.id)'", t("de punten per antwoord", "the points per answer")))
            doc.add(.table([t("Antwoord", "Answer"), t("Punten", "Points"), t("Wanneer", "When")], scale.options.map { option in
                let points = option.value.map(words.number) ?? (option.role == .unknown ? t("telt niet mee", "not counted") : t("telt niet mee, ook niet in het maximum", "not counted, not in the maximum either"))
                return [words.text(option.label), points, words.text(option.help)]
            }))
        }
        var steps = [
            t("Elk beantwoord item krijgt een itemscore van 0 tot 100: de punten van het antwoord ten opzichte van het laagste en hoogste mogelijke antwoord.",
              "Each answered item gets an item score from 0 to 100: the points of the answer relative to the lowest and highest possible answer."),
            framework.scoring.unknown == .exclude
                ? t("'Weet niet' telt niet mee in de score; het komt op de lijst om uit te zoeken. 'N.v.t.' telt niet mee, ook niet in het maximum.",
                    "'Don't know' does not count in the score; it goes on the list to find out. 'Not applicable' does not count, not in the maximum either.")
                : t("'Weet niet' telt als het laagste antwoord: wat u niet weet, is er (nog) niet. 'N.v.t.' telt niet mee, ook niet in het maximum.",
                    "'Don't know' counts as the lowest answer: what you do not know is not (yet) in place. 'Not applicable' does not count, not in the maximum either."),
            t("Een vraag die alleen onder een voorwaarde gesteld wordt, telt alleen mee als die voorwaarde geldt.", "A question asked only under a condition counts only when that condition holds."),
            t("Scores worden afgerond op \(framework.scoring.rounding.decimals) decimaal.", "Scores are rounded to \(framework.scoring.rounding.decimals) decimal(s)."),
        ]
        let reversed = framework.questions.filter(\.reverse)
        if !reversed.isEmpty { steps.append(t("Omgekeerd gescoord (een hoog antwoord is een lage score): ", "Reverse-scored (a high answer is a low score): ") + reversed.map { words.number(of: $0.id) }.joined(separator: ", ")) }
        doc.add(.bullets(steps))
        doc.add(.table([t("Domein", "Domain"), t("Vragen", "Questions"), t("Berekening", "Computed as"), t("Minimaal beantwoord", "Minimum answered")], framework.domains.map { domain in
            let scored = domain.questions.filter { $0.kind.isScored }.count
            var method = words.aggregator(domain.scoring.aggregatorName)
            if domain.scoring.prorate { method += t(", aangevuld naar alle items", ", prorated to all items") }
            return [words.text(domain.title), "\(scored)", method, "\(domain.scoring.minAnswered)"]
        }))
        doc.add(.paragraph(t("Zijn er in een domein minder beantwoorde vragen dan het minimum, dan krijgt het domein geen score maar 'onvoldoende gegevens'.",
                             "When a domain has fewer answered questions than the minimum, it gets no score but 'insufficient data'.")))
        for score in framework.scoring.derived {
            let isOverall = score.id == framework.scoring.overallID
            let name = isOverall ? t("Totaalscore", "Overall score") : words.text(score.title)
            switch score.method {
            case .aggregate(let aggregator, _, let parts):
                let list = parts.map { part in
                    (framework.domain(part.id).map { words.text($0.title) } ?? framework.scoring.derived.first { $0.id == part.id }.map { words.text($0.title) } ?? part.id)
                        + (part.weight != 1 ? " ×" + words.number(part.weight) : "")
                }.joined(separator: ", ")
                let invalid = score.skipInvalid ? t(" Domeinen zonder score worden overgeslagen (minstens \(score.minValid) nodig).", " Domains without a score are skipped (at least \(score.minValid) needed).")
                                                : t(" Heeft één onderdeel geen score, dan heeft het geheel ook geen score.", " If one part has no score, the whole has none either.")
                doc.add(.labeled(name, words.aggregator(aggregator, items: false) + t(" van: ", " of: ") + list + "." + invalid))
            case .expression(let expression):
                doc.add(.labeled(name, t("berekend als ", "computed as ") + expression.text))
            }
        }
        if let grades = framework.grades {
            switch grades.method {
            case .formula(let formula):
                doc.add(.labeled(t("Rapportcijfer", "Report grade"), t("cijfer = ", "grade = ") + formula.text + t(", tussen 1 en 10; voldoende vanaf ", ", between 1 and 10; a pass from ") + words.number(grades.pass) + "."))
            case .table(let rows):
                doc.add(.labeled(t("Rapportcijfer", "Report grade"), t("uit de tabel hieronder; voldoende vanaf ", "from the table below; a pass from ") + words.number(grades.pass) + "."))
                doc.add(.table([t("Score", "Score"), t("Cijfer", "Grade")], rows.map { [words.number($0.min) + "–" + words.number($0.max), words.number($0.grade)] }))
            }
        }
        let critical = framework.questions.filter(\.critical)
        if !critical.isEmpty {
            doc.add(.labeled(t("Kritieke punten", "Critical items"),
                             t("als een van deze niet in orde is, kan het niveau begrensd worden, hoe hoog de score ook is: ", "if one of these is not in order, the level can be capped, however high the score: ")
                                + critical.map { words.number(of: $0.id) + " " + words.text($0.text) }.joined(separator: "; ")))
        }
    }
}
