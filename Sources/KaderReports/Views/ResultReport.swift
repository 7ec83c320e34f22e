import Kader

/// The report of one respondent's result (`kader scan`), built once for every format: the
/// header, the key figures, the preconditions, the scores per domain, the flags, what goes
/// well, the advice in the order to act on it, the action plan, what plugins' rule effects gave, the respondent's
/// own words and notes, every answer as an appendix, and where it comes from.
///
/// Its parts are public so that other views can reuse them: the combined report of colleagues
/// puts its own section after the ``figures``; a short summary can take ``figures``, ``domains``
/// and ``advice`` alone.
extension Report where Subject == AssessmentResult {
    var result: AssessmentResult { subject }

    /// The whole report, as a page on screen shows it: every answer at the end, foldable.
    public var document: ReportDocument {
        ReportDocument(
            title: words.respondent(result) + " — " + words.text(result.framework.title), language: words.language,
            blocks: [header] + body)
    }

    /// The report to print or send (`kader scan`): every answer only with `appendix`, and then
    /// as a part of its own that every format writes (the terminal too).
    public func document(appendix: Bool) -> ReportDocument {
        var document = self.document
        document.blocks = [header] + figures + sections(answers: appendix ? answers(role: .main) : nil) + [footer]
        return document
    }

    /// Everything after the header, in reading order: ``figures``, ``sections``, ``footer``.
    public var body: [Block] { figures + sections + [footer] }

    /// The sections after the key figures, in reading order, and the engine's notices.
    public var sections: [Block] { sections(answers: answers) }

    /// ``sections`` with `answers` as the appendix of answers; nil for none.
    func sections(answers: Block?) -> [Block] {
        [preconditions, domains, derivedScores, flags, strengths, advice, findOut, plan].compactMap { $0 } + otherOutcomes
            + [openAnswers, notes, answers].compactMap { $0 } + notices
    }

    /// The framework, its version and its sources.
    public var footer: Block {
        FrameworkFooter(words: words, namesDocuments: result.advice.contains { !$0.resources.isEmpty }).block
    }

    /// The framework's title, and whose result it is, of when, scored with which framework.
    public var header: Block {
        let say = words.say
        let framework = result.framework
        let notes =
            framework.answeredVersion.map { answered in
                [
                    RichText(
                        say(
                            "Ingevuld voor versie \(answered); gescoord met \(framework.version).",
                            "Answered for version \(answered); scored with \(framework.version)."))
                ]
            } ?? []
        return .header(Header(title: RichText(words.text(framework.title)), meta: meta, notes: notes))
    }

    /// Whose result it is, of when, scored with which framework: the line under a report's title.
    public var meta: RichText {
        let framework = result.framework
        var meta: RichText = [.strong(words.respondent(result))]
        if let date = result.date { meta.inlines += [" · ", .date(date)] }
        meta.inlines.append(.text(" · " + words.say("kader", "framework") + " " + framework.id + " " + framework.version))
        return meta
    }

    /// The overall score, level, grade and completeness, and whether the level was capped.
    public var figures: [Block] {
        let say = words.say
        let overall = result.overall
        let noScore = say("onvoldoende gegevens", "insufficient data")
        var figures = [
            Figures.Figure(
                say("Totaal", "Overall"), overallScore,
                detail: overall.score == nil ? noScore : nil,
                isNumber: true),
            Figures.Figure(say("Niveau", "Level"), words.level(overall.level))
        ]
        if overall.grade != nil {
            figures.append(
                Figures.Figure(
                    say("Rapportcijfer", "Report grade"), words.grade(overall.grade),
                    detail: overall.gradeCapped == true ? words.cappedGrade : nil, isNumber: true))
        }
        let completeness = words.completeness(result.completeness)
        figures.append(
            Figures.Figure(
                say("Ingevuld", "Completed"), words.percentage(result.completeness.percentage),
                detail: completeness.components(separatedBy: " · ").last))
        let shown = overallScore
        var line: RichText = [.strong(say("Totaal", "Overall")), .text(": " + (overall.score == nil ? noScore : shown))]
        if let level = overall.level { line.inlines.append(.text(" · " + words.level(level))) }
        if let grade = overall.grade {
            line.inlines.append(
                .text(
                    " · " + say("rapportcijfer", "report grade") + " " + words.grade(grade)
                        + (overall.gradeCapped == true ? " (" + words.cappedGrade + ")" : "")))
        }
        var blocks: [Block] = [.figures(Figures(figures, sentences: [line, RichText(say("Ingevuld", "Completed") + ": " + completeness)]))]
        if let note = overall.levelNote {
            blocks.append(.text(say("Waarom dit niveau", "Why this level") + ": " + words.text(note), .warning))
        }
        return blocks
    }

    /// The overall score as the figures show it: with its own decimals when it is a derived score.
    private var overallScore: String {
        let overall = result.overall
        return result.scores.first { $0.id == overall.scoreID }.map(words.score)
            ?? words.score(overall.score, scale: overall.scale, range: overall.range)
    }

