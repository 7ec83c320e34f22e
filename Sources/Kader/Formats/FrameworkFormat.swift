/// The framework format (docs/framework-format.md): the top level, sources, context fields,
/// scales and options. Domains and questions, scoring, rules and test cases are described in the
/// files beside this one.
public enum FrameworkFormat {
    /// The whole file.
    public static let file = FileFormat(
        name: "framework", title: "Kader framework",
        summary: "A quality framework (kader) for Kader: docs/framework-format.md. Unknown keys are errors.",
        root: top, example: example)

    /// The top level of a framework file.
    public static let top = ObjectFormat(
        "framework", what: Message(nl: "het kader", en: "the framework"), summary: "A quality framework.",
        keys: [
            KeySpec("kader", .constant(1), title: "Format version", "Optional; 1 is the only version."),
            KeySpec("id", .id, required: true, "The framework id; responses name it under `framework:`."),
            KeySpec(
                "version", .string, required: true,
                "Digits with points, quoted: \"1.0.0\". Responses record the version they answered."),
            KeySpec("date", .date, "When this version was published, YYYY-MM-DD."),
            KeySpec(
                "languages", .either([.words(of: Language.self), .list(.words(of: Language.self))]),
                "Default [nl, en]; with both, texts lacking one are reported."),
            KeySpec("title", .text, required: true, "The framework's name."),
            KeySpec("description", .text, "What it is about."),
            KeySpec("audience", .text, "Who fills it in."),
            KeySpec("guidance", .text, "How to start, and how to repeat the self-assessment."),
            KeySpec("sources", .list(.object(source)), "What the content rests on."),
            KeySpec(
                "resources", .list(.object(resource)),
                "Documents that come with the framework: model documents advice presumes, a session plan, an evaluation form."),
            KeySpec("context", .list(.object(contextField)), title: "Context fields", "Extra fields a response may carry."),
            KeySpec("scales", .list(.object(scale)), required: true, "Answer scales."),
            KeySpec("domains", .list(.object(domain), minItems: 1, rules: []), required: true, "Domains with their questions."),
            KeySpec("scoring", .object(scoring), "Aggregation, rounding, derived and overall scores."),
            KeySpec("levels", .list(.object(level)), "The growth model: bands from 0 to 100, lowest first, no gaps, no overlap."),
            KeySpec(
                "band_sets", .list(.object(bandSet)), title: "Band sets",
                "Named bands that several domains share (`bands: <id>`), each on those domains' own scale."),
            KeySpec("grades", .object(grades), "Report grades (rapportcijfers) per domain and overall."),
            KeySpec("rules", .list(.object(rule)), "Advice, strengths, flags and level caps."),
            KeySpec("preconditions", .list(.object(precondition)), "What should be in place before starting."),
            KeySpec("tests", .list(.object(TestCaseFormat.test)), "Example responses with expected results; `kader test` runs them."),
            KeySpec("report", .object(report), "How reports present the result: what comes first.")
        ])

    /// A source the content rests on.
    public static let source = ObjectFormat(
        "source", what: Message(nl: "een bron", en: "a source"), summary: "A source the content rests on.",
        keys: [
            KeySpec("id", .id, required: true, "Cited as `sources: [id]` by domains, questions and advice."),
            KeySpec("title", .text, required: true, "The full reference (not checked for a translation)."),
            KeySpec(
                "short", .text,
                "Author, year and a short title: what reports show under an advice item, with the full "
                    + "reference listed once at the end. Default: the title."),
            KeySpec("url", .string, title: "URL", "Where to find it.")
        ])

    /// A document that comes with the framework.
    public static let resource = ObjectFormat(
        "resource", what: Message(nl: "een document bij het kader", en: "a document of the framework"),
        summary: "A document that comes with the framework; advice names it under `resources:`.",
        keys: [
            KeySpec("id", .id, required: true, "Named as `resources: [id]` by advice."),
            KeySpec("title", .text, required: true, "What a reader sees beside the advice."),
            KeySpec(
                "file", .text, required: true,
                "The file, relative to the framework file, inside its folder; `{nl: ..., en: ...}` for a file per language. "
                    + "Checked when the framework is opened from a file."),
            KeySpec(
                "kind", .words(of: FrameworkResource.Kind.self), default: "model",
                "`model`: an example to adapt; `session_plan`: `kader export --as session-plan`; "
                    + "`evaluation`: `kader export --as evaluation`.")
        ])

    /// A field a response may carry besides its answers.
    public static let contextField = ObjectFormat(
        "contextField", what: Message(nl: "een contextveld", en: "a context field"),
        summary: "A field a response may carry besides its answers.",
        keys: [
            KeySpec("id", .id, required: true, "Expressions read it as `context.<id>`; responses give it under `context:`."),
            KeySpec("label", .text, "What a person reads."),
            KeySpec(
                "type", .words(["text", "number"]), default: "text",
                "What a response gives: text, or a number expressions can compute with.")
        ])

    /// A named, ordered list of options shared by many questions.
    public static let scale = ObjectFormat(
        "scale", what: Message(nl: "een schaal", en: "a scale"), summary: "A named, ordered list of options shared by many questions.",
        keys: [
            KeySpec("id", .id, required: true, "Questions name it: `scale: <id>`."),
            KeySpec(
                "options", .list(.object(option), minItems: 1, rules: optionRules + [.someHas(key: "value")]), required: true,
                "Ordered options; at least one has a value.")
        ])

    /// An answer option of a scale or a question.
    public static let option = ObjectFormat(
        "option", what: Message(nl: "een optie", en: "an option"), summary: "An answer option.",
        keys: [
            KeySpec("id", .id, required: true, "The option id written in responses."),
            KeySpec("label", .text, "What the respondent reads."),
            KeySpec("value", .anyNumber, "Points; required for scored options when any option of the list has a value."),
            KeySpec(
                "role", .words(["scored", "unknown", "not_applicable"]), default: "scored",
                rules: [.whenOneOf(["unknown", "not_applicable"], forbids: "value")],
                "`unknown` (\"weet niet\") and `not_applicable` (\"n.v.t.\") have no value and are left out of the score."),
            KeySpec("help", .text, "When to pick this option.")
        ])

    /// The options of a choice question: when any option has a value, every scored one needs one.
    public static let optionList = ValueShape.named(
        "options",
        summary: "A list of options. When any option has a value, every scored option needs one; "
            + "\"weet niet\" and \"n.v.t.\" have a role and no value.",
        .list(.object(option), minItems: 1, rules: optionRules))

    /// A text in both languages (the mapping form of ``ValueShape/text``); at least one is needed.
    public static let localizedText = ObjectFormat(
        "localizedText", what: Message(nl: "een tekst", en: "a text"), summary: "A text in Dutch and English.",
        keys: [
            KeySpec("nl", .string, title: "Dutch", "The Dutch text."),
            KeySpec("en", .string, title: "English", "The English text.")
        ],
        rules: [.atLeastOne(["nl", "en"])])

    private static let optionRules = [ListRule.allOrNone(key: "value", exemptKey: "role", exemptValues: ["unknown", "not_applicable"])]
}
