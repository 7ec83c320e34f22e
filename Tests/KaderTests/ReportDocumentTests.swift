import Kader
import KaderFiles
import KaderTestSupport
import XCTest

@testable import KaderReports

/// One document per view, one backend per format: a board's report says the same in the
/// terminal, in Markdown and in HTML; every text from a file reaches the terminal through one
/// function; the HTML writer a web page builds with escapes what it is given; and a plugin
/// writes the same documents in a format of its own.
final class ReportDocumentTests: XCTestCase {
    func framework(_ id: String) throws -> Framework {
        let library = FrameworkLibrary(explicit: Fixtures.root + "/Frameworks")
        return try XCTUnwrap(try library.load(path: Fixtures.root + "/Frameworks/\(id).yaml").get().value)
    }

    func result(_ path: String, _ framework: Framework) throws -> AssessmentResult {
        let bytes = try FileReader.read(Fixtures.root + "/" + path).get()
        let response = try XCTUnwrap(ResponseLoader().load(bytes: bytes, name: path, framework: framework).value, path)
        return Engine(framework: framework).evaluate(response)
    }

    /// The documents of every view: a capped mosque's report, a municipality over time and
    /// combined with colleagues, a trainer's longlist, and a handout and a paper form.
    func everyView() throws -> [ReportDocument] {
        let mosques = try framework("moskeeonderwijs")
        let youth = try framework("jeugdhulp_azc")
        let before = try result("Examples/jeugdhulp_azc/waterland_oost_2025.yaml", youth)
        let after = try result("Examples/jeugdhulp_azc/waterland_oost_2026.yaml", youth)
        let colleagues = try FileReader.yamlFiles(in: Fixtures.root + "/Examples/jeugdhulp_azc/collegas").map { path in
            try XCTUnwrap(ResponseLoader().load(bytes: try FileReader.read(path).get(), name: path, framework: youth).value)
        }
        let interventions = try framework("interventies_samenleven")
        var group = GroupBuilder(framework: interventions)
        for path in FileReader.yamlFiles(in: Fixtures.root + "/Examples/interventies_samenleven") {
            group.add(try result(String(path.dropFirst(Fixtures.root.count + 1)), interventions))
        }
        return [
            ResultReport(try result("Examples/moskeeonderwijs/as-sabr-begrensd.yaml", mosques), framework: mosques, language: .nl).document,
            ComparisonReport(ComparisonBuilder.compare([(before, youth), (after, youth)]), framework: youth, language: .nl).document,
            ConsensusReport(ConsensusBuilder.combine(colleagues, framework: youth), framework: youth, language: .en).document,
            GroupReport(group.build(), framework: interventions, language: .nl).document,
            FrameworkPrintouts(mosques, language: .nl).handout,
            FrameworkPrintouts(youth, language: .en).paperForm
        ]
    }

    func testEveryStringOfADocumentReachesTheTerminalThroughOneFunction() throws {
        // With a "sanitiser" that turns every letter into an x, no other letter may be left:
        // the backend's own marks and bars have none, so any other would have slipped past.
        let backend = TextBackend(color: false) { text in String(text.map { $0.isLetter ? "x" : $0 }) }
        for document in try everyView() {
            let text = backend.write(document)
            XCTAssertGreaterThan(text.count, 500, document.title)
            let escaped = text.filter { $0.isLetter && $0 != "x" }
            XCTAssertTrue(escaped.isEmpty, "\(document.title): letters that did not pass the terminal function: \(escaped.prefix(40))")
        }
    }

