import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// A youth club's board leaves blank who they call when worried about a child, answers "weet
/// niet" on first aid and on the key, and may not say "n.v.t." about the child. The framework
/// marks that question `unanswered: concern` and `allow: [unknown]`, counts "weet niet" as the
/// lowest answer in the safety domain and on the key question, and excludes it elsewhere.
///
/// Worked out (scale nee 0, deels 1, ja 2):
/// - veiligheid (`unknown: lowest`): melden blank → left out; ehbo weet niet → lowest, 0 of 2 → 0.
///   Mean of the one counted item: 0.
/// - huis (framework default `exclude`): sleutel weet niet with its own `unknown: lowest` → 0;
///   koffie ja → 100. Mean (0 + 100) / 2 = 50. Without the question's override it would be 100.
/// - The rule on melden cannot be decided without an answer, so its critical advice is not
///   given; "Zoek uit" lists melden (critical, not answered) with that advice waiting on it.
final class FindOutStoryTests: XCTestCase {
    static let yaml = """
        id: jeugdclub
        version: "1.0"
        title: {nl: Jeugdclubscan, en: Youth club scan}
        scales:
          - id: geregeld
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: deels, value: 1, label: {nl: Deels, en: Partly}}
              - {id: ja, value: 2, label: {nl: Ja, en: Yes}}
              - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
              - {id: nvt, role: not_applicable, label: {nl: N.v.t., en: Not applicable}}
        domains:
          - id: veiligheid
            title: {nl: Veiligheid, en: Safety}
            unknown: lowest
            questions:
              - id: melden
                scale: geregeld
                critical: true
                unanswered: concern
                allow: [unknown]
                text: {nl: We weten wie we bellen bij zorgen om een kind., en: We know whom to call when worried about a child.}
              - {id: ehbo, scale: geregeld, text: {nl: Er is een EHBO-doos., en: There is a first-aid kit.}}
          - id: huis
            title: {nl: Het huis, en: The house}
            questions:
              - {id: sleutel, scale: geregeld, unknown: lowest, text: {nl: De sleutel is geregeld., en: The key is arranged.}}
              - {id: koffie, scale: geregeld, text: {nl: Er is koffie., en: There is coffee.}}
        rules:
          - id: melden_open
            when: "melden != 'ja'"
            advice:
              text: {nl: Spreek af wie je belt bij zorgen om een kind., en: Agree whom to call when worried about a child.}
              priority: critical
              effort: quick_win
        """

    static let answers = "framework: jeugdclub\nanswers: {ehbo: weet_niet, sleutel: weet_niet, koffie: ja}\n"

    func scan() throws -> (AssessmentResult, Framework) {
        let framework = try Fixtures.validFramework(Self.yaml)
        return (Engine(framework: framework).evaluate(try Fixtures.response(Self.answers, for: framework)), framework)
    }

    func testUnknownCountsAsLowestWhereTheDomainOrQuestionSays() throws {
        let (result, _) = try scan()
        XCTAssertEqual(result.domains.map(\.score), [0, 50])
    }

    func testABlankConcernIsListedWithTheAdviceThatWaitsOnIt() throws {
        let (result, framework) = try scan()
        XCTAssertTrue(result.advice.isEmpty, "the rule on melden is undecided")
        XCTAssertEqual(result.findOut.map(\.questionID), ["melden"])
        XCTAssertEqual(result.findOut.first?.state, .unanswered)
        XCTAssertEqual(result.findOut.first?.critical, true)
        XCTAssertEqual(result.findOut.first?.waitingAdvice.map { $0.text(in: .nl) }, ["Spreek af wie je belt bij zorgen om een kind."])
        let markdown = try XCTUnwrap(RendererRegistry.builtIn.renderers["markdown"]).init()
            .render(result, framework: framework, options: RenderOptions(language: .nl))
        let section = try XCTUnwrap(markdown.range(of: "## Zoek uit"))
        let rest = markdown[section.upperBound...]
        XCTAssertTrue(rest.contains("**We weten wie we bellen bij zorgen om een kind.** *(kritiek item, niet ingevuld)*"), markdown)
        XCTAssertTrue(rest.contains("Wacht hierop: Spreek af wie je belt bij zorgen om een kind."), markdown)
        let text = try XCTUnwrap(RendererRegistry.builtIn.renderers["text"]).init()
            .render(result, framework: framework, options: RenderOptions(language: .en))
        XCTAssertTrue(text.contains("Find out"), text)
        let json = ResultJSON.encode(result, language: .en).serialized(compact: true)
        XCTAssertTrue(json.contains("\"find_out\":[{\"question\":\"melden\",\"domain\":\"veiligheid\""), json)
        XCTAssertTrue(json.contains("\"state\":\"unanswered\",\"critical\":true,\"waiting_advice\":[\"Agree whom to call"), json)
    }

