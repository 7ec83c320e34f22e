/// The scoring section, derived and overall scores, levels and grades.
extension FrameworkFormat {
    /// Framework-wide scoring: the defaults domains inherit, rounding, derived and overall scores.
    public static let scoring = ObjectFormat(
        "scoring", what: Message(nl: "de sectie 'scoring'", en: "the 'scoring' section"),
        summary: "Aggregation, rounding, derived and overall scores.",
        keys: [
            KeySpec(
                "aggregate", .plugin(.aggregator), title: "Default aggregator", default: "mean",
                "The aggregator of domains that name none."),
            KeySpec(
                "min_answered", .count, title: "Default minimum answered", default: 1,
                "Fewer answered scored items give a domain no score."),
            KeySpec("prorate", .boolean, title: "Default proration", default: false, "Scale raw points up to the full item set."),
            KeySpec(
                "unknown", .words(["exclude", "lowest"]), title: "Weet niet", default: "exclude",
                "What \"weet niet\" counts for: `exclude` leaves it out of the score, `lowest` counts it as the lowest option."),
            KeySpec("rounding", roundingShape, "Rounding of every score."),
            KeySpec(
                "overall", .either([.id, .object(overallScore)]), title: "Overall score",
                "An existing score's id, or how to compute it; default the mean of every ordinary domain."),
            KeySpec("scores", .list(.object(derivedScore)), title: "Derived scores", "Scores over domains and other scores.")
        ])

    /// `rounding: 1` or `rounding: {decimals: 1, mode: half_up}`.
    static let roundingShape = ValueShape.named(
        "rounding", summary: "Decimals (0-6), or {decimals, mode}. Applies to every score.",
        .either([.anyInteger, .object(rounding)]))

    /// The long form of `rounding`.
    public static let rounding = ObjectFormat(
        "roundingRule", what: Message(nl: "'rounding'", en: "'rounding'"), summary: "How scores are rounded.",
        keys: [
            KeySpec("decimals", .integer(minimum: 0, maximum: 6), default: 1, "Decimals kept, 0-6."),
            KeySpec(
                "mode", .words(roundingModes), default: "half_up",
                "How halves are rounded: up (2.45 → 2.5), to even (2.45 → 2.4), or always down.")
        ])

    /// How halves are rounded (``Rounding/Mode``).
    static let roundingModes = ["half_up", "half_even", "down"]

    /// A derived score: aggregates domains and scores, or computes an expression.
    public static let derivedScore = ObjectFormat(
        "derivedScore", what: Message(nl: "een afgeleide score", en: "a derived score"),
        summary: "A derived score: aggregates domains and scores (of), or computes an expression.",
        keys: [
            KeySpec(
                "id", .identifier(reserved: ["overall"]), required: true,
                "Unique across questions, domains and scores; `overall` is reserved.")
        ] + scoreKeys)

    /// `scoring: overall:` in its long form.
    public static let overallScore = ObjectFormat(
        "overallScore", what: Message(nl: "'overall'", en: "'overall'"), summary: "How the overall score is computed.", keys: scoreKeys)

    /// The keys a derived score and the overall score share.
    private static let scoreKeys = [
        KeySpec("title", .text, "What reports call it."),
        KeySpec("aggregate", .plugin(.aggregator), title: "Aggregator", default: "mean", "How the parts combine."),
        KeySpec(
            "scale", .words(ScoreScale.allCases.map(\.rawValue)), title: "Score scale", default: "percent",
            "`percent` combines the parts' percentages (0-100); `points` and `mean` combine their values on their own scales, "
                + "and the range follows from theirs (`sum` of 0-10 and 0-15 is 0-25)."),
        KeySpec(
            "of", parts, title: "Parts",
            "Domains and scores to aggregate, each optionally with a weight; default every ordinary domain."),
        KeySpec(
            "expression", .numberExpression, rules: [.excludes(["aggregate", "of"])],
            "Computes the score instead of `aggregate`/`of`, e.g. \"score.visie - score.lesprogramma\"."),
        KeySpec(
            "bands", .either([.id, .list(.object(band), minItems: 1, rules: [])]), title: "Own bands",
            "Named bands on the score's own scale (a list, or the id of a `band_sets` entry); results and reports name the band."),
        KeySpec(
            "decimals", .integer(minimum: 0, maximum: 6),
            "Decimals of this score, instead of those of `scoring.rounding`; with `0` it is a whole number, printed without a decimal."),
        KeySpec(
            "skip_invalid", .boolean, title: "Skip invalid parts", default: false,
            "Without it, one invalid part (insufficient data) makes the whole invalid."),
        KeySpec("min_valid", .count, title: "Minimum valid parts", default: 1, "With `skip_invalid: true`: the valid parts needed.")
    ]

