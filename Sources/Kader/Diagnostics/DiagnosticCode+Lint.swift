/// Codes of `kader lint`: a framework that loads but will not do what its author meant. Each
/// finding names the place and, in its fix, the part that is wrong.
extension DiagnosticCode {
    static let lintCodes: [DiagnosticCode] = [
        .deadRule, .deadRelevance, .deadPrecondition, .deadLevel, .overriddenCap, .duplicateOutcome, .unusedQuestion,
        .unusedCritical, .noAdvice, .missingText, .capWithoutBecause, .focusTooLarge, .allowWithoutRequired,
        .unknownNeverApplies, .whenCappedWithoutCaps
    ]

    public static let deadRule = Self(
        "dead-rule",
        nl: "een regel die nooit kan afgaan: een getal vergeleken buiten de `min`/`max` van de vraag, een score buiten 0-100, "
            + "een cijfer buiten de tabel (of 1-10), een optie onder de laagste of boven de hoogste, een voorwaarde die zichzelf "
            + "tegenspreekt (`plan == 'ja' and plan == 'nee'`), of een regel over een vraag die alleen in het omgekeerde geval "
            + "gesteld wordt",
        en: "a rule that can never fire: a number compared beyond its question's `min`/`max`, a score beyond 0-100, a grade "
            + "beyond its table (or 1-10), an option below the lowest or above the highest, a condition that contradicts itself "
            + "(`plan == 'ja' and plan == 'nee'`), or a rule on a question that is only asked in the opposite case")
    public static let deadRelevance = Self(
        "dead-relevance", nl: "een vraag die nooit gesteld wordt: haar `relevant:` kan nooit gelden",
        en: "a question that is never asked: its `relevant:` can never hold")
    public static let deadPrecondition = Self(
        "dead-precondition", nl: "een randvoorwaarde waaraan nooit voldaan wordt", en: "a precondition that is never met")
    public static let deadLevel = Self(
        "dead-level", nl: "een niveau waarvan `requires:` nooit geldt, zodat het totaalniveau het nooit haalt",
        en: "a level whose `requires:` never holds, so the overall level never reaches it")
    public static let overriddenCap = Self(
        "overridden-cap",
        nl: "een begrenzing die nooit een niveau bepaalt: als ze afgaat, gaat altijd ook een andere regel af die dezelfde "
            + "niveaus even laag of lager begrenst",
        en: "a cap that never decides a level: whenever it fires, another rule fires too and caps the same levels as low or lower")
    public static let duplicateOutcome = Self(
        "duplicate-outcome",
        nl: "een advies, sterk punt of signaal waarvan de tekst altijd ook door een andere regel gegeven wordt",
        en: "advice, a strength or a flag whose text another rule always gives too (that rule fires whenever this one does)")
    public static let unusedQuestion = Self(
        "unused-question", nl: "een vraag die in geen score telt en die geen regel leest",
        en: "a question that counts in no score and that no rule reads")
    public static let unusedCritical = Self(
        "unused-critical", nl: "een kritieke vraag die geen regel leest, zodat ze niets begrenst",
        en: "a critical question no rule reads, so it caps nothing")
    public static let noAdvice = Self(
        "no-advice", nl: "een domein met gescoorde vragen en geen advies bij een lage score",
        en: "a domain with scored questions and no advice for a low score")
    public static let missingText = Self(
        "missing-text",
        nl: "`requires:` van een niveau zonder `requires_text` (ook bij het laden): rapporten kunnen niet zeggen wat het vraagt",
        en: "a level's `requires:` without `requires_text` (also a load warning): reports could not say what it asks")
    public static let capWithoutBecause = Self(
        "cap-without-because", nl: "een regel die een niveau begrenst zonder `because`: rapporten kunnen niet zeggen waarom",
        en: "a rule that caps a level without `because`: reports could not say why the level is lower")
    public static let focusTooLarge = Self(
        "focus-too-large", nl: "`report.focus` zo groot als het aantal adviezen dat de regels kunnen geven: \"Later\" blijft altijd leeg",
        en: "`report.focus` as large as the number of pieces of advice the rules can give: \"Later\" is always empty")
    public static let allowWithoutRequired = Self(
        "allow-without-required",
        nl: "een vraag waarvan `allow: []` zowel \"weet niet\" als \"n.v.t.\" uitsluit maar die niet `required` is, "
            + "zodat een leeg antwoord niet gemeld wordt",
        en: "a question whose `allow: []` shuts out both \"weet niet\" and \"n.v.t.\" but that is not `required`, "
            + "so a blank answer goes unreported")
    public static let unknownNeverApplies = Self(
        "unknown-never-applies",
        nl: "`unknown:` bij een vraag zonder \"weet niet\" (haar `allow:` laat het weg) of zonder punten",
        en: "`unknown:` on a question that has no \"weet niet\" (its `allow:` leaves it out) or gives no points")
    public static let whenCappedWithoutCaps = Self(
        "when-capped-without-caps", nl: "`grades.when_capped: limit` terwijl geen regel een niveau begrenst",
        en: "`grades.when_capped: limit` while no rule caps a level")
}