    func testAnAnsweredConcernIsNotListed() throws {
        let framework = try Fixtures.validFramework(Self.yaml)
        let response = try Fixtures.response("framework: jeugdclub\nanswers: {melden: nee}\n", for: framework)
        let result = Engine(framework: framework).evaluate(response)
        XCTAssertTrue(result.findOut.isEmpty)
        XCTAssertEqual(result.advice.map(\.ruleID), ["melden_open"])
    }

    func testNotApplicableIsRefusedWhereTheQuestionDoesNotAllowIt() throws {
        let framework = try Fixtures.validFramework(Self.yaml)
        for word in ["nvt", "n.v.t."] {
            let text = "framework: jeugdclub\nanswers: {melden: \"\(word)\"}\n"
            let loaded = ResponseLoader().load(text: text, name: "r.yaml", framework: framework)
            XCTAssertNil(loaded.value, word)
            let problem = try XCTUnwrap(loaded.diagnostics.all.first { $0.code.rawValue == "invalid-answer" }, word)
            XCTAssertEqual(problem.message.en, "question 'melden' has no 'n.v.t.'")
            XCTAssertNotNil(problem.location)
        }
        // "weet niet" stays allowed, and ehbo keeps both.
        XCTAssertNotNil(
            ResponseLoader().load(
                text: "framework: jeugdclub\nanswers: {melden: weet_niet, ehbo: nvt}\n", name: "r.yaml",
                framework: framework
            ).value)
    }

    func testTheTemplatePaperFormAndFillDoNotOfferWhatIsNotAllowed() throws {
        let framework = try Fixtures.validFramework(Self.yaml)
        let template = TemplateWriter(framework: framework, language: .nl).write()
        let melden = try XCTUnwrap(template.range(of: "melden:"))
        let ehbo = try XCTUnwrap(template.range(of: "ehbo:"))
        let meldenComments = template[..<melden.lowerBound].suffix(300)
        let ehboComments = template[melden.upperBound..<ehbo.lowerBound]
        XCTAssertFalse(meldenComments.contains("nvt"), String(meldenComments))
        XCTAssertTrue(meldenComments.contains("weet_niet"), String(meldenComments))
        XCTAssertTrue(ehboComments.contains("nvt"), String(ehboComments))
        let form = PaperFormRenderer().render(framework, format: .markdown, language: .nl)
        let meldenForm = try XCTUnwrap(form.range(of: "We weten wie we bellen"))
        let ehboForm = try XCTUnwrap(form.range(of: "Er is een EHBO-doos"))
        XCTAssertFalse(form[meldenForm.upperBound..<ehboForm.lowerBound].contains("N.v.t."), form)
        XCTAssertTrue(form[ehboForm.upperBound...].contains("N.v.t."), form)
        var session = FillSession(
            framework: framework, response: Response(frameworkID: "jeugdclub", frameworkVersion: "1.0"),
            language: .nl, askRespondent: false, askContext: false, resume: false)
        let refused = session.handle("nvt")
        XCTAssertFalse(refused.changed)
        XCTAssertEqual(refused.feedback.first?.en, "this question has no 'not applicable'")
        XCTAssertTrue(session.handle("w").changed)
    }

    func testTheEngineCountsANonAnswerTheQuestionDoesNotAllowAsOpen() throws {
        // A response made in code (not through the loader, which refuses it) says "n.v.t." on
        // melden: the engine counts it as open, so it is still something to find out, and says so.
        let framework = try Fixtures.validFramework(Self.yaml)
        let at = SourceLocation(file: "code", line: 3, column: 5)
        let response = Response(
            frameworkID: "jeugdclub",
            answers: ["melden": Answer(value: .notApplicable, location: at), "ehbo": Answer(value: .notApplicable, location: at)])
        let result = Engine(framework: framework).evaluate(response)
        XCTAssertEqual(result.domains[0].items.map(\.state), [.unanswered, .notApplicable], "ehbo allows n.v.t.")
        XCTAssertEqual(result.findOut.map(\.questionID), ["melden"])
        let notice = try XCTUnwrap(result.notices.first { $0.code.rawValue == "invalid-answer" })
        XCTAssertEqual(notice.message.nl, "vraag 'melden' kent geen 'n.v.t.'; het antwoord telt als open")
        XCTAssertEqual(notice.location?.line, 3)
    }

    func testAnAllowWordThatIsNotANonAnswerIsAnError() {
        let loaded = Fixtures.framework(Self.yaml.replacingOccurrences(of: "allow: [unknown]", with: "allow: [unknown, nee]"))
        XCTAssertNil(loaded.value)
        XCTAssertTrue(loaded.diagnostics.all.contains { $0.code.rawValue == "invalid-value" && $0.fix != nil })
    }
}
