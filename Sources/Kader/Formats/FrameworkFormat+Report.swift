/// The `report:` section of a framework: how reports present a result.
extension FrameworkFormat {
    /// How reports present a result; it changes no score, level or advice.
    public static let report = ObjectFormat(
        "report", what: Message(nl: "de rapportinstellingen", en: "the report settings"),
        summary: "How reports present a result; it changes no score, level or advice.",
        keys: [
            KeySpec("focus", .integer(minimum: 1, maximum: nil), title: "Advice to begin with",
                    "How many pieces of advice every report puts first, under \"Begin hier\" / \"Start here\", in the order to act "
                        + "on them; critical advice is always among them, even past this number. The rest follow under \"Later\". "
                        + "Without it, all advice is one list."),
        ])
}
