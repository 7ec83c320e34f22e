/// Preconditions, what fired rules gave, every rule's outcome, and notices, in the result.
extension ResultFormat {
    /// A precondition's outcome.
    public static let precondition = ObjectFormat(
        "precondition", what: Message(nl: "een randvoorwaarde", en: "a precondition"), summary: "A precondition's outcome.",
        keys: [
            KeySpec("id", .string, "The precondition id."),
            KeySpec("text", .nullable(.string), "What should be in place."),
            KeySpec("outcome", .words(TestCaseFormat.outcomes), "`unknown`: answers it needs are missing."),
            KeySpec("advice", .nullable(.string), "The precondition's advice."),
            KeySpec("undecided_by", .list(.string), "For `unknown`: the questions whose answers would decide it.")
        ].map(\.always))

    /// An improvement point.
    public static let advice = ObjectFormat(
        "advice", what: Message(nl: "een advies", en: "advice"), summary: "An improvement point (wat kan beter).",
        keys: [
            KeySpec("rule", .string, title: "Rule id", "The rule that gave it."),
            KeySpec("domain", .nullable(.string), title: "Domain id", "The rule's `domain:`."),
            KeySpec(
                "focus", .nullable(.boolean), title: "Begin here",
                "`true`: among the advice to begin with (\"Begin hier\": every critical piece and the framework's `report.focus`); "
                    + "`false`: later; `null`: the framework sets no focus."),
            KeySpec("priority", .words(of: Priority.self), "How urgent it is."),
            KeySpec("effort", .words(of: Effort.self), "How much work it is."),
            KeySpec("text", .nullable(.string), "The improvement point."),
            KeySpec("first_step", .nullable(.string), "A first concrete step."),
            KeySpec("because", .nullable(.string), "The rule's `because`, with the values it saw filled in."),
            KeySpec("sources", .list(.string), "Source ids."),
            KeySpec("resources", .list(.string), "Ids of the framework's documents the advice presumes (`resources:` in the framework)."),
            conditionsKey
        ].map(\.always))

    /// A question to find out about.
    public static let findOut = ObjectFormat(
        "findOut", what: Message(nl: "iets om uit te zoeken", en: "something to find out"),
        summary: "A question marked `unanswered: concern` left blank or \"weet niet\" (Zoek uit).",
        keys: [
            KeySpec("question", .string, title: "Question id", "The question."),
            KeySpec("domain", .string, title: "Domain id", "Its domain."),
            KeySpec("text", .nullable(.string), "The question's text."),
            KeySpec("state", .words(["unanswered", "unknown"]), "Left blank, or answered \"weet niet\"."),
            KeySpec("critical", .boolean, "Whether it is a critical item."),
            KeySpec("waiting_advice", .list(.string), "The advice of rules that could not be decided without this answer, in rule order.")
        ].map(\.always))

    /// A point of the respondent's action plan.
    public static let plan = ObjectFormat(
        "plan", what: Message(nl: "een punt van het actieplan", en: "a point of the action plan"),
        summary: "An advice the respondent chose to work on (the response's `plan:`).",
        keys: [
            KeySpec("advice", .string, title: "Advice id", "The rule that gives the advice."),
            KeySpec("domain", .nullable(.string), title: "Domain id", "The rule's `domain:`."),
            KeySpec("text", .nullable(.string), "The advice's text, from the framework (also when this result does not give it)."),
            KeySpec("given", .boolean, "Whether this result gives the advice: `false` once the answers no longer call for it."),
            KeySpec("owner", .nullable(.string), "Who takes it on."),
            KeySpec("due", .nullable(.string), "By when, `YYYY-MM-DD`."),
            KeySpec(
                "status", .words(PlanStatus.allCases.map(\.rawValue)),
                "How far it has come, as the Dutch id (an English id in the response is written as its Dutch one)."),
            KeySpec("note", .nullable(.string), "The note written with it.")
        ].map(\.always))

