import Kader

/// The section "how the scoring works", shared by the handout and the score sheet: the points
/// per answer, the steps from answers to scores, per domain how it is computed, the derived
/// scores, the grade, and the critical items.
struct ScoringExplanation {
    let words: ExportWords

    var blocks: [Block] {
        [.headingText(2, words.say("Hoe de score werkt", "How the scoring works"))] + scales + [.bulletList(steps), domains]
            + Block.paragraphs(
                words.say(
                    "Zijn er in een domein minder beantwoorde vragen dan het minimum, dan krijgt het domein geen score maar "
                        + "'onvoldoende gegevens'.",
                    "When a domain has fewer answered questions than the minimum, it gets no score but 'insufficient data'."))
            + derivedScores + grades + criticalItems
    }

    /// Each answer scale with the points of its answers.
    private var scales: [Block] {
        let say = words.say
        return words.framework.scales.flatMap { scale -> [Block] in
            let rows = scale.options.map { option in
                let uncounted =
                    option.role == .unknown
                    ? say("telt niet mee", "not counted")
                    : say("telt niet mee, ook niet in het maximum", "not counted, not in the maximum either")
                return [words.text(option.label), option.value.map(words.number) ?? uncounted, words.text(option.help)]
            }
            let title = say("Antwoordschaal", "Answer scale") + " '\(scale.id)'"
            return [
                .labelledText(title, say("de punten per antwoord", "the points per answer")),
                .simpleTable([say("Antwoord", "Answer"), say("Punten", "Points"), say("Wanneer", "When")], rows)
            ]
        }
    }

    /// From answers to item scores, in steps.
    private var steps: [String] {
        let say = words.say
        let scoring = words.framework.scoring
        var steps = [
            say(
                "Elk beantwoord item krijgt een itemscore van 0 tot 100: de punten van het antwoord "
                    + "ten opzichte van het laagste en hoogste mogelijke antwoord.",
                "Each answered item gets an item score from 0 to 100: the points of the answer "
                    + "relative to the lowest and highest possible answer."),
            scoring.unknown == .exclude
                ? say(
                    "'Weet niet' telt niet mee in de score; het komt op de lijst om uit te zoeken. 'N.v.t.' telt niet mee, "
                        + "ook niet in het maximum.",
                    "'Don't know' does not count in the score; it goes on the list to find out. 'Not applicable' does not count, "
                        + "not in the maximum either.")
                : say(
                    words.framework.report.dutch(
                        "'Weet niet' telt als het laagste antwoord: wat u niet weet, is er (nog) niet. ",
                        "'Weet niet' telt als het laagste antwoord: wat je niet weet, is er (nog) niet. ")
                        + "'N.v.t.' telt niet mee, ook niet in het maximum.",
                    "'Don't know' counts as the lowest answer: what you do not know is not (yet) in place. "
                        + "'Not applicable' does not count, not in the maximum either."),
            say(
                "Een vraag die alleen onder een voorwaarde gesteld wordt, telt alleen mee als die voorwaarde geldt.",
                "A question asked only under a condition counts only when that condition holds."),
            say(
                "Scores worden afgerond op \(scoring.rounding.decimals) decimaal.",
                "Scores are rounded to \(scoring.rounding.decimals) decimal(s).")
        ]
        let reversed = words.framework.questions.filter(\.reverse)
        if !reversed.isEmpty {
            steps.append(
                say("Omgekeerd gescoord (een hoog antwoord is een lage score): ", "Reverse-scored (a high answer is a low score): ")
                    + reversed.map { words.number(of: $0.id) }.joined(separator: ", "))
        }
        return steps
    }

    /// Per domain: how many questions, how the score is computed, how many answers it needs.
    private var domains: Block {
        let say = words.say
        let header = [
            say("Domein", "Domain"), say("Vragen", "Questions"), say("Berekening", "Computed as"),
            say("Minimaal beantwoord", "Minimum answered")
        ]
        return .simpleTable(
            header,
            words.framework.domains.map { domain in
                let scored = domain.questions.filter { $0.kind.isScored }.count
                var method = words.aggregator(domain.scoring.aggregatorName)
                if domain.scoring.prorate { method += say(", aangevuld naar alle items", ", prorated to all items") }
                return [words.text(domain.title), "\(scored)", method, "\(domain.scoring.minAnswered)"]
            })
    }

    /// The scores made of other scores: the total and any others.
    var derivedScores: [Block] {
        let say = words.say
        let framework = words.framework
        return framework.scoring.derived.map { score in
            let name = score.id == framework.scoring.overallID ? say("Totaalscore", "Overall score") : words.text(score.title)
            switch score.method {
            case .aggregate(let aggregator, _, let parts):
                let list = parts.map { part in
                    let title =
                        framework.domain(part.id).map { words.text($0.title) }
                        ?? framework.scoring.derived.first { $0.id == part.id }.map { words.text($0.title) } ?? part.id
                    return title + (part.weight != 1 ? " ×" + words.number(part.weight) : "")
                }.joined(separator: ", ")
                let invalid =
                    score.skipInvalid
                    ? say(
                        " Domeinen zonder score worden overgeslagen (minstens \(score.minValid) nodig).",
                        " Domains without a score are skipped (at least \(score.minValid) needed).")
                    : say(
                        " Heeft één onderdeel geen score, dan heeft het geheel ook geen score.",
                        " If one part has no score, the whole has none either.")
                return .labelledText(name, words.aggregator(aggregator, items: false) + say(" van: ", " of: ") + list + "." + invalid)
            case .expression(let expression):
                return .labelledText(name, say("berekend als ", "computed as ") + words.expression(expression))
            }
        }
    }

    /// How the report grade follows from the score.
    private var grades: [Block] {
        let say = words.say
        guard let grades = words.framework.grades else { return [] }
        let pass = words.number(grades.pass) + "."
        switch grades.method {
        case .formula(let formula):
            let range = say(", tussen 1 en 10; voldoende vanaf ", ", between 1 and 10; a pass from ")
            return [
                .labelledText(say("Rapportcijfer", "Report grade"), say("cijfer = ", "grade = ") + words.expression(formula) + range + pass)
            ]
        case .table(let rows):
            let fromTable = say("uit de tabel hieronder; voldoende vanaf ", "from the table below; a pass from ")
            return [
                .labelledText(say("Rapportcijfer", "Report grade"), fromTable + pass),
                .simpleTable(
                    [say("Score", "Score"), say("Cijfer", "Grade")],
                    rows.map { [words.number($0.min) + "–" + words.number($0.max), words.number($0.grade)] })
            ]
        }
    }

    /// The questions that can cap a level.
    var criticalItems: [Block] {
        let say = words.say
        let critical = words.framework.questions.filter(\.critical)
        guard !critical.isEmpty else { return [] }
        return [
            .labelledText(
                say("Kritieke punten", "Critical items"),
                say(
                    "als een van deze niet in orde is, kan het niveau begrensd worden, hoe hoog de score ook is:",
                    "if one of these is not in order, the level can be capped, however high the score:")),
            // One item a line: question texts end in a full stop, so a joined line read "vernederen.; 3.6".
            .bulletList(critical.map { words.number(of: $0.id) + " " + words.text($0.text) })
        ]
    }
}
