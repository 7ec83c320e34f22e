/// A YAML syntax error in the author's terms: each of libyaml's problems, recognised for what
/// the author most likely did, with a message and a fix in Dutch and English.
enum YAMLSyntaxKind: Equatable {
    /// A quote that is not closed on its line (`atEnd`: nowhere before the end of the file).
    case unclosedQuote(quote: Character, line: Int, atEnd: Bool)
    /// A quoted text that runs on into the next part of a `{…}`: `{nl: "Ja, en: "Yes"}`.
    case quoteRunsOn(quote: Character, into: String)
    /// A quote closes the text, and more text follows it.
    case textAfterQuote(quote: Character)
    /// An apostrophe inside single quotes (`'Don't know'`) closes the text too early.
    case apostrophe(word: String)
    /// `\q` inside double quotes.
    case unknownEscape(String)
    /// `\x`, `\u` or `\U` without enough hexadecimal digits.
    case badHexEscape(String)
    /// A `[` or `{` that is never closed.
    case unclosedBracket(open: Character, close: Character)
    /// Two parts of a `{…}` or `[…]` without a comma between them; `before` is the second part.
    case missingComma(before: String, close: Character)
    /// Neither a comma nor the closing bracket where one is needed.
    case expectedCommaOrClose(close: Character)
    /// A tab in the indentation, or elsewhere where YAML allows no tab.
    case tab(inIndentation: Bool)
    /// A character that cannot start a value (`@`, `` ` ``).
    case reservedCharacter(Character)
    /// An invisible control character.
    case controlCharacter(UInt32)
    /// The bytes are not valid text (only when libyaml finds what the UTF-8 check did not).
    case encoding
    /// `: ` inside a value on the line of its key: `title: Demo: x`.
    case colonInValue(value: String)
    /// A key further right than its siblings, or between two levels.
    case misplacedKey(key: String, column: Int, expected: Int, sibling: String, siblingLine: Int)
    /// A list item (`-`) further right or left than the items of its list.
    case misplacedDash(column: Int, expected: Int, siblingLine: Int)
    /// A key at the column of a list's dashes: neither a new item nor part of the item above.
    case keyAmongItems(key: String, column: Int, listLine: Int)
    /// A list item at the column of a mapping's keys.
    case dashAmongKeys(column: Int, sibling: String, siblingLine: Int)
    /// A key where the line above ends with a value that is not a key's.
    case keyAfterValue(key: String, valueLine: Int)
    /// Something after a value on the line of its key: `t: [a, b]]`.
    case textAfterValue(key: String, text: String)
    /// A key where YAML expects one, but not where the keys around it are.
    case expectedKey(found: String)
    /// `key: - item` on one line.
    case dashAfterKey(key: String)
    /// `-item` without a space: read as text where a list item was meant.
    case dashWithoutSpace(String)
    /// A key without its colon.
    case missingColon(String)
    /// `?`: YAML's complex key.
    case questionMark
    /// `&` or `*` without a name after it.
    case anchorName(alias: Bool)
    /// `!` starts a tag that is not written right.
    case tag
    /// A `%` directive.
    case directive
    /// `|` or `>` with something other than a comment after it, or with indentation 0.
    case blockScalarHeader(indicatorZero: Bool)
    /// A comma or bracket where a value is needed: `[a, , b]`.
    case missingValue
    /// Text after the end of the document (`...`, or a root `{…}` with more after it).
    case afterDocumentEnd
    /// Anything libyaml says that none of the above covers.
    case other(problem: String)
}

