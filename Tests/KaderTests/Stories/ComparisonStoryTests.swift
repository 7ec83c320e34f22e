import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// A neighbourhood team compares this year's scan with last year's for a memo, and with a twin
/// team: grades beside scores, capped levels marked, what fell said in words, advice resolved by
/// a changed answer told apart from advice that no longer applies, and no "last minus first"
/// between two different teams.
///
/// Scale mate: nee 0, deels 1, ja 2, so an item scores 0, 50 or 100; a domain is the mean of its
/// asked items, the total the mean of the domains; grade = 1 + 9 × score / 100, one decimal. The
/// gate question `hek` is only asked when there is an outdoor space (`buiten = ja`).
///
/// 2025: veilig (100 + 100) / 2 = 100 Voorbeeldig, grade 10,0; leren (0 + 100) / 2 = 50 Op orde,
/// 5,5; huis (100 + 100 + 0) / 3 = 66,7 Op orde, 1 + 6,0 = 7,0; total (100 + 50 + 66,7) / 3 = 72,2
/// Op orde, 1 + 6,5 = 7,5. Advice: evalueren (evaluatie nee) and hek (hek nee).
///
/// 2026: veilig (50 + 50) / 2 = 50, band Op orde, capped to Basis because the code is not signed
/// by all, grade 5,5 (level capped); leren (100 + 50) / 2 = 75 Op orde, 7,75 → 7,8; huis: no
/// outdoor space, so `hek` is not asked: (50 + 0) / 2 = 25 Basis, 1 + 2,25 = 3,25 → 3,3; total
/// (50 + 75 + 25) / 3 = 50, band Op orde, capped to Basis, grade 5,5 (level capped). Advice:
/// code (new), scholing (new); evalueren resolved by a changed answer; hek no longer applies.
final class ComparisonStoryTests: XCTestCase {
    static func yaml(version: String = "1.0", withEvaluationAdvice: Bool = true) -> String {
        let evaluation = """
              - id: evalueren
                domain: leren
                when: "evaluatie != 'ja'"
                advice: {text: {nl: Evalueer elk jaar met het hele team., en: Evaluate every year with the whole team.}}

            """
        return """
            id: wijkteam
            version: "\(version)"
            title: {nl: Wijkteamscan, en: Neighbourhood team scan}
            scales:
              - id: mate
                options:
                  - {id: nee, value: 0, label: {nl: Nee, en: No}}
                  - {id: deels, value: 1, label: {nl: Deels, en: Partly}}
                  - {id: ja, value: 2, label: {nl: Ja, en: Yes}}
            domains:
              - id: veilig
                title: {nl: Veiligheid, en: Safety}
                questions:
                  - {id: code, scale: mate, critical: true, text: {nl: De gedragscode is getekend., en: The code of conduct is signed.}}
                  - {id: ehbo, scale: mate, text: {nl: Er is EHBO., en: There is first aid.}}
              - id: leren
                title: {nl: Monitoren en leren, en: Monitoring and learning}
                questions:
                  - {id: evaluatie, scale: mate, text: {nl: We evalueren., en: We evaluate.}}
                  - {id: scholing, scale: mate, text: {nl: We scholen., en: We train.}}
              - id: huis
                title: {nl: Het huis, en: The house}
                questions:
                  - {id: ruimte, scale: mate, text: {nl: Er is ruimte binnen., en: There is room indoors.}}
                  - {id: buiten, scale: mate, text: {nl: Er is een buitenruimte., en: There is an outdoor space.}}
                  - id: hek
                    scale: mate
                    relevant: "buiten == 'ja'"
                    text: {nl: De buitenruimte heeft een hek., en: The outdoor space is fenced.}
            levels:
              - {id: basis, min: 0, max: 50, label: {nl: Basis, en: Basic}}
              - {id: op_orde, min: 50, max: 80, label: {nl: Op orde, en: On track}}
              - {id: voorbeeldig, min: 80, max: 100, label: {nl: Voorbeeldig, en: Exemplary}}
            grades: {formula: "1 + 9 * score / 100"}
            rules:
              - id: code
                domain: veilig
                when: "code != 'ja'"
                because: {nl: De gedragscode is niet door iedereen getekend., en: Not everyone has signed the code of conduct.}
                cap: basis
                advice: {text: {nl: Laat iedereen de gedragscode tekenen., en: Have everyone sign the code of conduct.}, priority: critical}
            \(withEvaluationAdvice ? evaluation : "")  - id: scholing
                domain: leren
                when: "scholing != 'ja'"
                advice: {text: {nl: Plan scholing voor het team., en: Plan training for the team.}}
              - id: hek
                domain: huis
                when: "hek != 'ja'"
                advice: {text: {nl: Zet een hek om de buitenruimte., en: Fence the outdoor space.}}
            """
    }

