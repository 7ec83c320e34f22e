import CustomPluginExample
import Foundation
import Kader
import KaderImport
import KaderReports
import KaderTestSupport
import XCTest

/// A municipality gives the collaboration with the youth team a mark from 1 to 10, with the
/// plugin kind `rating`. The mark goes through everything a built-in question goes through:
/// scoring and JSON, `kader fill`, the answer template, the paper form and handout, the reports
/// and the explanation, and CSV import.
final class RatingQuestionTests: XCTestCase {
    let yaml = """
        id: samenwerking
        version: "1.0"
        title: {nl: Samenwerking rond de locatie, en: Collaboration around the location}
        scales: []
        domains:
          - id: partners
            title: {nl: Partners, en: Partners}
            questions:
              - id: cijfer_jeugdteam
                type: rating
                text: {nl: Welk cijfer geeft u de samenwerking met het jeugdteam?, \
        en: What mark do you give the collaboration with the youth team?}
              - id: afspraken
                type: yesno
                text: {nl: Zijn de afspraken met het jeugdteam vastgelegd?, en: Are the agreements with the youth team written down?}
        rules:
          - id: samenwerking_onvoldoende
            domain: partners
            when: "cijfer_jeugdteam < 6"
            advice: {nl: Plan een gesprek met het jeugdteam over wat beter kan., \
        en: Plan a talk with the youth team about what could be better.}
        """

    func framework() throws -> Framework { try Fixtures.validFramework(yaml, registry: customRegistry) }

    func result(_ answers: String) throws -> (Framework, AssessmentResult) {
        let framework = try framework()
        let response = try Fixtures.answers(answers, for: framework)
        return (framework, Engine(framework: framework).evaluate(response))
    }

