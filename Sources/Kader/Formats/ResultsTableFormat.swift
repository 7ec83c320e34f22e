/// The wide table of `kader aggregate --results FILE.csv` (docs/result.md, "The results
/// table"): one row per respondent, one column per figure. A column written `domain.DOMAIN.score`
/// stands for one column per domain, named with the domain's id; the writer (``ResultTable`` in
/// KaderReports) writes exactly these columns in this order, which a test holds it to.
public enum ResultsTableFormat {
    /// The table, for the docs (a CSV file has no JSON Schema).
    public static let file = FileFormat(
        name: "results-table", title: "Kader results table",
        summary: "The table kader aggregate --results FILE.csv writes: a row of column names, then one row per respondent.",
        root: columns, example: "")

    /// The columns, in order. Numbers are written as numbers (with a decimal comma when the
    /// delimiter is `;`), an empty cell where there is none.
    public static let columns = ObjectFormat(
        "resultsColumns", what: Message(nl: "de kolommen", en: "the columns"), summary: "The columns of the results table, in order.",
        keys: [
            KeySpec(
                "file", .string,
                "The response file as named on the command line; for a response read from a survey export, the export's file."),
            KeySpec("respondent", .string, "`respondent:` of the response."),
            KeySpec("organisation", .string, "`organisation:` of the response."),
            KeySpec("date", .string, "`date:` of the response, `YYYY-MM-DD` (a spreadsheet may show it as a date)."),
            KeySpec("framework", .string, "The framework id."),
            KeySpec("version", .string, "The framework version that scored the response."),
            KeySpec(
                "context.FIELD", .either([.string, .anyNumber]),
                "One column per context field the framework declares, in its order: the response's value."),
            KeySpec("overall.score", .anyNumber, "The overall score, on its own scale (0-100 unless the framework says otherwise)."),
            KeySpec("overall.level", .string, "The final level's id."),
            KeySpec("overall.grade", .anyNumber, "The report grade."),
            KeySpec("overall.completeness", .percentage, "Relevant questions with any answer, 0-100, one decimal."),
            KeySpec(
                "domain.DOMAIN.score", .anyNumber,
                "Per domain, in framework order: its score on the domain's own scale (0-100 unless it says `scale: points` or `mean`)."),
            KeySpec("domain.DOMAIN.level", .string, "Its level's id after caps."),
            KeySpec("domain.DOMAIN.grade", .anyNumber, "Its report grade."),
            KeySpec(
                "score.SCORE", .anyNumber,
                "Per derived score, in framework order: its score on its own scale (0-100 unless it says otherwise)."),
            KeySpec(
                "item.QUESTION", .anyNumber,
                "With `--items`, per question, in framework order: its points after `reverse`; empty when not scored or not answered.")
        ].map(\.always))

    /// The column names for `framework`, in order: the description's columns with each
    /// placeholder (`FIELD`, `DOMAIN`, `SCORE`, `QUESTION`) written out per id.
    public static func names(for framework: Framework, items: Bool) -> [String] {
        var names: [String] = []
        for key in columns.keys {
            let parts = key.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            let ids: [String]? =
                switch parts.dropFirst().first {
                case "FIELD": framework.context.map(\.id)
                case "DOMAIN": framework.domains.map(\.id)
                case "SCORE": framework.scoring.derived.map(\.id)
                case "QUESTION": items ? framework.questions.map(\.id) : []
                default: nil
                }
            guard let ids else {
                names.append(key.name)
                continue
            }
            names += ids.map { id in ([parts[0], id] + parts.dropFirst(2)).joined(separator: ".") }
        }
        return names
    }
}
