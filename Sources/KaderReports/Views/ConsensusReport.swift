import Kader

/// Colleagues' answers combined into one result (`kader aggregate --combine`), built once for
/// every format: the combined result's report with, right under its key figures, who filled it
/// in and the questions to discuss because their answers lie far apart.
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
        let t = words.t
        var blocks: [Block] = [.text(consensus.respondents.joined(separator: ", "))]
        let disagreements = consensus.disagreements
        if disagreements.isEmpty {
            blocks.append(.text(t("Geen grote verschillen tussen de antwoorden.", "No large differences between the answers.")))
        } else {
            let columns =
                [Table.Column(t("Vraag", "Question"), isProse: true)] + consensus.respondents.map { Table.Column($0) }
                + [Table.Column(t("Samen", "Combined"))]
            let rows = disagreements.map { item in
                Table.Row(
                    [.plain(words.text(item.text))] + item.answers.map { .plain(words.answer($0)) }
                        + [.plain(words.answer(item.combined))])
            }
            let title = t("Bespreek samen: de antwoorden lopen uiteen", "Discuss together: the answers differ")
            let table = Block.table(Table(columns: columns, rows: rows, isWide: true))
            blocks.append(.section(Section(id: "discuss", title: RichText(title), level: 3, blocks: [table])))
        }
        return .section(id: "consensus", title: t("Samen ingevuld", "Filled in together"), blocks)
    }
}
