import Kader
import KaderTestSupport
import XCTest

/// A YAML mistake is reported where the author made it, in the author's words, with the fix:
/// every problem libyaml's scanner and parser can report (scanner.c, parser.c) has a test here or,
/// for indentation, colons and dashes, in ``YAMLIndentationSyntaxTests``. The marker 1️⃣ is where the
/// caret must land.
final class YAMLSyntaxTests: XCTestCase, YAMLSyntaxExpectation {
    // MARK: Quotes

    func testAnUnclosedQuoteIsReportedWhereItOpensNotWhereTheNextQuoteCloses() {
        expect(
            """
            id: demo
            title: 1️⃣"Demo
            version: "1.0.0"
            scales: []
            """, "the text that starts here with \" is not closed on this line", fix: "close the text with \" at the end of line 2",
            nl: "de tekst die hier met \" begint, wordt op deze regel niet afgesloten",
            nlFix: "sluit de tekst af met \" aan het eind van regel 2")
    }

    func testAnUnclosedSingleQuoteInAListOfMappings() {
        expect(
            """
            options:
              - {id: nee, label: 1️⃣'Nee}
              - {id: ja, label: 'Ja'}
            """, "the text that starts here with ' is not closed on this line", fix: "close the text with ' at the end of line 2")
    }

    func testAQuoteThatIsNeverClosed() {
        expect(
            "id: demo\ntitle: 1️⃣\"Demo\nversion: x\n", "the text that starts here with \" is never closed",
            fix: "close the text with \" where it ends", nl: "de tekst die hier met \" begint, wordt nergens afgesloten")
    }

    func testAQuoteThatRunsIntoADocumentMarker() {
        expect(
            "id: demo\ntitle: 1️⃣\"Demo\n---\nx\"\n", "the text that starts here with \" is never closed",
            fix: "close the text with \" where it ends")
    }

    func testAQuoteThatRunsOnIntoTheNextPartOfAFlowMapping() {
        expect(
            "title: {nl: 1️⃣\"Ja, altijd, en: \"Yes, always.\"}\n", "the text that starts here with \" runs on into ', en:'",
            fix: "close the text with \" before ', en:'", nl: "de tekst die hier met \" begint, loopt door tot in ', en:'")
    }

    func testAnApostropheInsideSingleQuotes() {
        expect(
            "label: {nl: 'Weet niet', en: 'Don1️⃣'t know'}\n", "the apostrophe in 'Don't' ends the text in single quotes",
            fix: "write the apostrophe twice ('Don''t'), or put the text in double quotes",
            nl: "de apostrof in 'Don't' sluit de tekst tussen enkele aanhalingstekens af")
        expect(
            "label:\n  en: 'It1️⃣'s fine'\n", "the apostrophe in 'It's' ends the text in single quotes",
            fix: "write the apostrophe twice ('It''s'), or put the text in double quotes")
    }

    func testTextAfterAClosingDoubleQuote() {
        expect(
            "text: \"Hij zei 1️⃣\"ja\" tegen het plan\"\n", "this \" closes the text, but more text follows it",
            fix: "write a \" inside the text as \\\", or put the text in single quotes")
    }

    func testTextAfterAClosingSingleQuote() {
        expect(
            "text: 'ja1️⃣' of nee\n", "this ' closes the text, but more text follows it",
            fix: "write a ' inside the text twice (''), or put the whole value inside the quotes")
    }

    func testAnUnknownEscapeInDoubleQuotes() {
        expect(
            "url: \"C:1️⃣\\map\"\n", "'\\m' is not a known escape in text in double quotes",
            fix: "write '\\\\' for a backslash, or put the text in single quotes", length: 2)
    }

    func testAnEscapeWithoutHexadecimalDigits() {
        expect(
            "text: \"x1️⃣\\x4g\"\n", "'\\x' must be followed by hexadecimal digits (0-9, a-f)",
            fix: "write '\\\\' for a backslash, or put the text in single quotes")
        expect(
            "text: \"x1️⃣\\u00zz\"\n", "'\\u' must be followed by hexadecimal digits (0-9, a-f)",
            fix: "write '\\\\' for a backslash, or put the text in single quotes")
        expect(
            "text: \"x1️⃣\\U0011FFFF\"\n", "'\\U' must be followed by hexadecimal digits (0-9, a-f)",
            fix: "write '\\\\' for a backslash, or put the text in single quotes")
    }

    // MARK: Tabs and characters

    func testATabInTheIndentation() {
        expect(
            "id: demo\ntitle:\n1️⃣\tnl: Demo\n", "a tab in the indentation",
            fix: "replace the tab with spaces: YAML indents with spaces only",
            nl: "een tab in de inspringing", nlFix: "vervang de tab door spaties: YAML springt alleen in met spaties")
    }

    func testATabThatBreaksTheIndentationOfAMapping() {
        expect(
            "title:\n  nl: Demo\n1️⃣\ten: Demo\n", "a tab in the indentation",
            fix: "replace the tab with spaces: YAML indents with spaces only")
    }

    func testATabInTheIndentationOfABlockText() {
        expect(
            "help: |\n1️⃣\tMeer uitleg.\n", "a tab in the indentation",
            fix: "replace the tab with spaces: YAML indents with spaces only")
    }

    func testCharactersThatCannotStartAValue() {
        expect(
            "contact: 1️⃣@moskee\n", "'@' cannot start a value", fix: "put the value in quotes: \"@…\"",
            nl: "'@' kan een waarde niet beginnen")
        expect("code: 1️⃣`x`\n", "'`' cannot start a value", fix: "put the value in quotes: \"`…\"")
    }

