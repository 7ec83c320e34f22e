/// The response format (docs/response-format.md): one respondent's answers to one framework.
public enum ResponseFormat {
    /// The whole file.
    public static let file = FileFormat(
        name: "response", title: "Kader response",
        summary: "One respondent's answers to one framework: docs/response-format.md. Unknown keys are errors.",
        root: top, example: example)

    /// The top level of a response file.
    public static let top = ObjectFormat(
        "response", what: Message(nl: "het antwoordbestand", en: "the response file"),
        summary: "One respondent's answers to one framework.",
        keys: [
            KeySpec("framework", .id, required: true, "The framework id; a response for another framework is an error."),
            KeySpec(
                "version", .nullable(.string),
                "The framework version answered (recommended); quote it. Another major version is an error, "
                    + "another minor version a warning, and the response is scored with the framework at hand."),
            KeySpec("respondent", .nullable(.string), "Who answered: a mosque, a municipality, an intervention."),
            KeySpec("organisation", .nullable(.string), "The respondent's organisation."),
            KeySpec("date", .nullable(.date), "When, as YYYY-MM-DD."),
            KeySpec("context", .nullable(.map(.scalar, idKeys: false)), "Free fields; those the framework declares are type-checked."),
            KeySpec("answers", answers, "Question id → answer. What is not answered is reported as missing, never guessed."),
            KeySpec(
                "plan", .nullable(.list(.object(planItem))), title: "Action plan",
                "The action plan: the advice chosen to work on, each with who, by when and how far (see below).")
        ])

    /// One point of the action plan.
    public static let planItem = ObjectFormat(
        "planItem", what: Message(nl: "een punt van het actieplan", en: "a point of the action plan"),
        summary: "An advice chosen to work on: who takes it on, by when, and how far it has come.",
        keys: [
            KeySpec(
                "advice", .id, required: true,
                "The id of the rule that gives the advice (the result's `advice[].rule`); each advice at most once."),
            KeySpec("owner", .nullable(.string), "Who takes it on: a person, a role, a committee."),
            KeySpec("due", .nullable(.date), "By when, as YYYY-MM-DD."),
            KeySpec(
                "status", .words(PlanStatus.words), default: "gepland",
                "How far it has come: `gepland`, `bezig`, `gedaan`, `losgelaten` "
                    + "(or in English `planned`, `in_progress`, `done`, `dropped`; Kader writes the Dutch word)."),
            KeySpec("note", .nullable(.string), "What was agreed, what is in the way.")
        ])

    /// `question_id: answer` pairs.
    public static let answers = ValueShape.named(
        "answers", summary: "Question id → answer. What is not answered is reported as missing, never guessed.",
        .nullable(.map(answer, idKeys: true)))

    /// One answer: the value, or the long form with a note and evidence.
    static let answer = ValueShape.named(
        "answer", summary: "The answer, or the long form {value, note, evidence}.", .either([answerValue, .object(longAnswer)]))

    /// An answer's value as written.
    static let answerValue = ValueShape.named(
        "answerValue",
        summary: "An answer: an option id (or its label or value) for scale and choice questions; a list of option ids for multi; "
            + "a number; ja/nee (yes/no, true/false) for yesno; text; weet_niet or nvt; ~ for unanswered.",
        .either([.scalar, .list(.either([.string, .anyNumber]))]))

    /// The long form of an answer.
    public static let longAnswer = ObjectFormat(
        "longAnswer", what: Message(nl: "het antwoord", en: "the answer"),
        summary: "The long form: the answer with the respondent's note and evidence.",
        keys: [
            KeySpec("value", answerValue, "The answer itself; absent or ~ for a note without an answer."),
            KeySpec("note", .string, "The respondent's explanation; shown in reports."),
            KeySpec("evidence", .string, "What shows it: a document, minutes, a list.")
        ])

    /// A response to ``FrameworkFormat``'s example.
    static let example = """
        framework: proef
        version: "1.0"
        respondent: Buurthuis De Linde
        organisation: Stichting De Linde
        date: 2026-03-14
        context:
          gemeente: Utrecht
        answers:
          plan: {value: concept, note: Ligt bij het bestuur., evidence: notulen 12 februari}
          overleg: ja
          toelichting: ~
        plan:
          - advice: geen_plan
            owner: Secretaris
            due: 2026-06-01
            status: bezig
            note: Het concept gaat in mei naar het bestuur.
        """
}
