import Kader
import KaderTestSupport
import XCTest

/// A YAML mistake is reported where the author made it, in the author's words, with the fix:
/// every problem libyaml's scanner and parser can report (scanner.c, parser.c) has a test here.
/// The marker 1️⃣ is where the caret must land.
final class YAMLSyntaxTests: XCTestCase {
    /// Asserts a `yaml-syntax` error at 1️⃣ with exactly this English message and fix, and a
    /// Dutch message (`nl`, when given, exactly); read as a framework and as a response.
    @discardableResult
    func expect(
        _ marked: String, _ message: String, fix: String, nl: String? = nil, nlFix: String? = nil, length: Int? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) -> Diagnostic? {
        let text = MarkedText(marked)
        let framework = try? LoaderCheck.loadedFramework()
        var found: Diagnostic?
        let asResponse = framework.map { ResponseLoader().load(text: text.text, name: "response.yaml", framework: $0).diagnostics }
        for (name, diagnostics) in [
            ("framework.yaml", FrameworkLoader().load(text: text.text, name: "framework.yaml").diagnostics),
            ("response.yaml", asResponse)
        ] {
            guard let diagnostics else { continue }
            let errors = diagnostics.errors.filter { $0.code == "yaml-syntax" }
            XCTAssertEqual(errors.count, 1, "\(name): \(LoaderCheck.describe(diagnostics))", file: file, line: line)
            guard let error = errors.first else { continue }
            XCTAssertEqual(error.location, text.location("1️⃣", file: name), "\(name): \(error.message.en)", file: file, line: line)
            XCTAssertEqual(error.message.en, message, file: file, line: line)
            XCTAssertEqual(error.fix?.en, fix, file: file, line: line)
            if let nl { XCTAssertEqual(error.message.nl, nl, file: file, line: line) }
            if let nlFix { XCTAssertEqual(error.fix?.nl, nlFix, file: file, line: line) }
            XCTAssertNotEqual(error.message.nl, error.message.en, "untranslated", file: file, line: line)
            if let length { XCTAssertEqual(error.length, length, file: file, line: line) }
            found = error
        }
        return found
    }

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

    // MARK: Indentation

    func testAKeyOneColumnTooFarLeft() {
        expect(
            """
            id: demo
            title:
              nl: Demo
             1️⃣en: Demo
            """, "the key 'en' is in column 2, but belongs in column 3, under 'nl' on line 3",
            fix: "put 'en' in column 3 (2 spaces before it)",
            nl: "de sleutel 'en' staat in kolom 2, maar hoort in kolom 3, onder 'nl' op regel 3",
            nlFix: "zet 'en' in kolom 3 (2 spaties ervoor)", length: 2)
    }

    func testAKeyOneColumnTooFarRight() {
        expect(
            """
            title:
              nl: Demo
               1️⃣en: Demo
            """, "the key 'en' is in column 4, but belongs in column 3, under 'nl' on line 2",
            fix: "put 'en' in column 3 (2 spaces before it)")
    }

    func testATopLevelKeyIndentedByOneSpace() {
        expect(
            "id: demo\n 1️⃣title: Demo\n", "the key 'title' is in column 2, but belongs in column 1, under 'id' on line 1",
            fix: "put 'title' at the start of the line, in column 1", nlFix: "zet 'title' aan het begin van de regel, in kolom 1")
    }

    func testAKeyBetweenTheColumnsOfAListItem() {
        expect(
            """
            domains:
              - id: visie
                title: Visie
               1️⃣questions: []
            """, "the key 'questions' is in column 4, but belongs in column 5, under 'title' on line 3",
            fix: "put 'questions' in column 5 (4 spaces before it)")
    }

    func testAKeyAmongTheItemsOfAList() {
        expect(
            """
            levels:
              - id: startend
              1️⃣label: Startend
            """, "the key 'label' is in column 3, among the items ('-') of the list on line 2",
            fix: "make it a new item ('- label: …'), or put 'label' in column 5 if it belongs to the item above",
            nl: "de sleutel 'label' staat in kolom 3, tussen de items ('-') van de lijst op regel 2")
    }

