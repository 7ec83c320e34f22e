import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// A community centre's board gets five pieces of advice; its framework says to begin with two
/// (`report: {focus: 2}`). Every format puts the critical one and the next under "Begin hier" and
/// the other three, numbered on from 3, under "Later".
///
/// Worked out: every answer is `nee`, so all five rules fire. The action order is critical
/// first, then priority, then quick wins before structural work: veilig (critical), sleutel
/// (high, quick win), rooster (high, structural), koffie (medium, quick win), folder (low). With
/// focus 2 that is veilig and sleutel first; rooster, koffie and folder are 3, 4 and 5, later.
final class FocusStoryTests: XCTestCase {
    static func yaml(focus: Int, criticalFolder: Bool = false) -> String {
        """
        id: buurthuis
        version: "1.0"
        title: {nl: Buurthuisscan, en: Community centre scan}
        report: {focus: \(focus)}
        scales: []
        domains:
          - id: huis
            title: {nl: Het huis, en: The house}
            questions:
              - {id: veilig, type: yesno, text: {nl: Er is een vertrouwenspersoon., en: There is a confidential adviser.}}
              - {id: sleutel, type: yesno, text: {nl: Iedereen weet wie de sleutel heeft., en: Everyone knows who has the key.}}
              - {id: rooster, type: yesno, text: {nl: Er is een rooster., en: There is a rota.}}
              - {id: koffie, type: yesno, text: {nl: Er is koffie., en: There is coffee.}}
              - {id: folder, type: yesno, text: {nl: Er is een folder., en: There is a leaflet.}}
        rules:
          - id: r_folder
            when: "not folder"
            advice: {text: {nl: Maak een folder., en: Make a leaflet.}, priority: \(criticalFolder ? "critical" : "low"), effort: moderate}
          - id: r_koffie
            when: "not koffie"
            advice: {text: {nl: Zet koffie., en: Make coffee.}, priority: medium, effort: quick_win}
          - id: r_rooster
            when: "not rooster"
            advice: {text: {nl: Maak een rooster., en: Make a rota.}, priority: high, effort: structural}
          - id: r_sleutel
            when: "not sleutel"
            advice: {text: {nl: Spreek af wie de sleutel heeft., en: Agree who has the key.}, priority: high, effort: quick_win}
          - id: r_veilig
            when: "not veilig"
            advice:
              text: {nl: Wijs een vertrouwenspersoon aan., en: Appoint a confidential adviser.}
              first_step: {nl: Vraag het bestuur om een naam., en: Ask the board for a name.}
              priority: critical
              effort: quick_win
        """
    }

    static let allNo =
        "framework: buurthuis\nrespondent: Buurthuis De Brug\n"
        + "answers: {veilig: nee, sleutel: nee, rooster: nee, koffie: nee, folder: nee}\n"

    func evaluate(_ yaml: String) throws -> (AssessmentResult, Framework) {
        let framework = try Fixtures.validFramework(yaml)
        return (Engine(framework: framework).evaluate(try Fixtures.response(Self.allNo, for: framework)), framework)
    }

    func render(
        _ format: String, _ result: AssessmentResult, _ framework: Framework, rows: RenderOptions.Rows = .domains,
        language: Language = .nl
    ) throws -> String {
        let renderer = try XCTUnwrap(RendererRegistry.builtIn.renderers[format]).init()
        return renderer.render(result, framework: framework, options: RenderOptions(language: language, rows: rows))
    }

    func testTheCriticalAdviceAndTheNextComeFirstAndTheRestLater() throws {
        let (result, _) = try evaluate(Self.yaml(focus: 2))
        XCTAssertEqual(result.advice.map(\.ruleID), ["r_veilig", "r_sleutel", "r_rooster", "r_koffie", "r_folder"])
        XCTAssertEqual(result.focus, 2)
        XCTAssertEqual(result.beginHere.map(\.ruleID), ["r_veilig", "r_sleutel"])
        XCTAssertEqual(result.later.map(\.ruleID), ["r_rooster", "r_koffie", "r_folder"])
    }

