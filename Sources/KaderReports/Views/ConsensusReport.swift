import Kader

/// Colleagues' answers combined into one result (`kader aggregate --combine`), built once for
/// every format: the combined result's report with, right under its key figures, who filled it
/// in, the questions to discuss because their answers lie far apart, and the critical items
/// where the lowest answer given counts, with the notes of whoever gave it.
extension Report where Subject == Consensus {
    var consensus: Consensus { subject }
    /// The report of the combined result.
    var report: ResultReport { ResultReport(subject.result, words: words) }

    /// The whole report.
    public var document: ReportDocument {
        var document = report.document
        document.blocks = [report.header] + report.figures + [together] + report.sections + [report.footer]
        return document
    }

    /// Who filled it in together, and where their answers differ.
    public var together: Block {
        let say = words.say
        var blocks: [Block] = [.text(consensus.respondents.joined(separator: ", "))]
        let disagreements = consensus.disagreements
        if disagreements.isEmpty {
            blocks.append(.text(say("Geen grote verschillen tussen de antwoorden.", "No large differences between the answers.")))
        } else {
            let columns =
                [Table.Column(say("Vraag", "Question"), isProse: true)] + consensus.respondents.map { Table.Column($0) }
                + [Table.Column(say("Samen", "Combined"))]
            let rows = disagreements.map { item in
                Table.Row([.plain(words.text(item.text))] + item.answers.map { .plain(words.answer($0)) } + [.plain(combined(item))])
            }
            let title = say("Bespreek samen: de antwoorden lopen uiteen", "Discuss together: the answers differ")
            let table = Block.table(Table(columns: columns, rows: rows, isWide: true))
            blocks.append(.section(Section(id: "discuss", title: RichText(title), level: 3, blocks: [table])))
        }
        if let lowest = lowestAnswers { blocks.append(lowest) }
        return .section(id: "consensus", title: say("Samen ingevuld", "Filled in together"), blocks)
    }

    /// The combined answer in words, marked when it is the lowest one given.
    func combined(_ item: Consensus.Item) -> String {
        let answer = words.answer(item.combined)
        return item.rule == .lowest ? answer + " " + words.say("(laagste antwoord)", "(lowest answer)") : answer
    }

    /// The critical items (and `combine: lowest` questions) whose answers were not all the same:
    /// the lowest answer given, who gave it, and their notes.
    var lowestAnswers: Block? {
        let say = words.say
        let items = consensus.items.filter { $0.rule == .lowest && $0.agreement != .same && $0.agreement != .single }
        guard !items.isEmpty else { return nil }
        let list = ItemList(
            .bullets,
            items.map { item in
                var details = [
                    RichText(
                        say("Laagste antwoord, gegeven door ", "Lowest answer, given by ") + item.givenBy.joined(separator: ", ") + ".")
                ]
                for (name, note) in zip(consensus.respondents, item.notes) where item.givenBy.contains(name) {
                    if let note { details.append(RichText(name + ": " + note)) }
                }
                return ItemList.Item(RichText(words.text(item.text) + " — " + words.answer(item.combined)), details: details)
            })
        let title = say("Kritieke punten: het laagste antwoord telt", "Critical items: the lowest answer counts")
        let lead = say(
            "Bij een kritiek punt wordt niet gemiddeld: het laagste antwoord dat een collega gaf, geldt tot u samen anders besluit.",
            "A critical item is never averaged: the lowest answer a colleague gave counts until you decide otherwise together.")
        return .section(Section(id: "lowest", title: RichText(title), level: 3, blocks: [.text(lead), .list(list)]))
    }
}