    func testAListItemAmongKeys() {
        expect(
            "id: demo\n1️⃣- visie\n", "a list item ('-') in column 1, among keys such as 'id' on line 1",
            fix: "a list belongs under a key without a value: write 'name:' and put the items on the lines below it, indented")
    }

    func testAListItemOutOfLineWithItsList() {
        expect(
            "sources:\n    - a\n  1️⃣- b\n",
            "this list item ('-') is in column 3, but the items of this list are in column 5 (as on line 2)",
            fix: "put the '-' in column 5 (4 spaces before it)")
    }

    func testAKeyAfterAPlainValue() {
        expect(
            "- visie\n  1️⃣title: Visie\n", "the key 'title' follows text that starts on line 1, and text cannot have keys",
            fix: "put 'title' straight under the keys it belongs with, or put text that contains ': ' in quotes")
        expect(
            "title:\n  Demo\n  1️⃣en: Demo\n", "the key 'en' follows text that starts on line 2, and text cannot have keys",
            fix: "put 'en' straight under the keys it belongs with, or put text that contains ': ' in quotes")
    }

    func testAMistakeBelowACommentIsMeasuredAgainstTheKeysAboveIt() {
        expect(
            "title:\n  nl: Demo\n  # English\n   1️⃣en: Demo\n",
            "the key 'en' is in column 4, but belongs in column 3, under 'nl' on line 2",
            fix: "put 'en' in column 3 (2 spaces before it)")
    }

    // MARK: Colons, dashes and keys

    func testAColonInAValue() {
        expect(
            "title: Demo1️⃣: een kader\n", "the colon in the value 'Demo: een kader' makes YAML read a key",
            fix: "put the value in quotes: \"Demo: een kader\"",
            nl: "de dubbele punt in de waarde 'Demo: een kader' laat YAML een sleutel lezen")
    }

    func testAColonInAFlowList() {
        expect("tags: [a1️⃣:]\n", "the colon in the value '[a:]' makes YAML read a key", fix: "put the value in quotes: \"[a:]\"")
    }

    func testAListItemOnTheLineOfItsKey() {
        expect(
            "sources: 1️⃣- kis2022\n", "a list item ('- ') cannot start on the same line as the key 'sources'",
            fix: "put the item on a new line, indented under 'sources:', or write the list as [a, b]")
    }

    func testADashWithoutASpace() {
        expect(
            "sources:\n  - kis2022\n  1️⃣-kis2023\n", "'-kis2023' is text, not a list item: '-' needs a space after it",
            fix: "write '- kis2023'")
    }

    func testAKeyWithoutItsColon() {
        expect(
            "id: demo\n1️⃣version\ntitle: Demo\n", "the colon after 'version' is missing",
            fix: "write 'version: value'; put text that runs over several lines in quotes", nl: "na 'version' ontbreekt de dubbele punt")
    }

    func testAQuestionMark() {
        expect(
            "title: 1️⃣? Demo\n", "'?' starts a complex YAML key here",
            fix: "put text that starts like this in quotes; Kader reads plain YAML")
    }

    func testTextAfterAValueOnTheSameLine() {
        expect(
            "languages: [nl, en]1️⃣]\n", "']' follows the value of 'languages' on the same line",
            fix: "put every key on a line of its own, and remove what is left over")
        expect(
            "title: {nl: Demo, en: Demo} 1️⃣extra\n", "'extra' follows the value of 'title' on the same line",
            fix: "put every key on a line of its own, and remove what is left over")
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
            let error = diagnostics.errors.first { $0.code == "yaml-syntax" }
            XCTAssertNotNil(error, sample)
            XCTAssertFalse(
                error?.message.en.contains("(") == true && error?.message.en.contains("while") == true,
                "libyaml's words: \(sample)")
            XCTAssertNotEqual(error?.message.nl, error?.message.en, sample)
            XCTAssertNotEqual(error?.fix?.nl, error?.fix?.en, sample)
        }
    }
}
