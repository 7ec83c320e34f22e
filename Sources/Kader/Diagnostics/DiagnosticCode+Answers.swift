/// Codes of reading a response (answers, action plan) against its framework, and of importing
/// answers from a survey tool's CSV export.
extension DiagnosticCode {
    static let answerCodes: [DiagnosticCode] = [
        .wrongFramework, .versionMismatch, .unknownQuestion, .invalidAnswer, .duplicateChoice, .outOfBounds, .missingAnswer,
        .notRelevant, .duplicateAdvice, .unknownAdvice
    ]

    static let importCodes: [DiagnosticCode] = [
        .csvEmpty, .csvUnreadable, .csvEncoding, .csvTooManyColumns, .csvTooManyRows, .csvCellTooLong, .csvRaggedRow,
        .csvExtraCell, .csvNoQuestions, .csvNoRows, .csvMissingColumn, .csvUnmatchedColumn, .csvDuplicateColumn,
        .csvToolColumns, .csvUnknownValue, .csvInvalidDate, .csvDateOrder, .invalidOption, .mappingUnused, .importRoundtrip
    ]

    public static let wrongFramework = Self(
        "wrong-framework", nl: "het bestand hoort bij een ander kader", en: "the file belongs to another framework")
    public static let versionMismatch = Self(
        "version-mismatch", nl: "de antwoorden horen bij een andere versie van het kader",
        en: "the answers belong to another version of the framework")
    public static let unknownQuestion = Self(
        "unknown-question", nl: "een antwoord op een vraag die het kader niet heeft",
        en: "an answer to a question the framework does not have")
    public static let invalidAnswer = Self(
        "invalid-answer", nl: "een antwoord dat bij deze vraag niet kan (geen optie van de schaal, bijvoorbeeld)",
        en: "an answer this question cannot take (not an option of its scale, for example)")
    public static let duplicateChoice = Self(
        "duplicate-choice", nl: "een optie staat twee keer in een meerkeuze-antwoord",
        en: "an option appears twice in a multiple-choice answer")
    public static let outOfBounds = Self(
        "out-of-bounds", nl: "een getal buiten de grenzen van de vraag", en: "a number outside the question's bounds")
    public static let missingAnswer = Self(
        "missing-answer", nl: "een verplichte vraag is niet beantwoord", en: "a required question is not answered")
    public static let notRelevant = Self(
        "not-relevant", nl: "een antwoord op een vraag die hier niet van toepassing is: bewaard, telt niet mee",
        en: "an answer to a question that does not apply here: kept, not counted")
    public static let duplicateAdvice = Self(
        "duplicate-advice", nl: "een advies staat twee keer in het actieplan", en: "a piece of advice appears twice in the action plan")
    public static let unknownAdvice = Self(
        "unknown-advice", nl: "het actieplan noemt een advies dat het kader niet geeft",
        en: "the action plan names advice the framework does not give")

    public static let csvEmpty = Self(
        "csv-empty", nl: "de CSV heeft geen kopregel met kolomnamen", en: "the CSV has no header row with column names")
    public static let csvUnreadable = Self(
        "csv-unreadable", nl: "het bestand is niet als CSV te lezen", en: "the file cannot be read as CSV")
    public static let csvEncoding = Self(
        "csv-encoding", nl: "de CSV is geen UTF-8 en is als Windows-1252 gelezen", en: "the CSV is not UTF-8 and was read as Windows-1252")
    public static let csvTooManyColumns = Self(
        "csv-too-many-columns", nl: "een rij heeft meer kolommen dan Kader leest", en: "a row has more columns than Kader reads")
    public static let csvTooManyRows = Self(
        "csv-too-many-rows", nl: "de CSV heeft meer rijen dan Kader leest", en: "the CSV has more rows than Kader reads")
    public static let csvCellTooLong = Self(
        "csv-cell-too-long", nl: "een cel is langer dan Kader leest", en: "a cell is longer than Kader reads")
    public static let csvRaggedRow = Self(
        "csv-ragged-row", nl: "een rij heeft een ander aantal velden dan de kopregel",
        en: "a row has another number of fields than the header")
    public static let csvExtraCell = Self(
        "csv-extra-cell", nl: "een cel buiten de kolommen van de kopregel: niet geïmporteerd",
        en: "a cell outside the header's columns: not imported")
    public static let csvNoQuestions = Self(
        "csv-no-questions", nl: "geen kolom past bij een vraag van het kader", en: "no column matches a question of the framework")
    public static let csvNoRows = Self(
        "csv-no-rows", nl: "het bestand bevat geen antwoorden voor dit kader", en: "the file holds no answers for this framework")
    public static let csvMissingColumn = Self(
        "csv-missing-column", nl: "vragen van het kader zonder kolom in de CSV",
        en: "questions of the framework without a column in the CSV")
    public static let csvUnmatchedColumn = Self(
        "csv-unmatched-column", nl: "een kolom past bij geen vraag: niet geïmporteerd", en: "a column matches no question: not imported")
    public static let csvDuplicateColumn = Self(
        "csv-duplicate-column", nl: "een tweede kolom voor dezelfde vraag: niet geïmporteerd",
        en: "a second column for the same question: not imported")
    public static let csvToolColumns = Self(
        "csv-tool-columns", nl: "kolommen van het enquêteprogramma (tijd, IP, …): niet geïmporteerd",
        en: "columns of the survey tool (time, IP, …): not imported")
    public static let csvUnknownValue = Self(
        "csv-unknown-value", nl: "een cel die geen antwoord op de vraag is: als notitie bewaard of niet geïmporteerd",
        en: "a cell that is no answer to its question: kept as a note or not imported")
    public static let csvInvalidDate = Self(
        "csv-invalid-date", nl: "een cel in de datumkolom is geen datum", en: "a cell in the date column is not a date")
    public static let csvDateOrder = Self(
        "csv-date-order", nl: "in welke volgorde (dag-maand of maand-dag) de data zijn gelezen",
        en: "which order (day-month or month-day) the dates were read in")
    public static let invalidOption = Self(
        "invalid-option", nl: "een koppeling noemt een optie die de vraag niet heeft",
        en: "a mapping names an option the question does not have")
    public static let mappingUnused = Self(
        "mapping-unused", nl: "een koppeling noemt een kolom die niet in de CSV staat",
        en: "a mapping names a column that is not in the CSV")
    public static let importRoundtrip = Self(
        "import-roundtrip", nl: "een geïmporteerde rij zou niet als antwoordbestand terug te lezen zijn",
        en: "an imported row would not read back as a response")
}
