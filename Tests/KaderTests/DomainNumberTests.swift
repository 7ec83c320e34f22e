import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// The mosque framework numbers its seven aspects 1-7 as the seed and KIS do, with the
/// preconditions "vooraf": a domain's declared `number:` is what the form, the template,
/// `kader fill` and the reports show, and what `kader fill` finds a question by.
final class DomainNumberTests: XCTestCase {
    func framework(_ numbers: (String, String) = ("{nl: Vooraf, en: Before}", "\"1\"")) -> String {
        """
        id: demo
        version: "1.0.0"
        title: {nl: Demo, en: Demo}
        scales:
          - id: ja_nee
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
        domains:
          - id: basis
            role: precondition
            number: \(numbers.0)
            title: {nl: Randvoorwaarden, en: Preconditions}
            questions:
              - {id: commissie, scale: ja_nee, text: {nl: Er is een commissie., en: There is a committee.}}
          - id: visie
            number: 1️⃣\(numbers.1)
            title: {nl: Visie, en: Vision}
            questions:
              - {id: plan, scale: ja_nee, text: {nl: Er is een plan., en: There is a plan.}}
              - {id: papier, scale: ja_nee, text: {nl: Het staat op papier., en: It is on paper.}}
          - id: ouders
            title: {nl: Ouders, en: Parents}
            questions:
              - {id: brief, scale: ja_nee, text: {nl: Er is een brief., en: There is a letter.}}
        """
    }

    func testDeclaredNumbersNameTheDomainsAndTheirQuestions() throws {
        let loaded = Fixtures.framework(framework().replacingOccurrences(of: "1️⃣", with: ""))
        let demo = try XCTUnwrap(loaded.value, LoaderCheck.describe(loaded.diagnostics))
        XCTAssertEqual(demo.number(ofQuestion: "commissie", in: .nl), "Vooraf.1")
        XCTAssertEqual(demo.number(ofQuestion: "commissie", in: .en), "Before.1")
        XCTAssertEqual(demo.number(ofQuestion: "papier", in: .nl), "1.2")
        XCTAssertEqual(demo.number(ofQuestion: "brief", in: .nl), "3.1", "a domain without a number keeps its place")
        XCTAssertEqual(demo.numberedTitle(ofDomainAt: 0, in: .nl), "Vooraf: Randvoorwaarden")
        XCTAssertEqual(demo.numberedTitle(ofDomainAt: 1, in: .en), "1. Vision")
        XCTAssertEqual(demo.questionNumbered("vooraf.1")?.id, "commissie", "fill finds it in any case")
        XCTAssertEqual(demo.questionNumbered("BEFORE.1")?.id, "commissie", "and in either language")
        XCTAssertEqual(demo.questionNumbered("1.2")?.id, "papier")
        XCTAssertNil(demo.questionNumbered("2.1"), "the second domain is number 1 now")

        let form = PaperFormRenderer().render(demo, format: .markdown, language: .nl)
        XCTAssertTrue(form.contains("## Vooraf: Randvoorwaarden"), form)
        XCTAssertTrue(form.contains("**1\\.2:** Het staat op papier."), form)
        XCTAssertTrue(form.contains("| 1. Visie |"), "the score sheet numbers the same way: \(form)")
        XCTAssertTrue(form.contains("**Niet in het totaal:** Vooraf: Randvoorwaarden"), form)
        let template = TemplateWriter(framework: demo, language: .en).write()
        XCTAssertTrue(template.contains("# === Before: Preconditions"), template)
        XCTAssertTrue(template.contains("# Before.1 There is a committee."), template)
    }

    func testABoardGoesToAQuestionOfTheMosqueFrameworkByTheNumberOnThePaperForm() throws {
        let text = try String(contentsOfFile: Fixtures.root + "/Frameworks/moskeeonderwijs.yaml", encoding: .utf8)
        let mosque = try XCTUnwrap(FrameworkLoader().load(text: text, name: "moskeeonderwijs.yaml").value)
        XCTAssertEqual(
            (0..<mosque.domains.count).map { mosque.number(ofDomainAt: $0, in: .nl) },
            ["Vooraf", "1", "2", "3", "4", "5", "6", "7"])
        var session = FillSession(
            framework: mosque, response: Response(frameworkID: "moskeeonderwijs", frameworkVersion: mosque.version),
            language: .nl, askRespondent: false, askContext: false)
        _ = session.handle("g 3.5")
        XCTAssertEqual(session.step, .question("geen_straf"), "3.5 is the code of conduct, in aspect 3 as on the form")
        XCTAssertTrue(session.promptText.contains("3.5  Elke leskracht heeft een gedragscode ondertekend."), session.promptText)
        XCTAssertTrue(session.promptText.contains("domein 4 van 8: 3. Vaardigheden"), session.promptText)
        _ = session.handle("g vooraf.1")
        XCTAssertEqual(session.step, .question(mosque.domains[0].questions[0].id))
    }

    func testReportsNumberTheDomainsOnlyWhenTheFrameworkDeclaresNumbers() throws {
        let numbered = try XCTUnwrap(Fixtures.framework(framework().replacingOccurrences(of: "1️⃣", with: "")).value)
        let answers = "framework: demo\nanswers: {commissie: ja, plan: nee, papier: ja, brief: ja}\n"
        let response = try XCTUnwrap(ResponseLoader().load(text: answers, name: "r.yaml", framework: numbered).value)
        let text = TextRenderer().render(
            Engine(framework: numbered).evaluate(response), framework: numbered,
            options: RenderOptions(language: .nl))
        XCTAssertTrue(text.contains("Vooraf: Randvoorwaarden"), text)
        XCTAssertTrue(text.contains("1. Visie"), text)
        let plain = try XCTUnwrap(
            Fixtures.framework(
                framework(("\"0\"", "\"1\"")).replacingOccurrences(of: "1️⃣", with: "")
                    .replacingOccurrences(of: "    number: \"0\"\n", with: "").replacingOccurrences(of: "    number: \"1\"\n", with: "")
            ).value)
        XCTAssertFalse(plain.declaresDomainNumbers)
        let plainText = TextRenderer().render(
            Engine(framework: plain).evaluate(response), framework: plain,
            options: RenderOptions(language: .nl))
        XCTAssertFalse(plainText.contains("1. Visie"), plainText)
    }

    func testTwoDomainsWithOneNumberIsAnError() {
        let found = LoaderCheck.expect(
            framework(("{nl: Vooraf, en: Before}", "{nl: vooraf, en: X}")),
            code: "duplicate-id", message: "domain 'basis' already has number 'vooraf'")
        XCTAssertEqual(found?.fix?.en, "give every domain a number of its own")
    }

    func testANumberWithAPointIsAnError() {
        LoaderCheck.expect(
            framework(("{nl: Vooraf, en: Before}", "\"1.1\"")), code: "invalid-value",
            message: "domain number '1.1' may not contain a point or a space")
    }
}