    static let lastYear = """
        framework: wijkteam
        respondent: Wijkteam Noord
        date: 2025-10-01
        answers: {code: ja, ehbo: ja, evaluatie: nee, scholing: ja, ruimte: ja, buiten: ja, hek: nee}
        """
    static let thisYear = """
        framework: wijkteam
        respondent: Wijkteam Noord
        date: 2026-10-01
        answers: {code: deels, ehbo: deels, evaluatie: ja, scholing: deels, ruimte: deels, buiten: nee}
        """
    static let twin = """
        framework: wijkteam
        respondent: Wijkteam Zuid
        date: 2026-09-15
        answers: {code: ja, ehbo: ja, evaluatie: ja, scholing: ja, ruimte: ja, buiten: ja, hek: ja}
        """

    func scan(_ answers: String, _ framework: Framework) throws -> AssessmentResult {
        Engine(framework: framework).evaluate(try Fixtures.response(answers, for: framework))
    }

    func render(
        _ format: String, _ comparison: Comparison, _ framework: Framework, language: Language = .nl, rows: RenderOptions.Rows = .domains
    ) throws
        -> String
    {
        try XCTUnwrap(RendererRegistry.builtIn.renderers[format]).init()
            .render(comparison, framework: framework, options: RenderOptions(language: language, rows: rows))
    }

    func overTime() throws -> (Comparison, Framework) {
        let framework = try Fixtures.validFramework(Self.yaml())
        let comparison = ComparisonBuilder.compare([
            (try scan(Self.thisYear, framework), framework), (try scan(Self.lastYear, framework), framework)
        ])
        return (comparison, framework)
    }

    func testTheNumbersAreThoseWorkedOutAbove() throws {
        let (c, _) = try overTime()
        XCTAssertEqual(c.mode, .overTime)
        XCTAssertEqual(c.overall.scores.map { $0.map { ($0 * 10).rounded() / 10 } }, [72.2, 50])
        XCTAssertEqual(c.overall.levels, ["op_orde", "basis"])
        XCTAssertEqual(c.overall.grades, [7.5, 5.5])
        XCTAssertEqual(c.overall.capped, [false, true])
        XCTAssertEqual(c.domains.map(\.scores), [[100, 50], [50, 75], [66.7, 25]])
        XCTAssertEqual(c.domains.map(\.grades), [[10, 5.5], [5.5, 7.8], [7, 3.3]])
        XCTAssertEqual(c.domains.map(\.capped), [[false, true], [false, false], [false, false]])
        XCTAssertEqual(([c.overall] + c.domains).map(\.trend), [.declined, .declined, .improved, .declined])
    }

    func testEveryReportShowsGradesBesideScoresAndMarksTheCappedLevel() throws {
        let (c, framework) = try overTime()
        // The terminal writes a result's score, level and grade on lines of their own.
        let text = try render("text", c, framework)
        XCTAssertTrue(text.contains("  Veiligheid                100,0                          50,0     −50,0\n"), text)
        XCTAssertTrue(text.contains("                      Voorbeeldig              Basis (begrensd)\n"), text)
        XCTAssertTrue(text.contains("                      cijfer 10,0  cijfer 5,5 (niveau begrensd)\n"), text)
        let markdown = try render("markdown", c, framework)
        XCTAssertTrue(
            markdown.contains("| **Totaal** | 72,2 Op orde cijfer 7,5 | 50,0 Basis (begrensd) cijfer 5,5 (niveau begrensd) | −22,2 |"),
            markdown)
        let html = try render("html", c, framework)
        XCTAssertTrue(html.contains("cijfer 5,5 <span class=\"warning\">(niveau begrensd)</span>"), html)
        let csv = try render("csv", c, framework)
        XCTAssertTrue(
            csv.hasPrefix(
                "domain_id,domain,score 2025-10-01,level 2025-10-01,grade 2025-10-01,capped 2025-10-01,"
                    + "score 2026-10-01,level 2026-10-01,grade 2026-10-01,capped 2026-10-01,change,trend,in_words\r\n"), csv)
        XCTAssertTrue(csv.contains("veilig,Veiligheid,100,Voorbeeldig,10,false,50,Basis,5.5,true,-50,declined,"), csv)
        let json = try render("json", c, framework)
        XCTAssertTrue(json.contains("\"capped\": [\n      false,\n      true\n    ]"), json)
        XCTAssertTrue(json.contains("\"trend\": \"declined\""), json)
    }

