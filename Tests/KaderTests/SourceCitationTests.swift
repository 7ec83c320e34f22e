import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// A board reads an advice item and sees "KIS (2022), Kwaliteitskader" under it, not a
/// publication's whole title; the full reference is listed once, at the end of the report, in
/// every format.
final class SourceCitationTests: XCTestCase {
    let yaml = """
        id: demo
        version: "1.0.0"
        title: {nl: Demo, en: Demo}
        sources:
          - id: kis2022
            title:
              nl: "KIS (2022), Pedagogisch kwaliteitskader moskeeonderwijs, met nulmeting en handreiking"
              en: "KIS (2022), Pedagogical quality framework, with guide"
            short: {nl: "KIS (2022), Kwaliteitskader", en: "KIS (2022), Quality framework"}
            url: https://www.kis.nl/publicatie/instrumenten-kwaliteitskader-moskeeonderwijs
          - {id: werkplan, title: "KIS, Werkplan 2020, project 3.2 Verbetering pedagogische kwaliteit"}
        scales:
          - id: ja_nee
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
        domains:
          - id: visie
            title: {nl: Visie, en: Vision}
            questions:
              - {id: plan, scale: ja_nee, text: {nl: Er is een plan., en: There is a plan.}}
        rules:
          - id: geen_plan
            when: "plan = 'nee'"
            advice: {text: {nl: Schrijf een plan., en: Write a plan.}, sources: [kis2022, werkplan]}
        """

    func reports() throws -> [(format: String, text: String)] {
        let loaded = Fixtures.framework(yaml)
        let framework = try XCTUnwrap(loaded.value, LoaderCheck.describe(loaded.diagnostics))
        let response = try XCTUnwrap(
            ResponseLoader().load(
                text: "framework: demo\nanswers: {plan: nee}\n", name: "r.yaml",
                framework: framework
            ).value)
        let result = Engine(framework: framework).evaluate(response)
        let options = RenderOptions(language: .nl)
        return [
            ("text", TextRenderer().render(result, framework: framework, options: options)),
            ("markdown", MarkdownRenderer().render(result, framework: framework, options: options)),
            ("html", HTMLRenderer().render(result, framework: framework, options: options))
        ]
    }

    func testAdviceCitesTheShortFormAndTheFullReferenceIsListedOnceAtTheEnd() throws {
        for (format, text) in try reports() {
            let full = "KIS (2022), Pedagogisch kwaliteitskader moskeeonderwijs, met nulmeting en handreiking"
            XCTAssertEqual(text.components(separatedBy: full).count - 1, 1, "\(format): the full reference once\n\(text)")
            let advice = try XCTUnwrap(text.range(of: "Schrijf een plan."), format)
            let end = try XCTUnwrap(text.range(of: full), format)
            XCTAssertLessThan(advice.upperBound, end.lowerBound, "\(format): the full list comes after the advice")
            let underAdvice = String(text[advice.upperBound..<end.lowerBound])
            XCTAssertTrue(underAdvice.contains("KIS (2022), Kwaliteitskader"), "\(format): the short form under the advice\n\(underAdvice)")
            XCTAssertTrue(underAdvice.contains("KIS, Werkplan 2020, project 3.2 Verbetering"), "\(format): without a short form, the title")
        }
        let html = try reports()[2].text
        let link = "<a href=\"https://www.kis.nl/publicatie/instrumenten-kwaliteitskader-moskeeonderwijs\">KIS (2022), Kwaliteitskader</a>"
        XCTAssertTrue(html.contains(link), html)
    }
}
