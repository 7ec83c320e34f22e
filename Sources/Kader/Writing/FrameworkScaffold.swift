/// A new framework to start from (`kader new`): one domain with two questions, a scale with
/// "weet niet" and "n.v.t.", a growth model, one rule with advice, one test over an example
/// response. It passes `kader validate --strict`, `kader lint --strict` and `kader test`, and
/// its comments (in the chosen language) say what each part does and where the docs are.
///
/// Its first line points the YAML language server at ``frameworkSchemaFile`` beside it, so an
/// editor checks the framework while it is typed; `kader new` writes that file too.
public struct FrameworkScaffold: Sendable {
    /// The framework's id; also the name of its file.
    public var id: String
    /// The date to put in the framework and the example response (YYYY-MM-DD), if any.
    public var date: String?
    /// The language of the comments (the texts are always in Dutch and English).
    public var language: Language

    /// The JSON Schema files the scaffold's `$schema` lines point at, written beside it.
    public static let frameworkSchemaFile = "kader-framework.schema.json"
    public static let responseSchemaFile = "kader-response.schema.json"

    /// Creates a scaffold for `id`.
    public init(id: String, date: String? = nil, language: Language = .nl) {
        self.id = id
        self.date = date
        self.language = language
    }

    /// The framework's file name.
    public var frameworkFile: String { "\(id).yaml" }
    /// The example response's file name.
    public var responseFile: String { "\(id)-\(Say(language)("voorbeeld", "example")).yaml" }

    /// Why `id` cannot be a framework id and how to fix it, or nil when it can.
    public static func problem(with id: String) -> (message: Message, fix: Message)? {
        guard !ValueReader.isIdentifier(id) else { return nil }
        let example = ValueReader.suggestIdentifier(id).flatMap { ValueReader.isIdentifier($0) ? $0 : nil } ?? "mijn_kader"
        return (
            Message(
                nl: "'\(id)' is geen geldige id: een id begint met een letter en bevat alleen letters, cijfers en '_'",
                en: "'\(id)' is not a valid id: an id starts with a letter and holds only letters, digits and '_'"),
            Message(nl: "bijvoorbeeld: kader new \(example)", en: "for example: kader new \(example)")
        )
    }

    /// A comment line in the scaffold's language.
    private func comment(_ nl: String, _ en: String) -> String { "# " + Say(language)(nl, en) }

