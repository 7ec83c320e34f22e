import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// The handout and the paper form escape every text a framework author wrote: a title with
/// markup, a help text with a script, a source with a `javascript:` address.
final class ExportTests: XCTestCase {
    let hostile = """
        id: vijandig
        version: "1.0"
        title: {nl: "<script>alert(1)</script> & *vet* [link](javascript:alert(1))", en: "<b>bold</b>"}
        sources:
          - {id: bron, title: "Bron <img src=x onerror=alert(1)>", url: "javascript:alert(1)"}
          - {id: goed, title: "Goede bron", url: "https://example.org/a_b?c=d&e=f"}
        scales:
          - id: s
            options:
              - {id: a, value: 0, label: {nl: "<i>nul</i>", en: zero}}
              - {id: b, value: 1, label: {nl: "# één", en: one}}
        domains:
          - id: d
            title: {nl: "Domein | met pijp", en: Domain}
            sources: [bron, goed]
            questions:
              - {id: q, scale: s, text: {nl: "Vraag \\"met\\" <em>opmaak</em>", en: Question}, \
        help: {nl: "- geen lijst\\n# geen kop", en: help}}
        """

    func testEveryTextIsEscapedInHTML() throws {
        let framework = try Fixtures.validFramework(hostile)
        for html in [
            HandoutRenderer().render(framework, format: .html, language: .nl),
            PaperFormRenderer().render(framework, format: .html, language: .nl)
        ] {
            XCTAssertFalse(html.contains("<script>"), html)
            XCTAssertFalse(html.contains("<img"), html)
            XCTAssertFalse(html.contains("<em>opmaak"), html)
            XCTAssertFalse(html.contains("javascript:alert(1)\""), "no javascript: link")
            XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; *vet*"), html)
        }
        let handout = HandoutRenderer().render(framework, format: .html, language: .nl)
        XCTAssertTrue(handout.contains("<a href=\"https://example.org/a_b?c=d&amp;e=f\">"), handout)
    }

    func testEveryTextIsEscapedInMarkdown() throws {
        let framework = try Fixtures.validFramework(hostile)
        let markdown = PaperFormRenderer().render(framework, format: .markdown, language: .nl)
        let title = try XCTUnwrap(markdown.split(separator: "\n").first.map(String.init))
        XCTAssertTrue(title.hasPrefix("# \\<script\\>"), "markup in a title is escaped: \(title)")
        XCTAssertTrue(title.contains("\\*vet\\*") && title.contains("\\[link\\]"), "no emphasis, no link: \(title)")
        XCTAssertFalse(markdown.contains("\n# geen kop"), "a help text cannot start a heading")
        XCTAssertFalse(markdown.contains("<em>") || markdown.contains("<script>"))
        let handout = HandoutRenderer().render(framework, format: .markdown, language: .nl)
        XCTAssertTrue(handout.contains("\\<img src=x onerror=alert(1)\\>"), handout)
        XCTAssertFalse(handout.contains("javascript:alert(1)>") || handout.contains("<javascript"), "the javascript: address is left out")
        XCTAssertTrue(handout.contains(" — <https://example.org/a_b?c=d&e=f>\n"), handout)
    }

    func testTheFormHasABoxForEveryAnswerAndRoomForNotes() throws {
        let framework = try Fixtures.validFramework(hostile)
        let markdown = PaperFormRenderer().render(framework, format: .markdown, language: .en)
        XCTAssertTrue(markdown.contains("- [ ] zero (0)\n- [ ] one (1)\n\n"), markdown)
        XCTAssertFalse(markdown.contains("- [ ] Don't know"), "a scale without 'weet niet' gets no box for it")
        XCTAssertTrue(markdown.contains("Note:\n"), markdown)
        XCTAssertTrue(markdown.contains("## Score sheet"), markdown)
    }
}
