/// The messages the YAML reader emits, in Dutch and English.
enum YAMLMessages {
    static func tooLarge(_ size: Int, _ limit: Int) -> Message {
        Message(
            nl: "het bestand is te groot (\(size) bytes; de grens is \(limit) bytes)",
            en: "the file is too large (\(size) bytes; the limit is \(limit) bytes)")
    }
    static let tooLargeFix = Message(
        nl: "een kader of antwoordbestand is nooit zo groot: controleer of dit het goede bestand is",
        en: "a framework or response file is never this large: check that this is the right file")
    static let utf16 = Message(nl: "het bestand is UTF-16, geen UTF-8", en: "the file is UTF-16, not UTF-8")
    static func invalidUTF8(offset: Int) -> Message {
        Message(nl: "ongeldige UTF-8 bij byte \(offset)", en: "invalid UTF-8 at byte \(offset)")
    }
    static let saveAsUTF8 = Message(
        nl: "sla het bestand op als UTF-8 (in de meeste editors: 'Opslaan als' > codering UTF-8)",
        en: "save the file as UTF-8 (in most editors: 'Save as' > encoding UTF-8)")
    static let empty = Message(nl: "het bestand is leeg", en: "the file is empty")
    static let emptyFix = Message(
        nl: "begin met de verplichte sleutels; zie docs/framework-format.md of docs/response-format.md",
        en: "start with the required keys; see docs/framework-format.md or docs/response-format.md")
    static let severalDocuments = Message(
        nl: "het bestand bevat meer dan één YAML-document ('---')",
        en: "the file holds more than one YAML document ('---')")
    static let severalDocumentsFix = Message(
        nl: "zet elk kader of elk antwoord in een eigen bestand",
        en: "put each framework or response in a file of its own")
    static func scalarTooLong(_ size: Int, _ limit: Int) -> Message {
        Message(
            nl: "een waarde is te lang (\(size) bytes; de grens is \(limit))",
            en: "a value is too long (\(size) bytes; the limit is \(limit))")
    }
    static func undefinedAlias(_ name: String) -> Message {
        Message(nl: "verwijzing '*\(name)' naar een anker dat niet bestaat", en: "alias '*\(name)' refers to an anchor that does not exist")
    }
    static let undefinedAliasFix = Message(
        nl: "definieer eerst '&naam' en verwijs daarna met '*naam'",
        en: "define '&name' first, then refer to it with '*name'")
    static func tooDeep(_ limit: Int) -> Message {
        Message(
            nl: "de structuur is te diep genest (meer dan \(limit) niveaus)",
            en: "the structure is nested too deeply (more than \(limit) levels)")
    }
    static let tooDeepFix = Message(
        nl: "een kader heeft hooguit een handvol niveaus; controleer haakjes en inspringing",
        en: "a framework has a handful of levels at most; check brackets and indentation")
    static func tooManyNodes(_ limit: Int) -> Message {
        Message(
            nl: "het document heeft te veel onderdelen (meer dan \(limit), verwijzingen met '*' meegeteld)",
            en: "the document has too many parts (more than \(limit), counting every '*' alias as a copy)")
    }
    static let tooManyNodesFix = Message(
        nl: "splits het bestand of gebruik minder verwijzingen ('*naam')",
        en: "split the file or use fewer aliases ('*name')")
    static func tooMuchText(_ limit: Int) -> Message {
        let mebibytes = limit / 1_048_576
        return Message(
            nl: "het document bevat te veel tekst (meer dan \(mebibytes) MiB, elke verwijzing met '*' als kopie geteld)",
            en: "the document holds too much text (more than \(mebibytes) MiB, counting every '*' alias as a copy of its text)")
    }
    static let tooMuchTextFix = Message(
        nl: "verwijs niet steeds naar dezelfde lange tekst ('*naam'); schrijf elke tekst één keer",
        en: "do not refer to the same long text again and again ('*name'); write each text once")
    static let outOfMemory = Message(nl: "geen geheugen voor de YAML-lezer", en: "out of memory for the YAML reader")
}