    // MARK: Brackets and commas

    func testAnUnclosedBracket() {
        expect(
            "languages: 1️⃣[nl, en\nid: demo\n", "the [ here is never closed", fix: "close it with ']' at the end of the value",
            nl: "de [ hier wordt niet gesloten")
        expect("title: 1️⃣{nl: Demo, en: Demo\nid: demo\n", "the { here is never closed", fix: "close it with '}' at the end of the value")
    }

    func testAMissingCommaInAFlowMapping() {
        expect(
            "title: {nl: Demo 1️⃣en: Demo}\n", "a comma is missing before 'en' in {…}",
            fix: "put a comma before 'en'; put text that contains a comma or colon in quotes",
            nl: "in {…} ontbreekt een komma vóór 'en'")
    }

    func testAMissingCommaAtTheEndOfALineInsideAFlowMapping() {
        expect(
            "title: {nl: Demo\n  1️⃣en: Demo}\n", "a comma is missing before 'en' in {…}",
            fix: "put a comma before 'en'; put text that contains a comma or colon in quotes")
    }

    func testNeitherACommaNorTheClosingBracket() {
        expect(
            "title: {nl: [Demo1️⃣}\n", "a comma or ']' belongs here",
            fix: "put commas between the parts and close with ']'; put text that contains a comma, colon or bracket in quotes")
    }

    func testAMissingValueInAFlowList() {
        expect("languages: [nl, 1️⃣, en]\n", "a value is missing here", fix: "put a value between the commas, or remove the extra comma")
    }

    // MARK: Anchors, tags, directives, block texts, documents

    func testAnAnchorOrAliasWithoutAName() {
        expect(
            "title: 1️⃣&\n", "'&' must be followed by the anchor's name",
            fix: "give the anchor a name ('&name'), or put text that starts with & or * in quotes")
        expect(
            "title: 1️⃣*\n", "'*' must be followed by the name of an anchor",
            fix: "give the anchor a name ('&name'), or put text that starts with & or * in quotes")
    }

    func testTagsThatAreNotWrittenRight() {
        for tag in ["!<x", "!<x>y", "!<>", "!<a%>", "!<%FF>", "!<%C3%41>", "!x!y"] {
            expect(
                "title: 1️⃣\(tag) z\n", "'!' starts a YAML tag here that is not written right",
                fix: "put text that starts like this in quotes; Kader reads plain YAML")
        }
    }

    func testDirectives() {
        for directive in [
            "%FOO", "%", "%Y!A", "%YAML", "%YAML x", "%YAML 12345678901.1", "%YAML 1.1.1", "%TAG !x!", "%TAG !x! a b",
            "%TAG x y", "%YAML 2.0"
        ] {
            expect(
                "1️⃣\(directive)\n---\nid: demo\n", "a line that starts with '%' is a YAML directive Kader does not use",
                fix: "remove the line, or put text that starts with % in quotes")
        }
        expect(
            "%YAML 1.1\n1️⃣%YAML 1.1\n---\nid: demo\n", "a line that starts with '%' is a YAML directive Kader does not use",
            fix: "remove the line, or put text that starts with % in quotes")
        expect(
            "%TAG !x! a\n1️⃣%TAG !x! a\n---\nid: demo\n", "a line that starts with '%' is a YAML directive Kader does not use",
            fix: "remove the line, or put text that starts with % in quotes")
    }

    func testBlockTextHeaders() {
        expect("help: |1️⃣0\n  x\n", "'|' or '>' cannot be followed by 0", fix: "write just '|' or '>'")
        expect(
            "help: |1️⃣Meer uitleg\n", "after '|' or '>' the text starts on the next line",
            fix: "put the text on the lines below, indented; or put it in quotes on this line")
    }

    func testSomethingAfterTheEndOfTheDocument() {
        let fix =
            "a framework or response is one mapping: put every key in column 1, one under the other, "
            + "without '...' or '{ }' around them"
        expect("id: demo\n...\n1️⃣title: Demo\n", "something follows the end of the document", fix: fix)
        expect("{id: demo}\n1️⃣title: Demo\n", "something follows the end of the document", fix: fix)
    }

    func testAControlCharacter() {
        expect(
            "id: demo\ntitle: a1️⃣\u{1}b\n", "an invisible control character (U+0001) in the text",
            fix: "remove the character; it often comes along when copying from another program")
    }

    // MARK: Long lines and other languages

    func testEveryKindHasAMessageAndAFixInBothLanguages() {
        let samples = [
            "id: demo\ntitle: \"Demo\nversion: \"1\"\n", "t: 'Don't'\n", "a: \"\\q\"\n", "a:\n\tb: 1\n", "a: @\n",
            "a:\n  b: 1\n c: 2\n", "a: [b\nc: 1\n", "a: {b: c d: e}\n", "a: - b\n", "%FOO\n---\na: 1\n", "a: !<x\n",
            "a: |0\n", "a: [,]\n", "a: b\n...\nc: d\n"
        ]
        for sample in samples {
            let diagnostics = FrameworkLoader().load(text: sample, name: "framework.yaml").diagnostics
            let error = diagnostics.errors.first { $0.code.rawValue == "yaml-syntax" }
            XCTAssertNotNil(error, sample)
            XCTAssertFalse(
                error?.message.en.contains("(") == true && error?.message.en.contains("while") == true,
                "libyaml's words: \(sample)")
            XCTAssertNotEqual(error?.message.nl, error?.message.en, sample)
            XCTAssertNotEqual(error?.fix?.nl, error?.fix?.en, sample)
        }
    }
}
