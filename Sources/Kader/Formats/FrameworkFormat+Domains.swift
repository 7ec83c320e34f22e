/// Domains and questions. The keys every question has are described here; each question kind
/// describes its own (``QuestionKind/keySpecs``).
extension FrameworkFormat {
    /// A group of questions with its own score, level and grade.
    public static let domain = ObjectFormat(
        "domain", what: Message(nl: "een domein", en: "a domain"), summary: "A group of questions with its own score, level and grade.",
        keys: [
            KeySpec("id", .id, required: true, "Unique across questions, domains and scores; expressions read `score.<id>`."),
            KeySpec("title", .text, required: true, "The domain's name."),
            KeySpec("description", .text, "What the domain is about."),
            KeySpec(
                "number", .text,
                "The number people see (`1`, or `{nl: Vooraf, en: Before}` for preconditions); questions are numbered after it "
                    + "(`1.3`, `Vooraf.2`) in the form, template, `kader fill` and reports. Default: the domain's place."),
            KeySpec(
                "role", .words(["domain", "precondition"]), default: "domain",
                "A `precondition` domain is scored and shown, but not part of the overall score."),
            KeySpec(
                "scale", .words(ScoreScale.allCases.map(\.rawValue)), title: "Score scale", default: "percent",
                "`percent`: the aggregator's 0-100; `points`: the weighted sum of the items' points (prorated with `prorate`), "
                    + "e.g. 0-10; `mean`: their weighted mean, e.g. 1-5. Levels, grades and reports use it."),
            KeySpec(
                "aggregate", .plugin(.aggregator), title: "Aggregator",
                "How item scores combine with `scale: percent`; default from `scoring.aggregate`."),
            KeySpec(
                "bands", .either([.words(["none"]), .id, .list(.object(band), minItems: 1, rules: [])]), title: "Own bands",
                "The domain's own levels on its own scale, overriding `levels:`: a list of bands, the id of a `band_sets` entry, "
                    + "or `none` for no level at all."),
            KeySpec(
                "direction", .words(ScoreDirection.allCases.map(\.rawValue)), default: "higher_is_better",
                "`lower_is_better` for a scale where a low score is good (symptoms): `levels:` and grades meet it turned around."),
            KeySpec(
                "min_answered", .count, title: "Minimum answered",
                "With fewer answered scored items the domain has no score (insufficient data); default from `scoring.min_answered`."),
            KeySpec("prorate", .boolean, "Scale raw points up to the full item set when some are missing; default from `scoring.prorate`."),
            KeySpec("sources", .ids, "Source ids."),
            KeySpec(
                "unknown", .words(["exclude", "lowest"]), title: "Weet niet",
                "How \"weet niet\" counts in this domain, instead of `scoring.unknown`; a question's own `unknown` comes first."),
            KeySpec("questions", .list(.object(question), minItems: 1, rules: []), required: true, "The domain's questions.")
        ])

    /// A band on a domain's own scale.
    public static let band = ObjectFormat(
        "band", what: Message(nl: "een band", en: "a band"), summary: "A named band on a domain's own scale, lowest first.",
        keys: [
            KeySpec("id", .id, required: true, "The band id, as results, tests and `level.<domain>` name it."),
            KeySpec("label", .text, required: true, "What reports show."),
            KeySpec("description", .text, "What the band means."),
            KeySpec(
                "min", .anyNumber, required: true, title: "Minimum", "Included; the first band starts at the lowest score of the scale."),
            KeySpec(
                "max", .anyNumber, required: true, title: "Maximum",
                "Excluded, except for the top band, which includes the highest score of the scale.")
        ])

    /// Named bands shared by several domains.
    public static let bandSet = ObjectFormat(
        "bandSet", what: Message(nl: "een bandenset", en: "a band set"), summary: "Named bands that several domains share.",
        keys: [
            KeySpec("id", .id, required: true, "What a domain names under `bands:`."),
            KeySpec("bands", .list(.object(band), minItems: 1, rules: []), required: true, "The bands, lowest score first.")
        ])

