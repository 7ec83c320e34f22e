import Kader

/// The respondent's own words, their notes, every answer per domain, and the engine's notices.
extension Report where Subject == AssessmentResult {
    /// Answers to open questions ("what goes well?") in the respondent's words.
    public var openAnswers: Block? {
        let open = words.openAnswers(result)
        guard !open.isEmpty else { return nil }
        return .section(
            id: "own-words", title: words.say("In eigen woorden", "In their own words"),
            [.definitions(open.map { Definition(RichText(words.text($0.text)), RichText(words.text($0.display))) })])
    }

    /// The notes the respondent wrote beside an answer.
    public var notes: Block? {
        let noted = result.domains.flatMap(\.items).filter { $0.note != nil }
        guard !noted.isEmpty else { return nil }
        return .section(
            id: "notes", title: words.say("Toelichtingen", "Notes"),
            [
                .definitions(
                    noted.map { item in
                        Definition(RichText(words.text(item.text) + " (" + answer(item) + ")"), RichText(item.note ?? ""))
                    })
            ])
    }

    /// Every answer per domain, with its note: an appendix, foldable on screen.
    public var answers: Block { answers(role: .detail) }

    /// Every answer per domain, with its note, as a section of `role`.
    func answers(role: Section.Role) -> Block {
        let say = words.say
        let columns = [
            Table.Column(say("Vraag", "Question"), isProse: true), Table.Column(say("Antwoord", "Answer")),
            Table.Column(say("Toelichting", "Note"), holdsNotes: true)
        ]
        let domains = result.domains.map { domain -> Block in
            let rows = domain.items.filter { $0.state != .notRelevant }.map { item -> Table.Row in
                var question = RichText(words.text(item.text))
                if item.critical { question.inlines += [" ", .strong("(" + say("kritiek", "critical") + ")")] }
                let answer: RichText =
                    item.display.map { RichText(words.text($0)) } ?? [.tone(.muted, say("niet ingevuld", "not answered"))]
                return Table.Row([.text(question), .text(answer), .plain(item.note ?? "")])
            }
            let table = Block.table(Table(columns: columns, rows: rows))
            return .section(Section(id: "answers-" + domain.id, title: RichText(words.text(domain.title)), level: 3, blocks: [table]))
        }
        return .section(id: "answers", title: say("Antwoorden per domein", "Answers per domain"), role: role, domains)
    }

    /// What the engine noticed while scoring (answers it could not use, and the like).
    public var notices: [Block] {
        result.notices.map { .text(words.say("let op: ", "note: ") + $0.message.text(in: words.language), .muted) }
    }

    private func answer(_ item: ItemResult) -> String { item.display.map(words.text) ?? "—" }
}
