/// Domains with their items, and derived scores, in the result.
extension ResultFormat {
    /// One domain's score, level, grade and items.
    public static let domain = ObjectFormat(
        "domain", what: Message(nl: "een domein", en: "a domain"), summary: "One domain's score, level, grade and items.",
        keys: [
            KeySpec("id", .string, "The domain id."),
            KeySpec("title", .nullable(.string), "The domain title."),
            KeySpec(
                "role", .words(["domain", "precondition"]),
                "A `precondition` domain is scored and shown, not part of the overall score."),
            KeySpec(
                "score", .nullable(.anyNumber),
                "On the domain's scale (0-100 unless `scale` says otherwise), rounded as declared; `null` with insufficient data."),
            KeySpec("status", .words(statuses), "`insufficient`: fewer than `min_answered` answered scored items."),
            KeySpec("points", .anyNumber, "Raw points (weights applied) over the answered items."),
            KeySpec("max_points", .anyNumber, title: "Maximum points", "The maximum of those points."),
            KeySpec("prorated_points", .nullable(.anyNumber), "With `prorate: true`: points scaled up to the full item set; else `null`."),
            KeySpec("prorated_max_points", .nullable(.anyNumber), title: "Prorated maximum points", "The maximum of those."),
            KeySpec(
                "aggregator", .string,
                "The aggregator used: `mean`, `weighted_mean`, `sum`, `minimum`, `maximum`, `median` or a plugin's."),
            KeySpec("min_answered", .anyInteger, title: "Minimum answered", "The minimum answered scored items for a score."),
            KeySpec("answered_items", .count, "Scored items that counted."),
            KeySpec("band_level", .nullable(.string), "The level of the score's band, before caps."),
            KeySpec("level", .nullable(.string), "The level after caps."),
            KeySpec("capped_by", .list(.string), "Rules whose cap lowered this domain's level."),
            KeySpec(
                "level_note", .nullable(.string), title: "Why this level",
                "Why the level is lower than the score's band, in the framework's words (the capping rules' `because`); "
                    + "null when it is not."),
            KeySpec("grade", .nullable(.anyNumber), "The domain's report grade."),
            KeySpec(
                "grade_capped", .nullable(.boolean), title: "Grade capped",
                "`true` when a cap kept the level below the score's band: reports mark the grade as capped, and with "
                    + "`grades.when_capped: limit` it is the capped level's grade; `null` without a grade."),
            KeySpec("passed", .nullable(.boolean), "Grade ≥ the pass grade."),
            KeySpec("completeness", .object(completeness), "As for the whole result, for this domain."),
            KeySpec("items", .list(.object(item)), "One per question, in framework order.")
        ].map(\.always) + [scaleKey, rangeKey])

    /// One question's answer and score.
    public static let item = ObjectFormat(
        "item", what: Message(nl: "een item", en: "an item"), summary: "One question's answer and score.",
        keys: [
            KeySpec("id", .string, title: "Question id", "The question id."),
            KeySpec("text", .nullable(.string), "The question."),
            KeySpec(
                "state", .words(["answered", "unknown", "not_applicable", "unanswered", "not_relevant"]),
                "How the question was answered: `unknown` is \"weet niet\", `not_applicable` \"n.v.t.\"."),
            KeySpec(
                "answer", .either([.scalar, .list(.string)]),
                "The answer as given: an option id (string), a list of option ids (`multi`), `true`/`false` (`yesno`), "
                    + "a number, a text; `\"weet_niet\"` or `\"nvt\"`; `null` when unanswered."),
            KeySpec(
                "answer_text", .nullable(.string),
                "The answer in words (an option's label, \"ja\"/\"nee\", the number with its `unit`); `null` when there is no answer."),
            KeySpec(
                "points", .nullable(.anyNumber),
                "Points after `reverse`; `null` for unscored items and missing answers "
                    + "(with `scoring: unknown: lowest`, \"weet niet\" gets the lowest points)."),
            KeySpec("max_points", .nullable(.anyNumber), title: "Maximum points", "The item's maximum points."),
            KeySpec("score", .nullable(.anyNumber), "The item score 0-100, two decimals."),
            KeySpec("weight", .anyNumber, "The question's weight."),
            KeySpec("reverse", .boolean, "The question is reverse-scored."),
            KeySpec("critical", .boolean, "The question is marked critical."),
            KeySpec("note", .nullable(.string), "The respondent's note (long form `{value, note, evidence}`)."),
            KeySpec("evidence", .nullable(.string), "The respondent's evidence.")
        ].map(\.always))

    /// A derived score, or the overall score.
    public static let score = ObjectFormat(
        "score", what: Message(nl: "een score", en: "a score"), summary: "A derived score, or the overall score.",
        keys: [
            KeySpec("id", .string, "The score id."),
            KeySpec("title", .nullable(.string), "Its title."),
            KeySpec(
                "score", .nullable(.anyNumber),
                "On its scale (0-100 unless `scale` says otherwise), rounded; `null` when a part is invalid (unless `skip_invalid`)."),
            KeySpec("status", .words(statuses), "Whether there was enough to score."),
            KeySpec("method", .string, "The aggregator's name, or `expression`."),
            KeySpec(
                "parts", .list(.object(scorePart)),
                "Every part (domain or score), `score` `null` for an invalid part; "
                    + "for an expression, the scores it reads, with weight 1.")
        ].map(\.always) + [
            scaleKey, rangeKey,
            KeySpec("band", .string, "Present only for a score with `bands:` and a score: the id of the band that holds it.")
        ])

    /// `scale`: present only for a score on its own scale.
    static let scaleKey = KeySpec(
        "scale", .words(["points", "mean"]),
        "Present only when the score is not a percentage: `points` (a sum of item points) or `mean`.")
    /// `range`: present with `scale`, when the bounds are known.
    static let rangeKey = KeySpec("range", .object(range), "With `scale`: the lowest and highest score (\"7 van 10\").")

    /// The lowest and highest value of a score on its own scale.
    public static let range = ObjectFormat(
        "range", what: Message(nl: "een bereik", en: "a range"), summary: "The lowest and highest value of a score on its own scale.",
        keys: [
            KeySpec("min", .anyNumber, "The lowest score."),
            KeySpec("max", .anyNumber, "The highest score.")
        ].map(\.always))

    /// One part of a derived score.
    public static let scorePart = ObjectFormat(
        "scorePart", what: Message(nl: "een onderdeel", en: "a part"), summary: "One part of a derived score.",
        keys: [
            KeySpec("id", .string, "The domain or score."),
            KeySpec("score", .nullable(.anyNumber), "Its score; `null` when invalid."),
            KeySpec("weight", .anyNumber, "Its weight.")
        ].map(\.always))
}
