/// The result JSON that `kader scan --format json` prints (docs/result.md). Every key is always
/// present, in the order given here (``ResultJSON`` writes them; a test holds the two together).
public enum ResultFormat {
    /// The whole document.
    public static let file = FileFormat(
        name: "result", title: "Kader result",
        summary: "What kader scan --format json prints: docs/result.md. Every key is always present (null when absent), in this order.",
        root: top, example: "")

    /// The top level.
    public static let top = ObjectFormat(
        "result", what: Message(nl: "het resultaat", en: "the result"), summary: "The result of a scan.",
        keys: [
            KeySpec(
                "kader_result", .constant(ResultJSON.formatVersion), title: "Result format version",
                "The version of this format: `1`."),
            KeySpec("language", .words(of: Language.self), "The language of every text."),
            KeySpec("framework", .object(framework), "Which framework scored it."),
            KeySpec("respondent", .nullable(.string), "`respondent:` of the response."),
            KeySpec("organisation", .nullable(.string), "`organisation:` of the response."),
            KeySpec("date", .nullable(.string), "`date:` of the response, `YYYY-MM-DD`."),
            KeySpec(
                "context", .map(.either([.string, .anyNumber]), idKeys: false),
                "The response's context fields, sorted by key; each value a string or a number "
                    + "(a field the framework declares as `number`, or a plain number)."),
            KeySpec("overall", .object(overall), "The overall score, level and grade."),
            KeySpec("completeness", .object(completeness), "How much was filled in, over all domains."),
            KeySpec("domains", .list(.object(domain)), "One per domain, in framework order, precondition domains included."),
            KeySpec(
                "scores", .list(.object(score)), title: "Derived scores",
                "Derived scores, in framework order, the overall score last."),
            KeySpec("preconditions", .list(.object(precondition)), "Each precondition's outcome."),
            KeySpec("advice", .list(.object(advice)), "What can be better, in the order to act on it (see advice below)."),
            KeySpec(
                "find_out", .list(.object(findOut)), title: "Find out",
                "Questions marked `unanswered: concern` left blank or \"weet niet\", in framework order (Zoek uit)."),
            KeySpec(
                "plan", .list(.object(plan)), title: "Action plan",
                "The response's action plan: the advice chosen to work on, in the order written; `[]` without one."),
            KeySpec("strengths", .list(.object(strength)), "What goes well, in rule order."),
            KeySpec(
                "flags", .list(.object(flag)),
                "Signals that need attention: critical first, then warning, then info, each in rule order."),
            KeySpec(
                "other_outcomes", .list(.object(otherOutcome)), title: "Other outcomes",
                "What rule effects registered by plugins gave (a point for the next meeting, ...), in the order the rules fired."),
            KeySpec("rules", .list(.object(rule)), "Every rule's outcome, fired or not, in framework order."),
            KeySpec("notices", .list(.object(notice)), "Problems found while scoring.")
        ].map(\.always))

    /// Which framework scored the response.
    public static let framework = ObjectFormat(
        "framework", what: Message(nl: "het kader", en: "the framework"), summary: "Which framework scored it.",
        keys: [
            KeySpec("id", .string, "The framework id."),
            KeySpec("version", .string, "The framework version that scored the response."),
            KeySpec("title", .nullable(.string), "The framework title."),
            KeySpec(
                "answered_version", .nullable(.string),
                "The version the response said it answered, when it differs from `version` "
                    + "(a different minor version; a different major version is an error).")
        ].map(\.always))

    /// The overall score, level and grade.
    public static let overall = ObjectFormat(
        "overall", what: Message(nl: "het totaal", en: "the overall result"), summary: "The overall score, level and grade.",
        keys: [
            KeySpec("score_id", .string, "The score used as overall: `overall`, or the id named by `scoring: overall: <id>`."),
            KeySpec(
                "score", .nullable(.anyNumber),
                "On its scale (0-100 unless `scale` says otherwise), rounded as the framework declares; `null` with insufficient data."),
            KeySpec("status", .words(statuses), "Whether there was enough to score."),
            KeySpec("band_level", .nullable(.string), "The level whose band holds the score; `null` without levels or score."),
            KeySpec("level", .nullable(.string), "The final level: after levels' `requires` conditions and rules' caps."),
            KeySpec("unmet_requirements", .list(.string), "Levels whose `requires` did not hold."),
            KeySpec("capped_by", .list(.string), "Ids of the rules whose `cap` lowered the level."),
            KeySpec(
                "level_note", .nullable(.string), title: "Why this level",
                "Why the level is lower than the score's band, in the framework's words (the band level's `requires_text`, "
                    + "the capping rules' `because`); null when it is not."),
            KeySpec("grade", .nullable(.anyNumber), "The report grade (1-10); `null` without `grades:` or score."),
            KeySpec(
                "grade_capped", .nullable(.boolean), title: "Grade capped",
                "`true` when the level is lower than the score's band (`level_note` says why): reports mark the grade as capped, "
                    + "and with `grades.when_capped: limit` it is the capped level's grade; `null` without a grade."),
            KeySpec("passed", .nullable(.boolean), "Grade ≥ the framework's `pass` grade; `null` without a grade.")
        ].map(\.always) + [scaleKey, rangeKey])

    /// How much was filled in.
    public static let completeness = ObjectFormat(
        "completeness", what: Message(nl: "de volledigheid", en: "the completeness"),
        summary: "How much was filled in (over all domains, or in one domain).",
        keys: [
            KeySpec(
                "percentage", .percentage,
                "Relevant questions with any answer (\"weet niet\" and \"n.v.t.\" included), 0-100, one decimal; "
                    + "100 when nothing is relevant."),
            KeySpec("relevant", .count, "Questions asked (their relevance condition holds or they have none)."),
            KeySpec("answered", .count, "With a real answer."),
            KeySpec("unknown", .count, "Answered \"weet niet\"."),
            KeySpec("not_applicable", .count, "Answered \"n.v.t.\"."),
            KeySpec("unanswered", .count, "Relevant but not answered."),
            KeySpec("not_relevant", .count, "Not asked: their relevance condition did not hold.")
        ].map(\.always))

    /// A score's status.
    static let statuses = ["valid", "insufficient"]
}

extension KeySpec {
    /// The key, required: every key of the result is always present.
    var always: KeySpec {
        KeySpec(name, shape, required: true, title: title, default: defaultValue, rules: rules, meaning)
    }
}
