import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// A scouting group's framework says who answers ("de scoutinggroep") and addresses its
/// volunteers with "je". The template, the paper form, the handout and `kader fill` say so
/// instead of "de moskee, de gemeente of de interventie" and "u"; a framework that says nothing
/// keeps the formal defaults.
final class OwnWordsStoryTests: XCTestCase {
    static func yaml(report: String) -> String {
        """
        id: scouting
        version: "1.0"
        title: {nl: Scoutingscan, en: Scouting scan}
        guidance: {nl: Begin met het bestuur., en: Start with the board.}
        \(report)
        scales:
          - id: mate
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
              - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
        domains:
          - id: groep
            title: {nl: De groep, en: The group}
            questions:
              - {id: leiding, scale: mate, text: {nl: Er is genoeg leiding., en: There are enough leaders.}}
        levels:
          - {id: laag, min: 0, max: 50, label: {nl: Laag, en: Low}}
          - {id: hoog, min: 50, max: 100, label: {nl: Hoog, en: High}}
        """
    }

    static let informal = yaml(report: "report: {respondent: {nl: de scoutinggroep, en: the scouting group}, address: je}")

    func testTheTemplateNamesWhoAnswersAndSaysJe() throws {
        let template = TemplateWriter(framework: try Fixtures.validFramework(Self.informal), language: .nl).write()
        XCTAssertTrue(template.contains("respondent:    # wie antwoordt: de scoutinggroep"), template)
        XCTAssertTrue(template.contains("je hem (nog) niet beantwoordt"), template)
        XCTAssertTrue(template.contains("je\n# toelichting"), template)
        XCTAssertFalse(template.contains(" u ") || template.contains("moskee"), template)
        let english = TemplateWriter(framework: try Fixtures.validFramework(Self.informal), language: .en).write()
        XCTAssertTrue(english.contains("who answers: the scouting group"), english)
    }

    func testThePaperFormAndHandoutFollowTheFramework() throws {
        let framework = try Fixtures.validFramework(Self.informal)
        let form = PaperFormRenderer().render(framework, format: .markdown, language: .nl)
        XCTAssertTrue(form.contains("Naam van de scoutinggroep"), form)
        XCTAssertTrue(form.contains("Zo vul je het formulier in"), form)
        XCTAssertTrue(form.contains("Weet je het niet"), form)
        XCTAssertFalse(form.contains("Weet u") || form.contains("moskee"), form)
        let handout = HandoutRenderer().render(framework, format: .markdown, language: .nl)
        XCTAssertTrue(handout.contains("Hoe je begint"), handout)
        XCTAssertTrue(handout.contains("waar je staat; je werkt"), handout)
    }

    func testFillAsksForTheNameOfWhoAnswers() throws {
        let framework = try Fixtures.validFramework(Self.informal)
        let session = FillSession(
            framework: framework, response: Response(frameworkID: "scouting", frameworkVersion: "1.0"),
            language: .nl, askRespondent: true, askContext: false, resume: false)
        XCTAssertTrue(session.promptText.contains("Typ de naam van de scoutinggroep"), session.promptText)
        XCTAssertTrue(session.helpText.contains("Zo vul je in"), session.helpText)
    }

    func testWithoutSettingsTheFormalDefaultsStay() throws {
        let framework = try Fixtures.validFramework(Self.yaml(report: ""))
        XCTAssertTrue(
            TemplateWriter(framework: framework, language: .nl).write()
                .contains("wie antwoordt: de moskee, de gemeente of de interventie"))
        XCTAssertTrue(PaperFormRenderer().render(framework, format: .markdown, language: .nl).contains("Zo vult u het formulier in"))
    }
}
