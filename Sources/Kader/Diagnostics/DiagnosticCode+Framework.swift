/// Codes of checking a framework as it loads: ids, scales, scores, expressions and texts.
extension DiagnosticCode {
    static let frameworkCodes: [DiagnosticCode] = [
        .duplicateID, .reservedID, .unknownReference, .unknownPlugin, .missingFile, .emptyScale, .flatScale, .bandGap,
        .bandOverlap, .invalidBounds, .invalidWeight, .scoreCycle, .relevanceCycle, .selfReference, .noEffect, .unusedText,
        .template, .expression, .expressionType, .evaluationBudget, .untranslated
    ]

    public static let duplicateID = Self(
        "duplicate-id", nl: "twee dingen van dezelfde soort hebben hetzelfde id", en: "two things of the same kind have the same id")
    public static let reservedID = Self(
        "reserved-id", nl: "een id dat Kader zelf gebruikt ('overall')", en: "an id Kader uses itself ('overall')")
    public static let unknownReference = Self(
        "unknown-reference", nl: "een verwijzing naar een id dat niet bestaat (vraag, domein, schaal, niveau, …)",
        en: "a reference to an id that does not exist (question, domain, scale, level, …)")
    public static let unknownPlugin = Self(
        "unknown-plugin", nl: "een naam die geen plug-in is (aggregator, vraagsoort, functie, regeleffect)",
        en: "a name that is no plugin (aggregator, question type, function, rule effect)")
    public static let missingFile = Self(
        "missing-file", nl: "een bestand waar het kader naar verwijst bestaat niet", en: "a file the framework refers to does not exist")
    public static let emptyScale = Self(
        "empty-scale", nl: "een schaal zonder opties met een waarde", en: "a scale without options that have a value")
    public static let flatScale = Self(
        "flat-scale", nl: "alle opties van een schaal hebben dezelfde waarde: elk antwoord scoort 0",
        en: "every option of a scale has the same value: every answer scores 0")
    public static let bandGap = Self(
        "band-gap", nl: "banden laten scores zonder niveau", en: "bands leave scores without a level")
    public static let bandOverlap = Self(
        "band-overlap", nl: "twee banden overlappen", en: "two bands overlap")
    public static let invalidBounds = Self(
        "invalid-bounds", nl: "een ondergrens die niet onder de bovengrens ligt", en: "a lower bound that is not below the upper bound")
    public static let invalidWeight = Self(
        "invalid-weight", nl: "een gewicht dat niet groter is dan 0", en: "a weight that is not greater than 0")
    public static let scoreCycle = Self(
        "score-cycle", nl: "scores hangen in een kring van elkaar af", en: "scores depend on each other in a circle")
    public static let relevanceCycle = Self(
        "relevance-cycle", nl: "relevantievoorwaarden verwijzen in een kring naar elkaar",
        en: "relevance conditions refer to each other in a circle")
    public static let selfReference = Self(
        "self-reference", nl: "de relevantie van een vraag hangt af van haar eigen antwoord",
        en: "a question's relevance depends on its own answer")
    public static let noEffect = Self(
        "no-effect", nl: "een instelling die niets doet (omgekeerd scoren van een vraag die niet telt)",
        en: "a setting that does nothing (reverse scoring a question that is not scored)")
    public static let unusedText = Self(
        "unused-text", nl: "een tekst die nooit getoond wordt ('requires_text' zonder 'requires')",
        en: "a text that is never shown ('requires_text' without 'requires')")
    public static let template = Self(
        "template", nl: "een tekst met een fout in een plaatshouder ('{' zonder '}')",
        en: "a text with a broken placeholder ('{' without '}')")
    public static let expression = Self(
        "expression", nl: "een expressie die niet te lezen of te controleren is (tikfout, onbekende naam, te lang)",
        en: "an expression that cannot be read or checked (typo, unknown name, too long)")
    public static let expressionType = Self(
        "expression-type", nl: "een expressie geeft de verkeerde soort waarde (een getal waar waar/onwaar hoort)",
        en: "an expression gives the wrong kind of value (a number where true/false belongs)")
    public static let evaluationBudget = Self(
        "evaluation-budget", nl: "het kader kost te veel rekenstappen per antwoordbestand",
        en: "the framework takes too many evaluation steps per response")
    public static let untranslated = Self(
        "untranslated", nl: "een tekst ontbreekt in een van de talen van het kader",
        en: "a text is missing in one of the framework's languages")
}
