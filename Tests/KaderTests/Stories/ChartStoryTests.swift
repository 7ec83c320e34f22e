import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// The chart in the HTML report shows the framework's model: grid lines at its level edges
/// (0, 50, 80 and 100 in ``LevelStoryFixture``, not 25 and 75), the capped domain marked beside
/// its bar, and a long domain name on two lines rather than cut. Severity words follow the
/// report's language in every format.
final class ChartStoryTests: XCTestCase {
    func testGridlinesAtTheLevelEdgesAndTheCappedDomainMarked() throws {
        let (result, framework) = try LevelStoryFixture.scan(LevelStoryFixture.capped)
        let html = try LevelStoryFixture.render("html", result, framework)
        let svg = try XCTUnwrap(html.range(of: "<svg")).lowerBound
        let end = try XCTUnwrap(html.range(of: "</svg>")).upperBound
        let chart = String(html[svg..<end])
        for edge in ["50", "80"] { XCTAssertTrue(chart.contains(">\(edge)</text>"), edge) }
        for quarter in ["25", "75"] { XCTAssertFalse(chart.contains(">\(quarter)</text>"), quarter) }
        // veilig's bar: 75,0 and the mark; huis is not capped.
        XCTAssertTrue(chart.contains(">75,0 · niveau begrensd</text>"), chart)
        XCTAssertTrue(chart.contains(">100,0</text>"), chart)
    }

    func testALongLabelIsWrappedNotCut() throws {
        let yaml = LevelStoryFixture.yaml().replacingOccurrences(
            of: "title: {nl: Monitoren en leren, en: Monitoring and learning}",
            with: "title: {nl: Vaardigheden van de (vrijwillige) leskrachten en begeleiders, en: Skills}")
        let (result, framework) = try LevelStoryFixture.scan(LevelStoryFixture.capped, yaml: yaml)
        let html = try LevelStoryFixture.render("html", result, framework)
        XCTAssertTrue(html.contains(">Vaardigheden van de (vrijwillige)</text>"), html)
        XCTAssertTrue(html.contains(">leskrachten en begeleiders</text>"), html)
        XCTAssertFalse(html.contains("les…"))
    }

    func testSeverityWordsFollowTheLanguage() throws {
        let yaml =
            LevelStoryFixture.yaml() + """

                  - id: geen_ehbo
                    when: "ehbo != 'ja'"
                    flag: {severity: critical, text: {nl: Er is geen EHBO., en: There is no first aid.}}
                """
        let answers = "framework: wijkteam\nanswers: {code: ja, ehbo: nee, evaluatie: ja, scholing: ja, ruimte: ja}\n"
        let (result, framework) = try LevelStoryFixture.scan(answers, yaml: yaml)
        for format in ["text", "markdown", "html"] {
            let dutch = try LevelStoryFixture.render(format, result, framework)
            XCTAssertTrue(dutch.contains("kritiek"), format)
            // (HTML's class names are English; what it shows is not.)
            if format != "html" { XCTAssertFalse(dutch.contains("critical"), format) }
            XCTAssertTrue(try LevelStoryFixture.render(format, result, framework, language: .en).contains("critical"), format)
        }
    }

    func testAVeryLongLabelTakesAsManyLinesAsItNeedsInTheChartAndTheTerminal() throws {
        let yaml = LevelStoryFixture.yaml().replacingOccurrences(
            of: "title: {nl: Monitoren en leren, en: Monitoring and learning}",
            with: "title: {nl: \"Vaardigheden van de (vrijwillige) leskrachten, begeleiders en de vrijwilligers van het "
                + "weekendprogramma\", en: Skills}")
        let (result, framework) = try LevelStoryFixture.scan(LevelStoryFixture.capped, yaml: yaml)
        let html = try LevelStoryFixture.render("html", result, framework)
        for line in ["Vaardigheden van de (vrijwillige)", "leskrachten, begeleiders en de", "vrijwilligers van het weekendprogramma"] {
            XCTAssertTrue(html.contains(">\(line)</text>"), line)
        }
        // The terminal's domain table (at most 40 characters wide) wraps the name too.
        let text = try LevelStoryFixture.render("text", result, framework)
        XCTAssertFalse(text.contains("…"), text)
        XCTAssertTrue(text.contains("\n  leskrachten, begeleiders en de\n  vrijwilligers van het weekendprogramma\n"), text)
    }

    func testBarsStartAtTheSamePlaceWhateverTheNumbersWidth() throws {
        // In the HTML table the number comes first and its bar after it: in a column lined up on
        // the right, every bar starts at the same place for "75,0" and "100,0".
        let (result, framework) = try LevelStoryFixture.scan(LevelStoryFixture.capped)
        let html = try LevelStoryFixture.render("html", result, framework)
        XCTAssertTrue(html.contains(">75,0 <span class=\"bar\" aria-hidden=\"true\">"), html)
        XCTAssertTrue(html.contains(">100,0 <span class=\"bar\" aria-hidden=\"true\">"), html)
        // The chart leaves room after a full bar for its number and mark.
        let svg = try XCTUnwrap(html.range(of: "<svg"))
        XCTAssertTrue(html[svg.lowerBound...].hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 781 "), html)
    }
}