    /// `of: [a, {id: b, weight: 2}]`.
    static let parts = ValueShape.named(
        "parts", summary: "A list of domain or score ids, each optionally {id, weight} (a single id counts as a list of one).",
        .either([.id, .list(.either([.id, .object(part)]), minItems: 1, rules: [])]))

    /// One weighted part of a derived score.
    public static let part = ObjectFormat(
        "part", what: Message(nl: "een onderdeel", en: "a part"), summary: "A domain or score with a weight.",
        keys: [
            KeySpec("id", .id, required: true, "A domain or score."),
            KeySpec("weight", .positive, default: 1, "Greater than 0.")
        ])

    /// A band of the growth model.
    public static let level = ObjectFormat(
        "level", what: Message(nl: "een niveau", en: "a level"), summary: "A band over the 0-100 score.",
        keys: [
            KeySpec("id", .id, required: true, "The level id, as results and caps name it."),
            KeySpec("label", .text, required: true, "What reports show."),
            KeySpec("description", .text, "What the level means."),
            KeySpec("min", .percentage, required: true, title: "Minimum", "Included."),
            KeySpec("max", .percentage, required: true, title: "Maximum", "Excluded, except for the top band, which includes 100."),
            KeySpec("requires", .condition, "Overall only: an extra condition that must hold for this level."),
            KeySpec(
                "requires_text", .text, title: "Requirement in words",
                "What `requires` asks, as reports show it when it keeps the overall score out of this level; "
                    + "`{expression}` placeholders are filled in (\"monitoren minstens 65; nu {score.monitoren}\"). "
                    + "Without it, a level with `requires` gives a warning.")
        ])

    /// Report grades: a formula or a table.
    public static let grades = ObjectFormat(
        "grades", what: Message(nl: "de sectie 'grades'", en: "the 'grades' section"),
        summary: "Report grades (rapportcijfers) per domain and overall, clamped to 1-10: a formula or a table.",
        keys: [
            KeySpec("formula", .numberExpression, "An expression over `score` (0-100), e.g. \"1 + 9 * score / 100\"."),
            KeySpec("table", .list(.object(gradeRow)), "Bands from 0 to 100 with a grade each, lowest first."),
            KeySpec("decimals", .integer(minimum: 0, maximum: 6), default: 1, "Decimals of the grade, 0-6."),
            KeySpec("rounding", .words(roundingModes), default: "half_up", "How halves are rounded, as for scores."),
            KeySpec(
                "when_capped", .words(["mark", "limit"]), default: "mark",
                "A domain or total whose level is capped: `mark` keeps the grade of the score and reports mark it as capped; "
                    + "`limit` gives the grade of the highest score in the capped level's band (and marks it too)."),
            KeySpec("pass", .anyNumber, default: 5.5, "The lowest passing grade.")
        ],
        rules: [.exactlyOne(["formula", "table"])])

    /// One row of a grade table.
    public static let gradeRow = ObjectFormat(
        "gradeRow", what: Message(nl: "een rij van de cijfertabel", en: "a grade table row"), summary: "A band with its grade.",
        keys: [
            KeySpec("min", .percentage, required: true, title: "Minimum", "Included."),
            KeySpec("max", .percentage, required: true, title: "Maximum", "Excluded, except for the top row."),
            KeySpec("grade", .number(minimum: 1, maximum: 10, above: nil), required: true, "The grade, 1-10.")
        ])
}
