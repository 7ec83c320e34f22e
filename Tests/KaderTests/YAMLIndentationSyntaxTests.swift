import Kader
import KaderTestSupport
import XCTest

/// A key, a dash or a colon in the wrong place is reported at the column where it should be, measured
/// against the keys and items around it.
final class YAMLIndentationSyntaxTests: XCTestCase, YAMLSyntaxExpectation {
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
}