extension YAMLSyntaxKind {
    /// What is wrong.
    var message: Message {
        switch self {
        case .unclosedQuote(let q, _, let atEnd):
            return atEnd
                ? Message(
                    nl: "de tekst die hier met \(q) begint, wordt nergens afgesloten",
                    en: "the text that starts here with \(q) is never closed")
                : Message(
                    nl: "de tekst die hier met \(q) begint, wordt op deze regel niet afgesloten",
                    en: "the text that starts here with \(q) is not closed on this line")
        case .quoteRunsOn(let q, let into):
            return Message(
                nl: "de tekst die hier met \(q) begint, loopt door tot in '\(into)'",
                en: "the text that starts here with \(q) runs on into '\(into)'")
        case .textAfterQuote(let q):
            return Message(
                nl: "dit \(q) sluit de tekst af, maar er staat nog tekst achter",
                en: "this \(q) closes the text, but more text follows it")
        case .apostrophe(let word):
            return Message(
                nl: "de apostrof in '\(word)' sluit de tekst tussen enkele aanhalingstekens af",
                en: "the apostrophe in '\(word)' ends the text in single quotes")
        case .unknownEscape(let text):
            return Message(
                nl: "'\(text)' is geen bekende code in tekst tussen dubbele aanhalingstekens",
                en: "'\(text)' is not a known escape in text in double quotes")
        case .badHexEscape(let text):
            return Message(
                nl: "na '\(text)' horen hexadecimale cijfers (0-9, a-f)",
                en: "'\(text)' must be followed by hexadecimal digits (0-9, a-f)")
        case .unclosedBracket(let open, _):
            return Message(nl: "de \(open) hier wordt niet gesloten", en: "the \(open) here is never closed")
        case .missingComma(let before, let close):
            return Message(
                nl: "in \(Self.brackets(close)) ontbreekt een komma vóór '\(before)'",
                en: "a comma is missing before '\(before)' in \(Self.brackets(close))")
        case .expectedCommaOrClose(let close):
            return Message(nl: "hier hoort een komma of '\(close)'", en: "a comma or '\(close)' belongs here")
        case .tab(let inIndentation):
            return inIndentation
                ? Message(nl: "een tab in de inspringing", en: "a tab in the indentation")
                : Message(nl: "een tab op een plek waar YAML geen tab toestaat", en: "a tab where YAML allows none")
        case .reservedCharacter(let c):
            return Message(nl: "'\(c)' kan een waarde niet beginnen", en: "'\(c)' cannot start a value")
        case .controlCharacter(let value):
            let hex = String(value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            return Message(
                nl: "een onzichtbaar besturingsteken (\(code)) in de tekst",
                en: "an invisible control character (\(code)) in the text")
        case .encoding:
            return Message(nl: "ongeldige tekens: dit is geen UTF-8", en: "invalid characters: this is not UTF-8")
        case .colonInValue(let value):
            return Message(
                nl: "de dubbele punt in de waarde '\(value)' laat YAML een sleutel lezen",
                en: "the colon in the value '\(value)' makes YAML read a key")
        case .misplacedKey(let key, let column, let expected, let sibling, let line):
            return Message(
                nl: "de sleutel '\(key)' staat in kolom \(column), maar hoort in kolom \(expected), onder "
                    + "'\(sibling)' op regel \(line)",
                en: "the key '\(key)' is in column \(column), but belongs in column \(expected), under "
                    + "'\(sibling)' on line \(line)")
        case .misplacedDash(let column, let expected, let line):
            return Message(
                nl: "dit lijst-item ('-') staat in kolom \(column), maar de items van deze lijst staan in kolom "
                    + "\(expected) (zoals op regel \(line))",
                en: "this list item ('-') is in column \(column), but the items of this list are in column "
                    + "\(expected) (as on line \(line))")
        case .keyAmongItems(let key, let column, let line):
            return Message(
                nl: "de sleutel '\(key)' staat in kolom \(column), tussen de items ('-') van de lijst op regel \(line)",
                en: "the key '\(key)' is in column \(column), among the items ('-') of the list on line \(line)")
        case .dashAmongKeys(let column, let sibling, let line):
            return Message(
                nl: "een lijst-item ('-') in kolom \(column), tussen sleutels zoals '\(sibling)' op regel \(line)",
                en: "a list item ('-') in column \(column), among keys such as '\(sibling)' on line \(line)")
        case .keyAfterValue(let key, let line):
            return Message(
                nl: "de sleutel '\(key)' volgt op tekst die op regel \(line) begint, en tekst kan geen sleutels hebben",
                en: "the key '\(key)' follows text that starts on line \(line), and text cannot have keys")
        case .textAfterValue(let key, let text):
            return Message(
                nl: "na de waarde van '\(key)' staat nog '\(text)' op dezelfde regel",
                en: "'\(text)' follows the value of '\(key)' on the same line")
        case .expectedKey(let found):
            return Message(
                nl: "hier verwacht YAML een sleutel ('naam: waarde'), maar er staat '\(found)'",
                en: "YAML expects a key ('name: value') here, but finds '\(found)'")
        case .dashAfterKey(let key):
            return Message(
                nl: "een lijst-item ('- ') kan niet op dezelfde regel beginnen als de sleutel '\(key)'",
                en: "a list item ('- ') cannot start on the same line as the key '\(key)'")
        case .dashWithoutSpace(let text):
            return Message(
                nl: "'\(text)' is tekst, geen lijst-item: na '-' hoort een spatie",
                en: "'\(text)' is text, not a list item: '-' needs a space after it")
        case .missingColon(let text):
            return Message(nl: "na '\(text)' ontbreekt de dubbele punt", en: "the colon after '\(text)' is missing")
        case .questionMark:
            return Message(nl: "'?' begint hier een samengestelde YAML-sleutel", en: "'?' starts a complex YAML key here")
        case .anchorName(let alias):
            return alias
                ? Message(nl: "na '*' hoort de naam van een anker", en: "'*' must be followed by the name of an anchor")
                : Message(nl: "na '&' hoort de naam van het anker", en: "'&' must be followed by the anchor's name")
        case .tag:
            return Message(
                nl: "'!' begint hier een YAML-tag die niet goed geschreven is",
                en: "'!' starts a YAML tag here that is not written right")
        case .directive:
            return Message(
                nl: "een regel die met '%' begint, is een YAML-opdracht die Kader niet gebruikt",
                en: "a line that starts with '%' is a YAML directive Kader does not use")
        case .blockScalarHeader(let zero):
            return zero
                ? Message(nl: "na '|' of '>' mag geen 0 staan", en: "'|' or '>' cannot be followed by 0")
                : Message(
                    nl: "na '|' of '>' begint de tekst pas op de volgende regel",
                    en: "after '|' or '>' the text starts on the next line")
        case .missingValue:
            return Message(nl: "hier ontbreekt een waarde", en: "a value is missing here")
        case .afterDocumentEnd:
            return Message(nl: "er staat nog iets na het einde van het document", en: "something follows the end of the document")
        case .other(let problem):
            return Message(nl: "de YAML klopt hier niet (\(problem))", en: "the YAML is not valid here (\(problem))")
        }
    }

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

    private static func brackets(_ close: Character) -> String { close == "]" ? "[…]" : "{…}" }

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