    /// Something that goes well.
    public static let strength = ObjectFormat(
        "strength", what: Message(nl: "een sterk punt", en: "a strength"), summary: "Something that goes well (wat gaat goed).",
        keys: [ruleKey, domainKey, KeySpec("text", .nullable(.string), "What goes well."), becauseKey, conditionsKey].map(\.always))

    /// A signal that needs attention.
    public static let flag = ObjectFormat(
        "flag", what: Message(nl: "een signaal", en: "a flag"), summary: "A signal that needs attention.",
        keys: [
            ruleKey, domainKey,
            KeySpec("severity", .words(of: Flag.Severity.self), "How serious it is."),
            KeySpec("text", .nullable(.string), "The signal."),
            becauseKey, conditionsKey
        ].map(\.always))

    /// What a rule effect registered by a plugin gave.
    public static let otherOutcome = ObjectFormat(
        "otherOutcome", what: Message(nl: "een uitkomst van een plugin", en: "a plugin's outcome"),
        summary: "What a rule effect registered by a plugin gave.",
        keys: [
            KeySpec("effect", .string, "The effect's key on the rule (its plugin's name), such as `bespreekpunt`."),
            KeySpec("heading", .nullable(.string), "The heading reports list this effect's outcomes under."),
            ruleKey, domainKey,
            KeySpec("text", .nullable(.string), "What the outcome says."),
            becauseKey, conditionsKey
        ].map(\.always))

    private static let ruleKey = KeySpec("rule", .string, title: "Rule id", "The rule that gave it.")
    private static let domainKey = KeySpec("domain", .nullable(.string), title: "Domain id", "The rule's `domain:`.")
    private static let becauseKey = KeySpec("because", .nullable(.string), "The rule's `because`, with the values it saw filled in.")
    private static let conditionsKey = KeySpec("conditions", conditions, "The parts of the condition that decided it.")

    /// The parts of a rule's condition and what they saw.
    static let conditions = ValueShape.named(
        "conditions", summary: "The parts of the condition and the values they saw.", .list(.object(condition)))

    /// One part of a rule's condition.
    public static let condition = ObjectFormat(
        "condition", what: Message(nl: "een deel van de voorwaarde", en: "a part of the condition"),
        summary: "A part of a rule's condition with the values it read.",
        keys: [
            KeySpec("condition", .string, "A part of the rule's condition, as written (`geen_straf < 'volledig'`)."),
            KeySpec(
                "value", .string,
                "What it gave: `true`, `false`, or why it is missing "
                    + "(`unanswered`, `weet niet`, `n.v.t.`, `not relevant`, `insufficient data`)."),
            KeySpec(
                "values", .map(.string, idKeys: false),
                "Expression → value, for what the part read (`{\"geen_straf\": \"'grotendeels'\"}`); "
                    + "texts and option ids in single quotes.")
        ].map(\.always))

    /// A rule's outcome, fired or not.
    public static let rule = ObjectFormat(
        "rule", what: Message(nl: "een regel", en: "a rule"), summary: "A rule's outcome, fired or not.",
        keys: [
            KeySpec("id", .string, "The rule id."),
            KeySpec("outcome", .words(["fired", "not_fired", "unknown"]), "`unknown`: the condition needs missing answers."),
            KeySpec("effects", .list(.string), "The rule's effects, by name: `advice`, `strength`, `flag`, `cap` or a plugin's."),
            KeySpec("undecided_by", .list(.string), "For `unknown`: the questions whose answers would decide it."),
            KeySpec("because", .nullable(.string), "When fired, the filled-in `because`.")
        ].map(\.always))

    /// A problem found while scoring.
    public static let notice = ObjectFormat(
        "notice", what: Message(nl: "een melding", en: "a notice"), summary: "A problem found while scoring.",
        keys: [
            KeySpec("severity", .words(["error", "warning", "note"]), "How serious it is."),
            KeySpec("code", .string, "A stable code, such as `not-relevant`."),
            KeySpec("message", .string, "The message, in `language`."),
            KeySpec("location", .nullable(.string), "`file:line:column` in the response.")
        ].map(\.always))
}
