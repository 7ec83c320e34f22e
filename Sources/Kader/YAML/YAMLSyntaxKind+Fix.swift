extension YAMLSyntaxKind {
    /// How to fix it.
    var fix: Message {
        switch self {
        case .unclosedQuote(let q, let line, let atEnd):
            return atEnd
                ? Message(nl: "sluit de tekst af met \(q) waar hij eindigt", en: "close the text with \(q) where it ends")
                : Message(
                    nl: "sluit de tekst af met \(q) aan het eind van regel \(line)",
                    en: "close the text with \(q) at the end of line \(line)")
        case .quoteRunsOn(let q, let into):
            return Message(nl: "sluit de tekst af met \(q) vóór '\(into)'", en: "close the text with \(q) before '\(into)'")
        case .textAfterQuote(let q):
            return q == "'"
                ? Message(
                    nl: "schrijf een ' binnen de tekst dubbel (''), of zet de hele waarde tussen de aanhalingstekens",
                    en: "write a ' inside the text twice (''), or put the whole value inside the quotes")
                : Message(
                    nl: "schrijf een \" binnen de tekst als \\\", of zet de tekst tussen enkele aanhalingstekens",
                    en: "write a \" inside the text as \\\", or put the text in single quotes")
        case .apostrophe(let word):
            let doubled = word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''")
            return Message(
                nl: "schrijf de apostrof dubbel ('\(doubled)'), of zet de tekst tussen dubbele aanhalingstekens",
                en: "write the apostrophe twice ('\(doubled)'), or put the text in double quotes")
        case .unknownEscape, .badHexEscape:
            return Message(
                nl: "schrijf '\\\\' voor een backslash, of zet de tekst tussen enkele aanhalingstekens",
                en: "write '\\\\' for a backslash, or put the text in single quotes")
        case .unclosedBracket(_, let close):
            return Message(nl: "sluit af met '\(close)' aan het eind van de waarde", en: "close it with '\(close)' at the end of the value")
        case .missingComma(let before, _):
            return Message(
                nl: "zet een komma vóór '\(before)'; tekst met een komma of dubbele punt zet je tussen aanhalingstekens",
                en: "put a comma before '\(before)'; put text that contains a comma or colon in quotes")
        case .expectedCommaOrClose(let close):
            return Message(
                nl: "zet komma's tussen de onderdelen en sluit af met '\(close)'; tekst met een komma, dubbele "
                    + "punt of haakje zet je tussen aanhalingstekens",
                en: "put commas between the parts and close with '\(close)'; put text that contains a comma, "
                    + "colon or bracket in quotes")
        case .tab(let inIndentation):
            return inIndentation
                ? Message(
                    nl: "vervang de tab door spaties: YAML springt alleen in met spaties",
                    en: "replace the tab with spaces: YAML indents with spaces only")
                : Message(
                    nl: "vervang de tab door een spatie, of zet de tekst tussen aanhalingstekens",
                    en: "replace the tab with a space, or put the text in quotes")
        case .reservedCharacter(let c):
            return Message(nl: "zet de waarde tussen aanhalingstekens: \"\(c)…\"", en: "put the value in quotes: \"\(c)…\"")
        case .controlCharacter:
            return Message(
                nl: "verwijder het teken; het komt vaak mee bij kopiëren uit een ander programma",
                en: "remove the character; it often comes along when copying from another program")
        case .encoding:
            return YAMLMessages.saveAsUTF8
        case .colonInValue(let value):
            return Message(nl: "zet de waarde tussen aanhalingstekens: \"\(value)\"", en: "put the value in quotes: \"\(value)\"")
        case .misplacedKey(let key, _, let expected, _, _):
            return Self.place("'\(key)'", column: expected)
        case .misplacedDash(_, let expected, _):
            return Self.place("de '-'", "the '-'", column: expected)
        case .keyAmongItems(let key, let column, _):
            return Message(
                nl: "maak er een nieuw item van ('- \(key): …'), of zet '\(key)' in kolom \(column + 2) als hij "
                    + "bij het item erboven hoort",
                en: "make it a new item ('- \(key): …'), or put '\(key)' in column \(column + 2) if it belongs to "
                    + "the item above")
        case .dashAmongKeys:
            return Message(
                nl: "een lijst hoort onder een sleutel zonder waarde: schrijf 'naam:' en zet de items "
                    + "ingesprongen op de regels eronder",
                en: "a list belongs under a key without a value: write 'name:' and put the items on the lines "
                    + "below it, indented")
        case .keyAfterValue(let key, _):
            return Message(
                nl: "zet '\(key)' recht onder de sleutels waar hij bij hoort, of zet tekst met ': ' tussen aanhalingstekens",
                en: "put '\(key)' straight under the keys it belongs with, or put text that contains ': ' in quotes")
        case .textAfterValue:
            return Message(
                nl: "zet elke sleutel op een eigen regel, en haal wat over is weg",
                en: "put every key on a line of its own, and remove what is left over")
        case .expectedKey:
            return Message(
                nl: "controleer de inspringing: sleutels op hetzelfde niveau beginnen in dezelfde kolom",
                en: "check the indentation: keys at the same level start in the same column")
        case .dashAfterKey(let key):
            return Message(
                nl: "zet het item op een nieuwe regel, ingesprongen onder '\(key):', of schrijf de lijst als [a, b]",
                en: "put the item on a new line, indented under '\(key):', or write the list as [a, b]")
        case .dashWithoutSpace(let text):
            return Message(nl: "schrijf '- \(text.dropFirst())'", en: "write '- \(text.dropFirst())'")
        case .missingColon(let text):
            return Message(
                nl: "schrijf '\(text): waarde'; tekst die over meer regels doorloopt, zet je tussen aanhalingstekens",
                en: "write '\(text): value'; put text that runs over several lines in quotes")
        case .questionMark, .tag:
            return Message(
                nl: "zet tekst die zo begint tussen aanhalingstekens; Kader leest gewone YAML",
                en: "put text that starts like this in quotes; Kader reads plain YAML")
        case .anchorName:
            return Message(
                nl: "geef het anker een naam ('&naam'), of zet tekst die met & of * begint tussen aanhalingstekens",
                en: "give the anchor a name ('&name'), or put text that starts with & or * in quotes")
        case .directive:
            return Message(
                nl: "verwijder de regel, of zet tekst die met % begint tussen aanhalingstekens",
                en: "remove the line, or put text that starts with % in quotes")
        case .blockScalarHeader(let zero):
            return zero
                ? Message(nl: "schrijf alleen '|' of '>'", en: "write just '|' or '>'")
                : Message(
                    nl: "zet de tekst op de regels eronder, ingesprongen; of zet hem tussen aanhalingstekens op deze regel",
                    en: "put the text on the lines below, indented; or put it in quotes on this line")
        case .missingValue:
            return Message(
                nl: "zet een waarde tussen de komma's, of haal de overtollige komma weg",
                en: "put a value between the commas, or remove the extra comma")
        case .afterDocumentEnd:
            return Message(
                nl: "een kader of antwoordbestand is één mapping: zet alle sleutels onder elkaar in kolom 1, "
                    + "zonder '...' of '{ }' eromheen",
                en: "a framework or response is one mapping: put every key in column 1, one under the other, "
                    + "without '...' or '{ }' around them")
        case .other:
            return Message(nl: "controleer de YAML op en vlak voor deze plek", en: "check the YAML at and just before this place")
        }
    }

    /// "Put X in column N", counting the spaces before it.
    private static func place(_ nl: String, _ en: String? = nil, column: Int) -> Message {
        let en = en ?? nl
        return column == 1
            ? Message(
                nl: "zet \(nl) aan het begin van de regel, in kolom 1",
                en: "put \(en) at the start of the line, in column 1")
            : Message(
                nl: "zet \(nl) in kolom \(column) (\(column - 1) spaties ervoor)",
                en: "put \(en) in column \(column) (\(column - 1) spaces before it)")
    }
}