    /// "mijn_kader" → "Mijn kader".
    private var title: String {
        let words = id.split(separator: "_").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The framework file.
    public func framework() -> String {
        var lines = ["# yaml-language-server: $schema=\(Self.frameworkSchemaFile)"]
        lines.append(
            comment(
                "Kader '\(id)', gemaakt met 'kader new'. Elke sleutel staat in docs/framework-format.md; docs/tutorial.md",
                "Framework '\(id)', made with 'kader new'. Every key is in docs/framework-format.md; docs/tutorial.md"))
        lines.append(
            comment(
                "laat in een kwartier zien hoe je een kader opbouwt. Controleer na elke wijziging:",
                "shows in a quarter of an hour how a framework is built. Check after every change:"))
        lines.append("#   kader validate \(frameworkFile) --strict && kader lint \(frameworkFile) --strict && kader test \(frameworkFile)")
        lines +=
            [
                "kader: 1", "id: \(id)", "version: \"0.1.0\""
            ] + (date.map { ["date: \($0)"] } ?? []) + [
                "languages: [nl, en]",
                "title: {nl: \(title), en: \(title)}",
                "description:",
                "  nl: Of het doel van het werk op papier staat en bekend is bij iedereen die meewerkt.",
                "  en: Whether the purpose of the work is written down and known to everyone involved.",
                "",
                comment(
                    "Een schaal: opties met een waarde (de punten), en 'weet niet' en 'n.v.t.' zonder waarde;",
                    "A scale: options with a value (the points), and 'weet niet' and 'n.v.t.' without one;"),
                comment(
                    "die twee tellen niet mee in de score en wel in de volledigheid.",
                    "those two are left out of the score and counted in completeness."),
                "scales:",
                "  - id: mate",
                "    options:",
                "      - {id: nog_niet, value: 0, label: {nl: Nog niet, en: Not yet}}",
                "      - {id: deels, value: 1, label: {nl: Deels, en: Partly}}",
                "      - {id: grotendeels, value: 2, label: {nl: Grotendeels, en: Largely}}",
                "      - {id: volledig, value: 3, label: {nl: Volledig, en: Fully}}",
                "      - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}",
                "      - {id: nvt, role: not_applicable, label: {nl: N.v.t., en: Not applicable}}",
                "",
                comment(
                    "Een domein met vragen; de domeinscore is het gemiddelde van de itemscores (0-100).",
                    "A domain with questions; the domain score is the mean of the item scores (0-100)."),
                "domains:",
                "  - id: doel",
                "    title: {nl: Het doel, en: The purpose}",
                "    questions:",
                "      - id: doel_op_papier",
                "        scale: mate",
                "        text: {nl: Het doel van het werk staat op papier., en: The purpose of the work is written down.}",
                "        help: {nl: Bijvoorbeeld één A4 dat nieuwe mensen krijgen., en: For example one page that new people receive.}",
                "      - id: doel_bekend",
                "        scale: mate",
                "        text: {nl: Iedereen die meewerkt kent het doel., en: Everyone involved knows the purpose.}",
                "",
                comment(
                    "Het groeimodel: banden over de score van 0 tot 100, van laag naar hoog.",
                    "The growth model: bands over the score from 0 to 100, lowest first."),
                "levels:",
                "  - {id: startend, min: 0, max: 40, label: {nl: Startend, en: Starting}}",
                "  - {id: in_ontwikkeling, min: 40, max: 70, label: {nl: In ontwikkeling, en: Developing}}",
                "  - {id: op_orde, min: 70, max: 100, label: {nl: Op orde, en: On track}}",
                "",
                comment(
                    "Een regel: een voorwaarde (docs/expressions.md) en wat er dan gebeurt, met de reden erbij.",
                    "A rule: a condition (docs/expressions.md) and what happens when it holds, with the reason."),
                "rules:",
                "  - id: doel_opschrijven",
                "    domain: doel",
                "    when: \"doel_op_papier < 'grotendeels'\"",
                "    because:",
                "      nl: \"Het doel op papier staat op '{doel_op_papier}'.\"",
                "      en: \"The purpose on paper is at '{doel_op_papier}'.\"",
                "    advice:",
                "      text:",
                "        nl: Schrijf het doel op één A4 en bespreek het met iedereen die meewerkt.",
                "        en: Write the purpose on one page and discuss it with everyone involved.",
                "      first_step:",
                "        nl: Zet het doel op de agenda van het volgende overleg.",
                "        en: Put the purpose on the agenda of the next meeting.",
                "      priority: high",
                "      effort: quick_win",
                "",
                comment(
                    "Een test: voorbeeldantwoorden en wat eruit moet komen. 'kader test \(frameworkFile)' rekent het na.",
                    "A test: example answers and what they must give. 'kader test \(frameworkFile)' checks it."),
                "tests:",
                "  - id: voorbeeld",
                "    description:",
                "      nl: Het doel is deels op papier en deels bekend.",
                "      en: The purpose is partly written down and partly known.",
                "    response: \(responseFile)",
                "    expect:",
                "      scores: {doel: 33.3, overall: 33.3}",
                "      levels: {overall: startend, doel: startend}",
                "      advice: [doel_opschrijven]"
            ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The example response the test reads.
    public func response() -> String {
        var lines = ["# yaml-language-server: $schema=\(Self.responseSchemaFile)"]
        lines.append(
            comment(
                "Voorbeeldantwoorden bij kader '\(id)' (docs/response-format.md). Scoren:",
                "Example answers for framework '\(id)' (docs/response-format.md). Score them:"))
        lines.append("#   kader scan \(responseFile) --framework \(frameworkFile)")
        let nl = language == .nl
        lines += ["framework: \(id)", "version: \"0.1.0\"", "respondent: \(nl ? "Voorbeeld" : "Example")"]
        lines += date.map { ["date: \($0)"] } ?? []
        lines += [
            "answers:",
            "  doel_op_papier: deels",
            "  doel_bekend:",
            "    value: deels",
            "    note: \(nl ? "Nieuwe mensen horen het pas na een paar weken." : "New people hear it only after a few weeks.")"
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