    func testTheThreeFormatsSayTheSameThings() throws {
        let mosques = try framework("moskeeonderwijs")
        let result = try result("Examples/moskeeonderwijs/as-sabr-begrensd.yaml", mosques)
        let document = ResultReport(result, framework: mosques, language: .nl).document
        let text = TextBackend().write(document)
        let markdown = MarkdownBackend().write(document)
        let html = HTMLBackend().page(document)
        var mainTitles: [String] = []
        var appendixTitles: [String] = []
        for case .section(let section) in document.blocks {
            if section.role == .main { mainTitles.append(section.title.plain) } else { appendixTitles.append(section.title.plain) }
        }
        XCTAssertEqual(
            mainTitles, ["Randvoorwaarden", "Per domein", "Signalen", "Wat gaat goed", "Wat kan beter", "Zoek uit", "Toelichtingen"])
        XCTAssertEqual(appendixTitles, ["Antwoorden per domein"])
        for title in mainTitles {
            XCTAssertTrue(text.contains("\n" + title + "\n"), "terminal: \(title)")
            XCTAssertTrue(markdown.contains("\n## " + title + "\n"), "markdown: \(title)")
            XCTAssertTrue(html.contains(">" + title + "</h2>"), "html: \(title)")
        }
        // The appendix is in the documents, not in the terminal's overview.
        XCTAssertFalse(text.contains("Antwoorden per domein"))
        XCTAssertTrue(markdown.contains("\n## Antwoorden per domein\n"))
        XCTAssertTrue(html.contains("<details open>\n<summary><h2 id=\"answers\">Antwoorden per domein</h2></summary>"))
        for advice in result.advice {
            let words = advice.text.text(in: .nl)
            XCTAssertTrue(text.contains(words) && markdown.contains(words) && html.contains(words), words)
        }
        // The flag's severity in the report's language in every format.
        XCTAssertTrue(markdown.contains("- **kritiek**: Niet alle leskrachten"), markdown)
        XCTAssertTrue(html.contains("<strong>kritiek</strong> Niet alle leskrachten"))
        XCTAssertTrue(text.contains("  !! kritiek: Niet alle leskrachten"), text)
    }

    func testTheHTMLWriterEscapesTextAndAttributesAndLinksOnlyToTheWeb() {
        var page = HTMLWriter()
        page.element("p", [.class("meta\" onclick=\"x"), .id("a<b")]) { p in
            p.element("strong", text: "<script>alert(1)</script>")
            p.text(" & 'zo'")
            if let href = HTMLAttribute.href("https://example.org/?a=1&b=2") { p.element("a", [href], text: "bron") }
        }
        page.void("br")
        XCTAssertEqual(
            page.html,
            "<p class=\"meta&quot; onclick=&quot;x\" id=\"a&lt;b\">"
                + "<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong> &amp; &#39;zo&#39;"
                + "<a href=\"https://example.org/?a=1&amp;b=2\">bron</a></p><br>")
        XCTAssertNil(HTMLAttribute.href("javascript:alert(1)"))
        XCTAssertNil(HTMLAttribute.href("https://example.org/\"><script>"))
        XCTAssertNil(HTMLAttribute.href("data:text/html,<b>"))
    }

    func testMarkdownEscapesLineStartsOnlyWhereALineStarts() {
        let document = ReportDocument(
            title: "t", language: .nl,
            blocks: [
                .text("# geen kop"),
                .list(.bullets(["1. geen nummer", "+ geen lijst"])),
                .table(
                    Table(
                        columns: [Table.Column("Domein", namesRows: true), .number("Verschil")],
                        rows: [Table.Row([.plain("- Regie | en *meer*"), .plain("+26,9")])]))
            ])
        XCTAssertEqual(
            MarkdownBackend().write(document),
            """
            \\# geen kop

            - 1\\. geen nummer
            - \\+ geen lijst

            | Domein | Verschil |
            |---|---:|
            | - Regie \\| en \\*meer\\* | +26,9 |

            """)
    }

    /// A format of one's own: section titles as an outline, registered like the built-ins.
    struct OutlineRenderer: DocumentRenderer {
        static let name = "outline"
        static let summary = Message(nl: "de koppen", en: "the headings")
        func write(_ document: ReportDocument, options: RenderOptions) -> String {
            document.blocks.compactMap { block -> String? in
                if case .section(let section) = block { return section.title.plain }
                return nil
            }.joined(separator: "\n")
        }
    }

    func testAPluginWritesTheSameDocumentsInItsOwnFormat() throws {
        var registry = RendererRegistry.builtIn
        registry.register(OutlineRenderer.self)
        let renderer = try XCTUnwrap(registry.renderers["outline"]).init()
        let youth = try framework("jeugdhulp_azc")
        let before = try result("Examples/jeugdhulp_azc/waterland_oost_2025.yaml", youth)
        let after = try result("Examples/jeugdhulp_azc/waterland_oost_2026.yaml", youth)
        let options = RenderOptions(language: .en)
        XCTAssertEqual(
            renderer.render(ComparisonBuilder.compare([(before, youth), (after, youth)]), framework: youth, options: options),
            "In brief\nScores and levels\nAnswers that changed\nResolved by a changed answer\nStill open\n"
                + "Last time's action plan (2025-11-18)")
        let outline = renderer.render(after, framework: youth, options: options)
        XCTAssertTrue(outline.hasPrefix("Preconditions\nPer domain\nFlags\nWhat goes well"), outline)
    }
}