    func testAMarkIsScoredLinearlyAndReadByRules() throws {
        let (_, result) = try result("cijfer_jeugdteam: 4\nafspraken: ja")
        let items = try XCTUnwrap(result.domains.first?.items)
        // 4 on 1–10 is (4 − 1) / 9 of the way: 33.3; "ja" is 100; the mean, rounded, is 66.7.
        XCTAssertEqual(try XCTUnwrap(items[0].score), 100.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(items[0].maxPoints, 10)
        XCTAssertEqual(result.domains.first?.score, 66.7)
        XCTAssertEqual(result.advice.map(\.ruleID), ["samenwerking_onvoldoende"])

        let json = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(ResultJSON.encode(result, language: .nl).serialized().utf8)) as? [String: Any])
        let domains = try XCTUnwrap(json["domains"] as? [[String: Any]])
        let item = try XCTUnwrap((domains.first?["items"] as? [[String: Any]])?.first)
        XCTAssertEqual(item["answer"] as? Double, 4)
        XCTAssertEqual(item["answer_text"] as? String, "4 van 10")
        XCTAssertEqual(item["max_points"] as? Double, 10)
    }

    func testAMarkOutsideTheRangeIsAnErrorWithItsPlace() throws {
        let framework = try framework()
        let loaded = ResponseLoader().load(
            text: "framework: samenwerking\nanswers:\n  cijfer_jeugdteam: 11\n", name: "r.yaml", framework: framework)
        let error = try XCTUnwrap(loaded.diagnostics.errors.first)
        XCTAssertEqual(error.message.nl, "'11' is geen cijfer van 1 tot en met 10 bij 'cijfer_jeugdteam'")
        XCTAssertEqual(error.location?.line, 3)
    }

    func testFillAsksForTheMarkAndTakesSevenOutOfTen() throws {
        let framework = try framework()
        var session = FillSession(
            framework: framework, response: Response(frameworkID: "samenwerking"), language: .nl,
            askRespondent: false, askContext: false)
        XCTAssertTrue(
            session.promptText.contains("     Typ een getal van 1 tot en met 10.\n     w  Weet niet\n     n  N.v.t.\n"), session.promptText)
        let refused = session.handle("11")
        XCTAssertEqual(
            refused.feedback.first?.nl,
            "'11' is geen cijfer van 1 tot en met 10 bij 'cijfer_jeugdteam' (geef een heel getal van 1 tot en met 10, zoals 7)")
        XCTAssertEqual(session.step, .question("cijfer_jeugdteam"))
        let taken = session.handle("7/10 o: ze komen elke week")
        XCTAssertEqual(taken.feedback.first?.nl, "→ 7 van 10")
        XCTAssertEqual(session.response.answers["cijfer_jeugdteam"]?.value, .number(7))
        XCTAssertEqual(session.response.answers["cijfer_jeugdteam"]?.note, "ze komen elke week")
        _ = session.handle("1")
        XCTAssertEqual(session.response.answers["afspraken"]?.value, .bool(true))

        let written = ResponseWriter(framework: framework).write(session.response)
        XCTAssertTrue(written.contains("  cijfer_jeugdteam:\n    value: 7\n    note: \"ze komen elke week\"\n"), written)
        XCTAssertEqual(try Fixtures.response(written, for: framework).answers["cijfer_jeugdteam"]?.value, .number(7))
    }

    func testTheTemplateSaysWhichMarksAreAccepted() throws {
        let framework = try framework()
        let template = TemplateWriter(framework: framework, language: .nl).write()
        XCTAssertTrue(
            template.contains(
                """
                  # 1.1 Welk cijfer geeft u de samenwerking met het jeugdteam?
                  #   Een getal vanaf 1 tot en met 10; of weet_niet of nvt
                  cijfer_jeugdteam:
                """), template)
        let filled = template.replacingOccurrences(of: "  cijfer_jeugdteam:\n", with: "  cijfer_jeugdteam: 8/10\n")
        XCTAssertEqual(try Fixtures.response(filled, for: framework).answers["cijfer_jeugdteam"]?.value, .number(8))
    }

    func testThePaperFormPrintsANumberLine() throws {
        let framework = try framework()
        let markdown = PaperFormRenderer().render(framework, format: .markdown, language: .nl)
        XCTAssertTrue(markdown.contains("*Kruis één cijfer aan: 1 is het laagst, 10 het hoogst.*\n"), markdown)
        XCTAssertTrue(markdown.contains((1...10).map { "[ ] \($0)" }.joined(separator: "   ") + "\n"), markdown)
        XCTAssertTrue(markdown.contains("- [ ] Weet niet\n- [ ] N.v.t.\n"), markdown)
        let html = PaperFormRenderer().render(framework, format: .html, language: .en)
        let line = try XCTUnwrap(html.range(of: "<ul class=\"boxes number-line\">\n"))
        let end = try XCTUnwrap(html.range(of: "</ul>", range: line.upperBound..<html.endIndex))
        XCTAssertEqual(html[line.upperBound..<end.lowerBound].components(separatedBy: "<li>").count - 1, 10)
        let handout = HandoutRenderer().render(framework, format: .markdown, language: .nl)
        XCTAssertTrue(handout.contains("- 1\\.1 Welk cijfer geeft u de samenwerking met het jeugdteam?\n"), handout)
        // The mark counts in the domain score like the yes/no question beside it.
        XCTAssertTrue(handout.contains("| Partners | 2 | gemiddelde van de itemscores | 1 |\n"), handout)
    }

    func testReportsAndTheExplanationShowTheMark() throws {
        let (framework, result) = try result("cijfer_jeugdteam: {value: 4, note: \"Ze komen te weinig langs.\"}\nafspraken: nee")
        let options = RenderOptions(language: .nl)
        let text = TextRenderer().render(result, framework: framework, options: options)
        XCTAssertTrue(
            text.contains("  Welk cijfer geeft u de samenwerking met het jeugdteam? (4 van 10)\n    Ze komen te weinig langs.\n"), text)
        let markdown = MarkdownRenderer().render(result, framework: framework, options: options)
        XCTAssertTrue(
            markdown.contains("- Welk cijfer geeft u de samenwerking met het jeugdteam? (4 van 10): Ze komen te weinig langs.\n"), markdown)
        // The answer with its note is in the appendix of answers, which comes with --appendix.
        let html = HTMLRenderer().render(result, framework: framework, options: RenderOptions(language: .en, appendix: true))
        XCTAssertTrue(html.contains("</td><td>4 out of 10</td><td class=\"note\">Ze komen te weinig langs.</td>"), html)
        let response = try Fixtures.answers("cijfer_jeugdteam: 4\nafspraken: nee", for: framework)
        let lines = try Explainer(framework: framework).explain(response, target: .item("cijfer_jeugdteam")).get().map(\.text.nl)
        XCTAssertTrue(lines.contains("Antwoord: 4 van 10"), "\(lines)")
        XCTAssertTrue(lines.contains { $0.hasPrefix("4 van 10 → 4 / 10") }, "\(lines)")
    }

    func testASurveyExportWithMarksImports() throws {
        let framework = try framework()
        let csv = "Naam;cijfer_jeugdteam;afspraken\nDe Brug;7;Ja\nHet Anker;8/10;nee\nDe Haven;12;nee\n"
        let outcome = SurveyImport.read(csv: Array(csv.utf8), name: "export.csv", framework: framework)
        XCTAssertEqual(outcome.responses.map { $0.answers["cijfer_jeugdteam"]?.value }, [.number(7), .number(8), .unanswered])
        // A mark that is no mark is kept, as a note, not lost.
        XCTAssertEqual(outcome.responses.last?.answers["cijfer_jeugdteam"]?.note?.contains("12"), true)
        XCTAssertEqual(outcome.responses.map(\.respondent), ["De Brug", "Het Anker", "De Haven"])
        let warning = try XCTUnwrap(outcome.diagnostics.all.first { $0.code.rawValue == "csv-unknown-value" })
        XCTAssertTrue(warning.message.nl.contains("'12' is geen cijfer van 1 tot en met 10"), warning.message.nl)
    }

    func testTheKindsOwnKeyIsCheckedWhereItIsWritten() throws {
        let wrong = yaml.replacingOccurrences(of: "        type: rating\n", with: "        type: rating\n        highest: 1\n")
        let error = try XCTUnwrap(Fixtures.framework(wrong, registry: customRegistry).diagnostics.errors.first)
        XCTAssertEqual(error.message.en, "highest must be from 2 to 100, not 1")
        XCTAssertEqual(error.location?.line, 11)
        let misspelt = yaml.replacingOccurrences(of: "        type: rating\n", with: "        type: rating\n        higest: 5\n")
        let fix = try XCTUnwrap(Fixtures.framework(misspelt, registry: customRegistry).diagnostics.errors.first?.fix?.en)
        XCTAssertTrue(fix.contains("'highest'"), fix)
    }

    func testWithoutTheRegistryRatingIsAnUnknownType() {
        let messages = FrameworkLoader().load(text: yaml, name: "samenwerking.yaml").diagnostics.all.map(\.message.en)
        XCTAssertTrue(messages.contains { $0.contains("'rating'") }, "\(messages)")
    }
}
