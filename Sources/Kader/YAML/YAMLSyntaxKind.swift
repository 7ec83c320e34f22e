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

    /// The brackets of the flow collection that `close` ends, as messages show them.
    static func brackets(_ close: Character) -> String { close == "]" ? "[…]" : "{…}" }
}