    /// A question: the keys every kind has; the kind named under `type` adds its own.
    public static let question = ObjectFormat(
        "question", what: Message(nl: "een vraag", en: "a question"),
        summary: "A question. The keys below are common to every kind; each kind adds its own.",
        keys: [
            KeySpec("id", .id, required: true, "Unique across questions, domains and scores; expressions read the answer by this id."),
            KeySpec("type", .plugin(.questionKind), "The question kind; default `scale` when `scale:` is given."),
            KeySpec("text", .text, required: true, "The question or statement."),
            KeySpec("help", .text, "What is meant, what counts as evidence."),
            KeySpec("weight", .positive, default: 1, "Weight in `weighted_mean` and `sum`; greater than 0."),
            KeySpec("reverse", .boolean, default: false, "A high answer means a low score (min + max − value)."),
            KeySpec("required", .boolean, default: false, "Unanswered is reported as missing."),
            KeySpec("critical", .boolean, default: false, "Marks a critical item (for reports and lint; caps come from rules)."),
            KeySpec("relevant", .condition, "A condition over answers and context; the question is asked only when it is true."),
            KeySpec("sources", .ids, "Source ids."),
            KeySpec(
                "unknown", .words(["exclude", "lowest"]), title: "Weet niet",
                "How \"weet niet\" counts for this question, instead of the domain's or `scoring.unknown`."),
            KeySpec(
                "unanswered", .words(["neutral", "concern"]), default: "neutral",
                "`concern`: a blank or \"weet niet\" answer is a reason for advice; reports list the question under "
                    + "\"Zoek uit\" / \"Find out\" with the advice that waits on it."),
            KeySpec(
                "allow", .list(.words(["unknown", "not_applicable"])), title: "Allowed non-answers",
                "Which of \"weet niet\" (`unknown`) and \"n.v.t.\" (`not_applicable`) the question accepts, as far as its kind "
                    + "and scale offer them; default both. `allow: [unknown]` for a critical item that must not be \"n.v.t.\"."),
            KeySpec(
                "combine", .words(of: CombineRule.self), default: "middle",
                "How colleagues' answers become one proposed answer (`kader aggregate --combine`, \"samen invullen\" in `kader serve`): "
                    + "`middle` the median option value or number, the majority for yes/no; `lowest` the lowest answer given (by item "
                    + "score), marked as such, with the notes of whoever gave it. A `critical` item is always combined `lowest`.")
        ],
        pluginKeys: .questionKind(questionKind))

    /// A question names its kind under `type:`; `scale:` alone means `type: scale`.
    public static let questionKind = QuestionKindKeys(kindKey: "type", impliedBy: (key: "scale", kind: "scale"))

    /// A framework small enough to read at once, with one of most things: the format's example.
    static let example = """
        kader: 1
        id: proef
        version: "1.0"
        date: 2026-03-01
        title: {nl: Proefkader, en: Trial framework}
        sources:
          - {id: handboek, title: "Handboek kwaliteit (2026)"}
        context:
          - {id: gemeente, label: {nl: Gemeente, en: Municipality}}
        scales:
          - id: stand
            options:
              - {id: geen, label: {nl: Er is niets, en: Nothing yet}, value: 0}
              - {id: concept, label: {nl: Een concept, en: A draft}, value: 1}
              - {id: vastgesteld, label: {nl: Vastgesteld, en: Adopted}, value: 2}
              - {id: weet_niet, label: {nl: Weet ik niet, en: Not sure}, role: unknown}
        domains:
          - id: basis
            title: {nl: Basis, en: Basics}
            min_answered: 1
            questions:
              - id: plan
                scale: stand
                text: {nl: Er is een plan., en: There is a plan.}
                sources: [handboek]
              - id: overleg
                type: yesno
                text: {nl: Er is overleg., en: There are meetings.}
                relevant: "plan >= 'concept'"
              - id: toelichting
                type: text
                text: {nl: Toelichting, en: Explanation}
        scoring:
          rounding: {decimals: 1, mode: half_up}
          overall: {title: {nl: Totaal, en: Overall}, expression: "score.basis"}
        levels:
          - {id: startend, min: 0, max: 50, label: {nl: Startend, en: Starting}}
          - {id: op_orde, min: 50, max: 100, label: {nl: Op orde, en: In order}}
        grades:
          formula: "1 + 9 * score / 100"
        rules:
          - id: geen_plan
            domain: basis
            when: "plan < 'vastgesteld'"
            because: {nl: "Het plan staat op '{plan}'.", en: "The plan is at '{plan}'."}
            advice:
              text: {nl: Schrijf een plan., en: Write a plan.}
              priority: high
              effort: quick_win
              sources: [handboek]
        preconditions:
          - id: plan_bestaat
            text: {nl: Er is een plan., en: There is a plan.}
            when: "plan >= 'concept'"
        """
}
