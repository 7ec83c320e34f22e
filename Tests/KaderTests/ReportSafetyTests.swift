import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// Everything a user or framework author typed stays inert in every report: a script in a
/// name, a note, an answer or a framework text never runs, never becomes a link, and a CSV cell
/// never becomes a spreadsheet formula.
final class ReportSafetyTests: XCTestCase {
    static let attack = #"<script>alert(1)</script>"><img src=x onerror=alert(2)>[klik](javascript:alert(3))"#
    static let formula = #"=HYPERLINK("http://evil.example","klik")"#

    static let yaml = """
        id: veilig
        version: "1.0"
        title: {nl: 'Titel \(attack)', en: 'Title \(attack)'}
        sources:
          - {id: bron, title: 'Bron \(attack)', url: "javascript:alert(4)"}
        scales:
          - id: ja_nee
            options:
              - {id: nee, value: 0, label: {nl: 'Nee \(attack)', en: "No"}}
              - {id: ja, value: 1, label: {nl: Ja, en: "Yes"}}
        domains:
          - id: d
            title: {nl: 'Domein \(attack)', en: "Domain"}
            questions:
              - {id: q, scale: ja_nee, text: {nl: 'Vraag \(attack)', en: "Question"}}
              - {id: open, type: text, text: {nl: "Wat gaat goed?", en: "What goes well?"}}
        rules:
          - id: r
            domain: d
            when: "q == 'nee'"
            because: {nl: "Omdat {q}.", en: "Because {q}."}
            advice:
              text: {nl: 'Advies \(attack)', en: "Advice"}
              first_step: {nl: 'Stap \(attack)', en: "Step"}
              sources: [bron]
          - id: s
            when: "q == 'nee'"
            strength: {nl: 'Sterk \(attack)', en: "Strong"}
        """

    func results() throws -> (AssessmentResult, Framework) {
        let framework = try Fixtures.validFramework(Self.yaml)
        let response = try Fixtures.response(
            """
            framework: veilig
            respondent: '\(Self.formula)'
            organisation: '\(Self.attack)'
            answers:
              q: {value: nee, note: '\(Self.attack)'}
              open: '@SUM(A1:A9) \(Self.attack)'
            plan:
              - {advice: r, owner: '\(Self.formula)', note: '\(Self.attack)'}
            """, for: framework)
        return (Engine(framework: framework).evaluate(response), framework)
    }

    func testHTMLKeepsEveryFieldInert() throws {
        let (result, framework) = try results()
        for language in Language.allCases {
            let html = HTMLRenderer().render(result, framework: framework, options: RenderOptions(language: language))
            XCTAssertFalse(html.contains("<script"), "a script tag got through")
            XCTAssertFalse(html.contains("<img"), "an image tag got through")
            // No tag anywhere carries an event handler (the escaped text may mention one).
            XCTAssertNil(html.range(of: #"<[^>]*\son[a-z]+="#, options: .regularExpression), "an event handler got into a tag")
            XCTAssertFalse(html.contains("href=\"javascript:"), "a javascript: link got through")
            XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the text should still be shown, escaped")
        }
        let consensus = ConsensusBuilder.combine([try Fixtures.answers("q: nee", for: framework)], framework: framework)
        XCTAssertFalse(HTMLRenderer().render(consensus, framework: framework, options: RenderOptions(language: .nl)).contains("<script"))
    }

    func testMarkdownKeepsEveryFieldInert() throws {
        let (result, framework) = try results()
        let markdown = MarkdownRenderer().render(result, framework: framework, options: RenderOptions(language: .nl))
        // Every "<" a user typed is escaped, so Markdown never sees a tag.
        XCTAssertNil(markdown.range(of: #"(?<!\\)<(script|img)"#, options: .regularExpression), "raw HTML got through")
        XCTAssertFalse(markdown.contains("[klik](javascript"), "a link got through")
        XCTAssertTrue(markdown.contains(#"\<script\>"#), "the text should be shown, escaped")
    }

    func testCSVCellsCannotBeFormulas() throws {
        let (result, framework) = try results()
        for rows in RenderOptions.Rows.allCases {
            let csv = CSVRenderer().render(result, framework: framework, options: RenderOptions(language: .nl, rows: rows))
            for line in csv.split(separator: "\r\n") {
                for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                    let value = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                    XCTAssertFalse(value.hasPrefix("=") || value.hasPrefix("+") || value.hasPrefix("@"), "formula cell: \(cell)")
                }
            }
            // (This result has nothing to find out: its find-out rows are the header alone.)
            if rows != .findOut { XCTAssertTrue(csv.contains("'=HYPERLINK"), csv) }
        }
        XCTAssertEqual(Escape.csvCell("-2+3"), "'-2+3")
        XCTAssertEqual(Escape.csvCell("-2", isNumber: true), "-2")
        XCTAssertEqual(Escape.csvCell("a;b"), "\"a;b\"")
        XCTAssertEqual(Escape.csvCell("zei \"ja\""), "\"zei \"\"ja\"\"\"")
    }
}