    func testDeclinesAreSaidInWordsInEveryFormat() throws {
        let (c, framework) = try overTime()
        let declined = "Veiligheid daalde van Voorbeeldig naar Basis (100,0 → 50,0)"
        for format in ["text", "markdown", "html"] {
            let report = try render(format, c, framework).replacingOccurrences(of: "**", with: "")
            let plain = report.replacingOccurrences(of: "<strong>", with: "").replacingOccurrences(of: "</strong>", with: "")
                .replacingOccurrences(of: "<span class=\"level\">", with: "").replacingOccurrences(of: "</span>", with: "")
            XCTAssertTrue(plain.contains(declined), "\(format):\n\(plain)")
            XCTAssertTrue(plain.contains("Monitoren en leren steeg van 50,0 naar 75,0 (blijft Op orde)"), format)
        }
        XCTAssertTrue(try render("text", c, framework, language: .en).contains("Safety fell from Exemplary to Basic (100.0 → 50.0)"))
        XCTAssertTrue(try render("csv", c, framework).contains("Veiligheid daalde van Voorbeeldig naar Basis (100,0 → 50,0)"))
    }

    func testAdviceResolvedByAnAnswerIsToldApartFromAdviceThatNoLongerApplies() throws {
        let (c, framework) = try overTime()
        XCTAssertEqual(c.adviceResolved.map(\.ruleID), ["evalueren"])
        XCTAssertEqual(c.adviceNoLongerApplies.map(\.advice.ruleID), ["hek"])
        XCTAssertEqual(c.adviceNoLongerApplies.first?.followUp.lapse, .questionNotAsked)
        XCTAssertEqual(c.adviceNew.map(\.ruleID), ["code", "scholing"])
        let text = try render("text", c, framework)
        XCTAssertTrue(text.contains("Opgelost door een ander antwoord\n  - Evalueer elk jaar met het hele team."), text)
        XCTAssertTrue(
            text.contains(
                "Vervallen advies\n  - Zet een hek om de buitenruimte.\n"
                    + "    de vraag wordt niet meer gesteld of is n.v.t.: 'De buitenruimte heeft een hek.'"), text)
        let csv = try render("csv", c, framework, rows: .advice)
        XCTAssertTrue(csv.contains("evalueren,leren,Evalueer elk jaar met het hele team.,resolved,,\r\n"), csv)
        XCTAssertTrue(csv.contains("hek,huis,Zet een hek om de buitenruimte.,no_longer_applies,question_not_asked,"), csv)
        let json = try render("json", c, framework)
        XCTAssertTrue(json.contains("\"reason\": \"question_not_asked\""), json)
        // A new framework version without the evaluation advice: that advice no longer applies
        // because the framework changed, not because the team answered differently.
        let old = try Fixtures.validFramework(Self.yaml())
        let new = try Fixtures.validFramework(Self.yaml(version: "1.1", withEvaluationAdvice: false))
        let changed = ComparisonBuilder.compare([(try scan(Self.lastYear, old), old), (try scan(Self.thisYear, new), new)])
        XCTAssertTrue(changed.adviceResolved.isEmpty)
        XCTAssertEqual(changed.adviceNoLongerApplies.map(\.followUp.lapse), [.frameworkChanged, .questionNotAsked])
        XCTAssertTrue(try render("markdown", changed, new).contains("het kader veranderde (1.0 → 1.1)"))
    }

    func testTwoTeamsSideBySideHaveNoLastMinusFirst() throws {
        let framework = try Fixtures.validFramework(Self.yaml())
        let c = ComparisonBuilder.compare([(try scan(Self.thisYear, framework), framework), (try scan(Self.twin, framework), framework)])
        XCTAssertEqual(c.mode, .sideBySide)
        XCTAssertNil(c.overall.change)
        XCTAssertNil(c.overall.trend)
        XCTAssertTrue(c.adviceResolved.isEmpty && c.adviceNoLongerApplies.isEmpty)
        for format in ["text", "markdown", "html"] {
            let report = try render(format, c, framework)
            XCTAssertFalse(report.contains("Verschil"), format)
            XCTAssertFalse(report.contains("In het kort"), format)
            XCTAssertFalse(report.contains(" → "), "\(format): one team's answer does not lead to the other's")
            XCTAssertTrue(report.contains("cijfer 10,0"), format)
        }
        XCTAssertFalse(try render("csv", c, framework).contains("change"))
        let json = try render("json", c, framework)
        XCTAssertFalse(json.contains("\"change\""), json)
        XCTAssertFalse(json.contains("\"trend\""), json)
    }
}
