/// The `report:` section of a framework: how reports present a result.
extension FrameworkFormat {
    /// How reports present a result; it changes no score, level or advice.
    public static let report = ObjectFormat(
        "report", what: Message(nl: "de rapportinstellingen", en: "the report settings"),
        summary: "How reports present a result; it changes no score, level or advice.",
        keys: [
            KeySpec(
                "focus", .integer(minimum: 1, maximum: nil), title: "Advice to begin with",
                "How many pieces of advice every report puts first, under \"Begin hier\" / \"Start here\", in the order to act "
                    + "on them; critical advice is always among them, even past this number. The rest follow under \"Later\". "
                    + "Without it, all advice is one list."),
            KeySpec(
                "respondent", .text, title: "Who answers",
                "Who answers, as the generic texts name them (\"de moskee\"): the template's comment, the paper form's name field, "
                    + "`kader fill`'s first question. Default: \"de moskee, de gemeente of de interventie\"."),
            KeySpec(
                "participant", .id, title: "Who scored",
                "The context field that names who filled in a response (a colleague, an assessor, a masterclass participant), "
                    + "such as `beoordelaar`. Combined answers (`kader aggregate --combine`, \"samen invullen\" in `kader serve`) label "
                    + "each response by it, never by the organisation or the case; without it, by `respondent:`."),
            KeySpec(
                "address", .words(of: ReportSettings.Address.self), default: "u",
                "How the generic Dutch texts (template, paper form, handout, `kader fill`) address the reader: `u` or `je`."),
            KeySpec(
                "domain_word", .text, title: "What a domain is called",
                "What the framework calls one of its domains, in the singular (\"aspect\", \"thema\"): the progress line of "
                    + "`kader serve` says \"Aspect 2 van 7\". Default: \"domein\" / \"domain\"."),
            KeySpec(
                "summary", .object(summary), title: "Two-page summary",
                "The two-page summary's own title and opening words (`kader scan --summary`, `--format docx`); see below.")
        ])

    /// The two-page summary's title and introduction, in the framework's own words.
    public static let summary = ObjectFormat(
        "summary", what: Message(nl: "de samenvatting", en: "the summary"),
        summary: "The title and opening words of the two-page summary (`kader scan --summary`, `--format docx`).",
        keys: [
            KeySpec(
                "title", .text, title: "Title",
                "The summary's title (\"Bestuurlijke samenvatting\"). Default: \"Samenvatting\" / \"Summary\"."),
            KeySpec(
                "introduction", .text, title: "Introduction",
                "Words under the title, before the figures: for whom the summary is and what it is for. A paragraph per line.")
        ])
}
