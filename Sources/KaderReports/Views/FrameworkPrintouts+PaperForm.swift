import Kader

/// A printable paper form of a framework, for a board meeting that fills in the scan on paper:
/// a box to tick for every answer (with its points), "weet niet" and "n.v.t." as boxes too,
/// room for a note under every question, and at the end a score sheet to fill in by hand.
/// The numbers (`3.2`) are the ones `kader fill` and `kader template` use, so the answers can
/// be typed in afterwards.
extension FrameworkPrintouts {
    /// The paper form, ending in a score sheet.
    public var paperForm: ReportDocument {
        let framework = words.framework
        let say = words.say
        let title = words.text(framework.title) + " — " + say("invulformulier", "answer form")
        var doc = ReportDocument(title: title, language: words.language, style: .printout)
        doc.add(.headingText(1, words.text(framework.title)))
        doc.add(.smallPrint(say("Invulformulier", "Answer form") + " · " + words.versionLine))
        doc.add(
            .field(
                framework.report.respondent.map { say("Naam van ", "Name of ") + words.text($0) }
                    ?? say("Naam (moskee, gemeente of interventie)", "Name (mosque, municipality or intervention)")))
        doc.add(.field(say("Organisatie", "Organisation")))
        doc.add(.field(say("Datum", "Date")))
        for field in framework.context {
            doc.add(.field(words.text(field.label) + (field.kind == .number ? say(" (getal)", " (number)") : "")))
        }
        let howTo = say(framework.report.dutch("Zo vult u het formulier in", "Zo vul je het formulier in"), "How to fill in the form")
        doc.add(.headingText(2, howTo))
        doc.add(.bulletList(instructions))
        for (index, domain) in framework.domains.enumerated() {
            doc.add(.headingText(2, words.domainHeading(at: index, notCounted: false)))
            if let description = domain.description { doc.add(.smallPrint(words.text(description))) }
            for question in domain.questions {
                var blocks: [Block] = []
                let tags = words.tags(question)
                let text = words.text(question.text) + (tags.isEmpty ? "" : " [" + tags.joined(separator: ", ") + "]")
                blocks.append(.labelledText(words.number(of: question.id), text))
                if let help = question.help { blocks.append(.smallPrint(words.text(help))) }
                blocks.append(contentsOf: answerBlocks(question, words: words))
                blocks.append(.writingLines(say("Toelichting", "Note"), count: 2))
                doc.add(.keepTogether(blocks))
            }
        }
        scoreSheet(framework, words: words, into: &doc)
        return doc
    }

    /// How to fill in the form.
    private var instructions: [String] {
        let say = words.say
        let id = words.framework.id
        let u = words.framework.report.address == .u
        return [
            say(
                u
                    ? "Zet bij elke vraag één kruisje, tenzij er staat dat u meer mag kiezen."
                    : "Zet bij elke vraag één kruisje, tenzij er staat dat je meer mag kiezen.",
                "Tick one box per question, unless it says you may choose more."),
            say(
                (u
                    ? "Weet u het niet, kruis dan 'Weet niet' aan. Past de vraag niet bij u, kruis dan 'N.v.t.' aan. "
                    : "Weet je het niet, kruis dan 'Weet niet' aan. Past de vraag niet bij jullie, kruis dan 'N.v.t.' aan. ")
                    + "Dat zijn eerlijke antwoorden: ze tellen niet mee in de score.",
                "If you do not know, tick 'Don't know'. If the question does not fit you, tick 'Not applicable'. "
                    + "Those are honest answers: they do not count in the score."),
            say(
                u
                    ? "Schrijf onder 'Toelichting' waarom u dit antwoord koos, of wat u wilt afspreken."
                    : "Schrijf onder 'Toelichting' waarom je dit antwoord koos, of wat je wilt afspreken.",
                "Under 'Note', write why you chose this answer, or what you want to agree on."),
            say("De getallen tussen haakjes zijn de punten van een antwoord.", "The numbers in brackets are the points of an answer."),
            say(
                "Typ de antwoorden daarna over met: kader fill \(id) --output antwoorden.yaml (de vraagnummers zijn dezelfde).",
                "Afterwards, type the answers in with: kader fill \(id) --output answers.yaml (the question numbers are the same).")
        ]
    }

