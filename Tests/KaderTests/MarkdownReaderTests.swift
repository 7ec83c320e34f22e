import Kader
import KaderReports
import XCTest

/// A trainer's session plan, written in Markdown, printed as an HTML page: headings, tables,
/// lists and boxes to tick come through, and nothing in the text becomes markup of its own.
final class MarkdownReaderTests: XCTestCase {
    func page(_ markdown: String) -> String {
        HTMLBackend().page(MarkdownReader().document(markdown, fallbackTitle: "Plan", language: .nl))
    }

    func testHeadingsTablesListsAndBoxesBecomeTheirBlocks() {
        let html = page(
            """
            # Draaiboek

            *Voor de trainer.*

            | tijd | wat |
            | --- | --- |
            | 0:00 | **Welkom** en `kader serve` |

            - eerste punt
              gaat hier verder
            - tweede punt

            1. Vraag een
            2. Vraag twee

            - [ ] ja
            - [ ] nee

            Ik ben: [ ] trainer  [ ] deelnemer

            ---

            Bronnen: <https://example.org/bron>.
            """)
        XCTAssertTrue(html.contains("<title>Draaiboek</title>"), html)
        XCTAssertTrue(html.contains("<h1>Draaiboek</h1>"))
        XCTAssertTrue(html.contains("<p class=\"small\">Voor de trainer.</p>"), html)
        XCTAssertTrue(html.contains("<th scope=\"col\">tijd</th>"), html)
        XCTAssertTrue(html.contains("<td><strong>Welkom</strong> en <code>kader serve</code></td>"), html)
        XCTAssertTrue(html.contains("<li>eerste punt gaat hier verder</li>"), html)
        XCTAssertTrue(html.contains("<ol>"), html)
        XCTAssertTrue(html.contains("<li>Vraag twee</li>"), html)
        XCTAssertTrue(html.contains("Ik ben: ☐ trainer  ☐ deelnemer"), html)
        XCTAssertFalse(html.contains("[ ]"), html)
        XCTAssertTrue(html.contains("<footer>\n<p>Bronnen: <a href=\"https://example.org/bron\">https://example.org/bron</a>.</p>"), html)
    }

    func testNothingInTheTextBecomesMarkup() {
        let html = page(
            """
            # <script>alert(1)</script>

            Een <img src=x onerror=alert(1)> en <javascript:alert(1)> en [klik](javascript:alert(1)).

            | <b>kop</b> |
            | --- |
            | " onmouseover="x |
            """)
        XCTAssertFalse(html.contains("<script>alert"), html)
        XCTAssertFalse(html.contains("<img"), html)
        XCTAssertFalse(html.contains("href=\"javascript"), html)
        XCTAssertFalse(html.contains("<b>kop"), html)
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), html)
        XCTAssertTrue(html.contains("&quot; onmouseover=&quot;x"), html)
    }

    func testAGuidanceChecklistAndNumberedQuestionsBecomeBoxesAndAList() {
        let blocks = Block.prose("Rode vlaggen:\n☐ een quiz\n☐ een wedstrijd\nVragen:\n1. Waarom?\n2. Wat nu?\nSlot.")
        XCTAssertEqual(blocks.count, 5)
        guard case .tickBoxes(let boxes) = blocks[1] else { return XCTFail("\(blocks[1])") }
        XCTAssertEqual(boxes, ["een quiz", "een wedstrijd"])
        guard case .list(let list) = blocks[3] else { return XCTFail("\(blocks[3])") }
        XCTAssertEqual(list.style, .numbered)
        XCTAssertEqual(list.items.map(\.lead.plain), ["Waarom?", "Wat nu?"])
    }
}