    /// Per domain: a chart and a table of score, level, grade and completeness.
    public var domains: Block {
        let say = words.say
        // A domain on its own scale (points, a mean) is drawn as the share of its range it reached.
        let ownScales = result.domains.contains { $0.scale != .percent }
        var chart = Chart(
            title: ownScales
                ? say("Score per domein (deel van het bereik)", "Score per domain (share of its range)")
                : say("Score per domein (0-100)", "Score per domain (0-100)"),
            description: result.domains.map { domain in
                "\(words.domainTitle(domain.id)): \(words.score(domain.score, scale: domain.scale, range: domain.range))"
            }.joined(separator: "; "),
            caption: ownScales
                ? say(
                    "Score per domein als deel van het eigen bereik; de getallen staan ook in de tabel hieronder.",
                    "Score per domain as a share of its own range; the numbers are also in the table below.")
                : say(
                    "Score per domein op een schaal van 0 tot 100; de getallen staan ook in de tabel hieronder.",
                    "Score per domain on a scale from 0 to 100; the numbers are also in the table below."),
            series: [say("score", "score")],
            rows: result.domains.map { domain in
                let text = words.score(domain.score, scale: domain.scale, range: domain.range)
                var row = Chart.Row(
                    words.domainTitle(domain.id),
                    values: [Chart.Value(words.bar(domain.score, range: domain.range), text: text)])
                if !domain.cappedBy.isEmpty { row.mark = say("niveau begrensd", "level capped") }
                return row
            },
            missing: say("onvoldoende gegevens", "insufficient data"))
        chart.gridlines = words.gridlines
        let hasGrades = words.framework.grades != nil
        var columns = [
            Table.Column(say("Domein", "Domain"), namesRows: true, maxWidth: 40), .number("Score"),
            Table.Column(say("Niveau", "Level"))
        ]
        if hasGrades { columns.append(.number(say("Cijfer", "Grade"))) }
        columns.append(.number(say("Ingevuld", "Completed")))
        let rows = result.domains.map { domain -> Table.Row in
            var name = RichText(words.domainTitle(domain.id))
            let index = words.framework.index.domains[domain.id]
            if domain.role == .precondition,
                !(index.map { words.framework.titleNamesPrecondition(ofDomainAt: $0, in: words.language) } ?? false)
            {
                name.inlines += [" ", .tone(.muted, "(" + say("randvoorwaarde", "precondition") + ")")]
            }
            var level: RichText
            if let id = domain.level {
                level = [.level(words.level(id, domain: domain.id))]
                if !domain.cappedBy.isEmpty { level.inlines += [" ", .tone(.warning, "(" + say("begrensd", "capped") + ")")] }
            } else if domain.score != nil {
                level = [.tone(.muted, "—")]  // a domain without levels (bands: none): its score speaks for itself
            } else {
                level = [
                    .tone(.muted, say("onvoldoende gegevens", "insufficient data") + " (\(domain.answeredItems)/\(domain.minAnswered))")
                ]
            }
            let score = words.score(domain.score, scale: domain.scale, range: domain.range)
            var cells: [Table.Cell] = [.text(name), .score(words.bar(domain.score, range: domain.range), score), .text(level)]
            if hasGrades {
                cells.append(
                    domain.gradeCapped == true
                        ? .text([.text(words.grade(domain.grade) + " "), .tone(.warning, "(" + words.cappedGrade + ")")])
                        : .plain(words.grade(domain.grade)))
            }
            cells.append(.plain(words.percentage(domain.completeness.percentage)))
            return Table.Row(cells)
        }
        let notes = result.domains.compactMap { domain in
            domain.levelNote.map { ItemList.Item([.strong(words.text(domain.title)), .text(": " + words.text($0))]) }
        }
        var blocks: [Block] = [.chart(chart), .table(Table(columns: columns, rows: rows))]
        if !notes.isEmpty { blocks.append(.list(ItemList(.bullets, notes))) }
        return .section(id: "domains", title: say("Per domein", "Per domain"), blocks)
    }
}

/// The footer every report ends with: the framework, its version and date, and its sources.
struct FrameworkFooter {
    let words: Vocabulary
    /// Whether the report names documents of the framework beside its advice: then the footer
    /// says how to get them.
    var namesDocuments = false
    /// Whether it lists the framework's sources (a summary leaves them to the full report).
    var listsSources = true

    var block: Block {
        let say = words.say
        let framework = words.framework
        let made =
            say("Gemaakt met Kader uit", "Made with Kader from") + " \(framework.id) \(framework.version)"
            + (framework.date.map { " (\($0))" } ?? "")
        var blocks: [Block] = [.text(made + ".")]
        if listsSources, !framework.sources.isEmpty {
            // The full references, once: advice items cite them by author, year and short title.
            blocks.append(.text(say("Bronnen van het kader", "Sources of the framework") + ":"))
            blocks.append(.sources(framework.sources.map { SourceReference(title: words.text($0.title), url: $0.url) }))
        }
        if namesDocuments {
            blocks.append(
                .text(
                    say(
                        "De documenten bij de adviezen staan bij het kader; ",
                        "The documents named with the advice come with the framework; ")
                        + "kader export \(framework.id) --as resources --output " + say("MAP", "FOLDER")
                        + say(" zet ze in een map, naast dit rapport.", " puts them in a folder, next to this report.")))
        }
        return .footer(blocks)
    }
}