    /// The room to answer one question in, as its kind describes it, with "weet niet" and
    /// "n.v.t." boxes when the kind allows them and has no options of its own for them.
    func answerBlocks(_ question: Question, words: ExportWords) -> [Block] {
        let say = words.say
        let kind = question.kind
        let answer = kind.paperAnswer(reverse: question.reverse, in: words.language)
        var blocks: [Block] = answer.hint.map { [.smallPrint($0)] } ?? []
        var boxes: [String] = []
        switch answer.room {
        case .boxes(let labels): boxes = labels
        case .numberLine(let values): blocks.append(.numberLine(values))
        case .field(let label): blocks.append(.field(label))
        case .lines(let label, let count): blocks.append(.writingLines(label, count: count))
        }
        if !kind.answerShape.isFreeText, !kind.options.contains(where: { $0.role != .scored }) {
            if kind.allowsUnknown { boxes.append(say("Weet niet", "Don't know")) }
            if kind.allowsNotApplicable { boxes.append(say("N.v.t.", "Not applicable")) }
        }
        if !boxes.isEmpty { blocks.append(.tickBoxes(boxes)) }
        return blocks
    }

    /// A sheet to add up the scores by hand, with the growth model and the grade.
    func scoreSheet(_ framework: Framework, words: ExportWords, into doc: inout ReportDocument) {
        let say = words.say
        doc.add(.headingText(2, say("Scoreblad", "Score sheet")))
        doc.add(
            Block.paragraphs(
                say(
                    "Per domein: tel de punten van de beantwoorde vragen op (zonder 'weet niet' en 'n.v.t.'), "
                        + "en deel door het hoogst haalbare aantal punten van die vragen. "
                        + "Keer 100 is de score. Of laat Kader rekenen: kader scan antwoorden.yaml.",
                    "Per domain: add up the points of the answered questions (without 'don't know' and 'not applicable'), "
                        + "and divide by the highest possible points of those questions. "
                        + "Times 100 is the score. Or let Kader compute: kader scan answers.yaml."
                )))
        let header = [
            say("Domein", "Domain"), say("Beantwoord", "Answered"), say("Punten", "Points"), say("Maximum", "Maximum"),
            say("Score (0-100)", "Score (0-100)"), say("Niveau", "Level")
        ]
        let empty = ["", "", "", "", ""]
        let rows = framework.domains.indices.map { [framework.numberedTitle(ofDomainAt: $0, in: words.language)] + empty }
        doc.add(.simpleTable(header, rows + [[say("Totaal", "Overall")] + empty]))
        // How the total is made (which domains, how many need a score) and what caps the level, as the handout says it.
        let explanation = ScoringExplanation(words: words)
        let preconditions = framework.domains.indices.filter { framework.domains[$0].role == .precondition }
            .map { framework.numberedTitle(ofDomainAt: $0, in: words.language) }
        if !preconditions.isEmpty {
            doc.add(
                .labelledText(
                    say("Niet in het totaal", "Not in the total"),
                    preconditions.joined(separator: "; ")
                        + say(
                            ": randvoorwaarden krijgen een score, maar tellen niet mee.",
                            ": preconditions get a score, but do not count.")))
        }
        doc.add(explanation.derivedScores + explanation.criticalItems)
        if let model = framework.growthModel {
            let bands = model.levels.map { words.text($0.label) + " " + words.number($0.min) + "–" + words.number($0.max) }
            doc.add(.labelledText(say("Niveaus", "Levels"), bands.joined(separator: " · ")))
        }
        if let grades = framework.grades, case .formula(let formula) = grades.method {
            doc.add(.labelledText(say("Rapportcijfer", "Report grade"), say("cijfer = ", "grade = ") + words.expression(formula)))
        }
        doc.add(
            .smallPrint(
                say(
                    "De precieze rekenregels (gewichten, minimum aantal antwoorden, kritieke punten) staan in de hand-out: "
                        + "kader export \(framework.id) --as handout.",
                    "The exact rules (weights, minimum number of answers, critical items) are in the handout: "
                        + "kader export \(framework.id) --as handout.")))
    }
}
