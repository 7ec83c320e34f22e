/// Codes of reading any of Kader's files: the file, its YAML, and the keys and values every
/// format shares.
extension DiagnosticCode {
    static let readingCodes: [DiagnosticCode] = [
        .file, .unreadable, .emptyFile, .fileTooLarge, .notUTF8, .yamlSyntax, .yamlMemory, .severalDocuments, .tooDeep,
        .tooManyNodes, .tooMuchText, .undefinedAlias, .valueTooLong, .customTag, .duplicateKey, .unknownKey, .missingKey,
        .wrongType, .conflictingKeys, .invalidValue, .notFinite, .numberTooLarge, .negativeCount, .emptyList, .invalidID,
        .mixedScriptID, .confusableID, .invalidDate, .unsupportedFormat, .versionFormat
    ]

    public static let file = Self(
        "file", nl: "het bestand is niet te openen of te lezen", en: "the file cannot be opened or read")
    public static let unreadable = Self(
        "unreadable", nl: "een kaderbestand in de bibliotheek is niet te lezen", en: "a framework file in the library cannot be read")
    public static let emptyFile = Self(
        "empty-file", nl: "het bestand is leeg of bevat alleen commentaar", en: "the file is empty or holds only comments")
    public static let fileTooLarge = Self(
        "file-too-large", nl: "het bestand is groter dan Kader leest", en: "the file is larger than Kader reads")
    public static let notUTF8 = Self(
        "not-utf8", nl: "het bestand is geen UTF-8 (bijvoorbeeld UTF-16)", en: "the file is not UTF-8 (UTF-16, for example)")
    public static let yamlSyntax = Self(
        "yaml-syntax", nl: "het bestand is geen geldige YAML (inspringing, aanhalingstekens, tekens)",
        en: "the file is not valid YAML (indentation, quotes, characters)")
    public static let yamlMemory = Self(
        "yaml-memory", nl: "de YAML-lezer kreeg geen geheugen", en: "the YAML reader ran out of memory")
    public static let severalDocuments = Self(
        "several-documents", nl: "het bestand bevat meer dan één YAML-document ('---')",
        en: "the file holds more than one YAML document ('---')")
    public static let tooDeep = Self(
        "too-deep", nl: "de structuur is te diep genest", en: "the structure is nested too deeply")
    public static let tooManyNodes = Self(
        "too-many-nodes", nl: "het document heeft te veel delen (aliassen tellen als kopie)",
        en: "the document has too many parts (aliases count as copies)")
    public static let tooMuchText = Self(
        "too-much-text", nl: "het document bevat te veel tekst (aliassen tellen als kopie)",
        en: "the document holds too much text (aliases count as copies)")
    public static let undefinedAlias = Self(
        "undefined-alias", nl: "een verwijzing '*naam' naar een anker dat niet bestaat",
        en: "an alias '*name' refers to an anchor that does not exist")
    public static let valueTooLong = Self(
        "value-too-long", nl: "één waarde is langer dan Kader leest", en: "a single value is longer than Kader reads")
    public static let customTag = Self(
        "custom-tag", nl: "een YAML-tag ('!naam') wordt niet ondersteund", en: "a YAML tag ('!name') is not supported")
    public static let duplicateKey = Self(
        "duplicate-key", nl: "een sleutel staat twee keer in dezelfde map", en: "a key appears twice in the same mapping")
    public static let unknownKey = Self(
        "unknown-key", nl: "een sleutel die het formaat niet kent (vaak een tikfout)",
        en: "a key the format does not know (often a typo)")
    public static let missingKey = Self(
        "missing-key", nl: "een verplichte sleutel of tekst ontbreekt", en: "a required key or text is missing")
    public static let wrongType = Self(
        "wrong-type", nl: "een waarde van de verkeerde soort (een lijst waar een tekst hoort, bijvoorbeeld)",
        en: "a value of the wrong kind (a list where a text belongs, for example)")
    public static let conflictingKeys = Self(
        "conflicting-keys", nl: "twee sleutels die elkaar uitsluiten staan allebei", en: "two keys that exclude each other are both given")
    public static let invalidValue = Self(
        "invalid-value", nl: "een waarde die hier niet is toegestaan", en: "a value that is not allowed here")
    public static let notFinite = Self(
        "not-finite", nl: "een getal dat geen gewoon getal is (.nan, .inf)", en: "a number that is not an ordinary number (.nan, .inf)")
    public static let numberTooLarge = Self(
        "number-too-large", nl: "een getal groter dan Kader exact rekent", en: "a number larger than Kader computes exactly")
    public static let negativeCount = Self(
        "negative-count", nl: "een aantal onder 0", en: "a count below 0")
    public static let emptyList = Self(
        "empty-list", nl: "een lijst die iets moet bevatten is leeg", en: "a list that must hold something is empty")
    public static let invalidID = Self(
        "invalid-id", nl: "een tekst die geen geldig id is", en: "a text that is not a valid id")
    public static let mixedScriptID = Self(
        "mixed-script-id", nl: "een id mengt letters uit verschillende schriften", en: "an id mixes letters of different scripts")
    public static let confusableID = Self(
        "confusable-id", nl: "een id lijkt op een ander id maar is het niet", en: "an id looks like another id but is not")
    public static let invalidDate = Self(
        "invalid-date", nl: "een datum die geen datum is als 2026-11-23", en: "a date that is not a date like 2026-11-23")
    public static let unsupportedFormat = Self(
        "unsupported-format", nl: "een formaatversie die deze Kader niet leest", en: "a format version this Kader does not read")
    public static let versionFormat = Self(
        "version-format", nl: "een versie die geen versienummer is als 1.0 of 1.2.0",
        en: "a version that is not a version number like 1.0 or 1.2.0")
}