    func testCriticalAdviceIsNeverLaterEvenPastTheFocus() throws {
        // Folder made critical too: two critical pieces with focus 1, so both come first.
        let (result, _) = try evaluate(Self.yaml(focus: 1, criticalFolder: true))
        XCTAssertEqual(result.focus, 2)
        XCTAssertEqual(result.beginHere.map(\.ruleID), ["r_veilig", "r_folder"])
    }

    func testWithoutAFocusAllAdviceIsOneList() throws {
        let framework = try Fixtures.validFramework(Self.yaml(focus: 2).replacingOccurrences(of: "report: {focus: 2}\n", with: ""))
        let result = Engine(framework: framework).evaluate(try Fixtures.response(Self.allNo, for: framework))
        XCTAssertNil(result.focus)
        XCTAssertEqual(result.beginHere.count, 5)
        XCTAssertFalse(try render("markdown", result, framework).contains("Begin hier"))
        let json = ResultJSON.encode(result, language: .nl).serialized(compact: true)
        XCTAssertTrue(json.contains("\"focus\":null"), json)
    }

    func testTextAndMarkdownHaveASectionForLaterNumberedOn() throws {
        let (result, framework) = try evaluate(Self.yaml(focus: 2))
        let markdown = try render("markdown", result, framework)
        let begin = try XCTUnwrap(markdown.range(of: "### Begin hier"))
        let later = try XCTUnwrap(markdown.range(of: "### Later (3)"))
        XCTAssertLessThan(begin.lowerBound, later.lowerBound)
        XCTAssertTrue(markdown[begin.upperBound..<later.lowerBound].contains("1. **Wijs een vertrouwenspersoon aan.**"), markdown)
        XCTAssertTrue(markdown[later.upperBound...].contains("3. **Maak een rooster.**"), markdown)
        let text = try render("text", result, framework, language: .en)
        let start = try XCTUnwrap(text.range(of: "Start here"))
        let laterText = try XCTUnwrap(text.range(of: "Later (3)"))
        XCTAssertTrue(text[start.upperBound..<laterText.lowerBound].contains("2. Agree who has the key."), text)
        XCTAssertTrue(text[laterText.upperBound...].contains("5. Make a leaflet."), text)
    }

    func testHTMLFoldsLaterShut() throws {
        let (result, framework) = try evaluate(Self.yaml(focus: 2))
        let html = try render("html", result, framework)
        let later = try XCTUnwrap(html.range(of: "<details>"))
        XCTAssertTrue(html[later.upperBound...].contains("<ol start=\"3\">"), html)
        let begin = try XCTUnwrap(html.range(of: "Begin hier"))
        XCTAssertLessThan(begin.lowerBound, later.lowerBound)
        XCTAssertFalse(html[begin.upperBound..<later.lowerBound].contains("Maak een rooster."))
    }

    func testJSONAndCSVSayWhichToBeginWith() throws {
        let (result, framework) = try evaluate(Self.yaml(focus: 2))
        let json = ResultJSON.encode(result, language: .nl)
        guard case .object(let top) = json, case .array(let advice)? = top.first(where: { $0.0 == "advice" })?.1 else {
            return XCTFail("no advice array")
        }
        let focus = advice.map { item -> JSONValue? in
            guard case .object(let members) = item else { return nil }
            return members.first { $0.0 == "focus" }?.1
        }
        XCTAssertEqual(focus, [.bool(true), .bool(true), .bool(false), .bool(false), .bool(false)])
        let csv = try render("csv", result, framework, rows: .advice).components(separatedBy: "\r\n")
        XCTAssertEqual(csv[0], "respondent,date,number,focus,priority,effort,domain_id,advice,first_step,because")
        XCTAssertEqual(
            csv[1],
            "Buurthuis De Brug,,1,begin_here,critical,quick_win,,Wijs een vertrouwenspersoon aan.,"
                + "Vraag het bestuur om een naam.,")
        XCTAssertTrue(csv[3].hasPrefix("Buurthuis De Brug,,3,later,high,structural,"), csv[3])
    }

    func testAFocusBelowOneIsAnErrorWithAFix() {
        let loaded = Fixtures.framework(Self.yaml(focus: 0))
        XCTAssertNil(loaded.value)
        XCTAssertTrue(loaded.diagnostics.all.contains { $0.code.rawValue == "invalid-value" && $0.fix != nil })
    }
}
