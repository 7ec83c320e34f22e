/// The results file of `kader aggregate --results FILE.jsonl` in its compact form (the default;
/// docs/result.md, "The results file"): a header line that names the framework, then one line
/// per respondent with the numbers and ids an analyst needs and none of the framework's texts.
/// Every key is always present, in the order given here (``ResultLine`` writes them; a test holds
/// the two together). `--results-form full` writes the result form (``ResultFormat``) instead.
public enum ResultsFileFormat {
    /// One line per respondent.
    public static let file = FileFormat(
        name: "results", title: "Kader results line",
        summary: "A respondent's line in the compact results file of kader aggregate --results FILE.jsonl (docs/result.md): "
            + "scores, levels, grades and ids, no framework texts. Every key is always present, in this order.",
        root: line, example: "")

    /// The first line of the file.
    public static let headerFile = FileFormat(
        name: "results-header", title: "Kader results file header",
        summary: "The first line of the compact results file of kader aggregate --results FILE.jsonl (docs/result.md): "
            + "which framework every line was scored with, so its texts can be looked up.",
        root: header, example: "")

    /// The header line.
    public static let header = ObjectFormat(
        "resultsHeader", what: Message(nl: "de kopregel", en: "the header line"), summary: "The first line of the results file.",
        keys: [
            KeySpec(
                "kader_results", .constant(ResultLine.formatVersion), title: "Results file format version",
                "The version of this format: `1`."),
            KeySpec("form", .words(["compact"]), "The form of the lines that follow: `compact` (this page)."),
            KeySpec("framework", .object(headerFramework), "The framework every line was scored with.")
        ].map(\.always))

    /// The framework in the header.
    public static let headerFramework = ObjectFormat(
        "resultsFramework", what: Message(nl: "het kader", en: "the framework"), summary: "The framework every line was scored with.",
        keys: [
            KeySpec("id", .string, "The framework id."),
            KeySpec("version", .string, "Its version."),
            KeySpec(
                "sha256", .string, title: "SHA-256",
                "The SHA-256 of the framework file's text (UTF-8, as `sha256sum FILE` prints it for a file without a byte-order mark), "
                    + "64 lower-case hex digits: which file holds the texts behind the ids, even when two differ under one version.")
        ].map(\.always))

    /// One respondent's line.
    public static let line = ObjectFormat(
        "resultsLine", what: Message(nl: "een resultaatregel", en: "a results line"), summary: "One respondent's result, compact.",
        keys: [
            KeySpec(
                "file", .nullable(.string),
                "The response file as named on the command line; for a response read from a survey export, the export's file."),
            KeySpec("respondent", .nullable(.string), "`respondent:` of the response."),
            KeySpec("organisation", .nullable(.string), "`organisation:` of the response."),
            KeySpec("date", .nullable(.string), "`date:` of the response, `YYYY-MM-DD`."),
            KeySpec(
                "context", .map(.either([.string, .anyNumber]), idKeys: false),
                "The response's context fields, sorted by key, as in the result."),
            KeySpec("framework", .string, "The framework id."),
            KeySpec("version", .string, "The framework version that scored the response."),
            KeySpec("overall", .object(figures), "The overall score, level, grade and completeness."),
            KeySpec(
                "domains", .map(.object(figures), idKeys: true),
                "Per domain id, in framework order (precondition domains too): its score, level, grade and completeness."),
            KeySpec(
                "scores", .map(.nullable(.anyNumber), idKeys: true),
                "Per derived score id, in framework order, the overall score last: on its own scale (0-100 unless it says otherwise), "
                    + "`null` when it could not be scored."),
            KeySpec("advice", .list(.string), "Ids of the rules that gave advice, in the order to act on it."),
            KeySpec("flags", .list(.string), "Ids of the rules that raised a flag: critical first, then warning, then info."),
            KeySpec("strengths", .list(.string), "Ids of the rules that named a strength, in rule order."),
            KeySpec("caps", .list(.string), "Ids of the rules whose cap fired (lowering a level or not), in rule order.")
        ].map(\.always))

    /// Score, level, grade and completeness: of the whole (`overall`) and of each domain.
    public static let figures = ObjectFormat(
        "resultsFigures", what: Message(nl: "de cijfers", en: "the figures"), summary: "Score, level, grade and completeness.",
        keys: [
            KeySpec(
                "score", .nullable(.anyNumber),
                "On its own scale (0-100 unless the domain or score says `scale: points` or `mean`), as in the result; "
                    + "`null` with insufficient data."),
            KeySpec("level", .nullable(.string), "The level's id after caps (overall: also after the levels' requirements)."),
            KeySpec("grade", .nullable(.anyNumber), "The report grade; `null` without `grades:` or score."),
            KeySpec("completeness", .percentage, "Relevant questions with any answer, 0-100, one decimal.")
        ].map(\.always))
}
