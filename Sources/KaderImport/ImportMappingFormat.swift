import Kader

/// The mapping file of `kader import csv --map` (docs/import.md), described once: the loader
/// reads its keys from here, `kader schema mapping` generates its JSON Schema from it, and the
/// key table in docs/import.md is generated from it.
public enum ImportMappingFormat {
    /// The whole file.
    public static let file = FileFormat(
        name: "mapping", title: "Kader import mapping",
        summary: "What the columns of a survey export hold, for kader import csv: docs/import.md. Unknown keys are errors.",
        root: top, example: example)

    /// The top level of a mapping file.
    public static let top = ObjectFormat(
        "mapping", what: Message(nl: "het koppelbestand", en: "the mapping file"),
        summary: "What the columns of a survey export hold.",
        keys: [
            KeySpec("framework", .id, "The framework id; must match `--framework`."),
            KeySpec("delimiter", .string, "`,`, `;`, `\\t` (or `tab`) or `|`; default: detected from the header line."),
            KeySpec(
                "columns", .map(.either([.string, .object(column)]), idKeys: false),
                "Column heading → what it holds: `respondent`, `organisation`, `date`, `ignore`, `context.FIELD`, "
                    + "`QUESTION`, `QUESTION.note`, `QUESTION.evidence`, `QUESTION[OPTION]`, or the long form `{to, values}`."),
            KeySpec("values", answerWords, "Answers → option ids, for every question (`weet_niet` and `nvt` too).")
        ])

    /// The long form of a column: its target and its own answers.
    public static let column = ObjectFormat(
        "column", what: Message(nl: "een kolom", en: "a column"), summary: "A column with answers of its own.",
        keys: [
            KeySpec("to", .string, required: true, "What the column holds, as in the short form."),
            KeySpec("values", answerWords, "This column's answers → option ids.")
        ])

    /// Answers as a survey tool wrote them → option ids.
    static let answerWords = ValueShape.map(.string, idKeys: false)

    /// A mapping for a survey with its own column codes, for ``FrameworkFormat``'s example.
    static let example = """
        framework: proef
        delimiter: ";"
        columns:
          Naam: respondent
          Datum: date
          "E-mailadres": ignore
          Plaats: context.gemeente
          Q1: plan
          Q1 toelichting: plan.note
          Q2: {to: overleg, values: {"Elke week": ja, "Nooit": nee}}
        values:
          Helemaal: vastgesteld
          Half: concept
          Weet ik niet: weet_niet
        """
}
