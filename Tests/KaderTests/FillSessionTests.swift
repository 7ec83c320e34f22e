import Kader
import KaderTestSupport
import XCTest

/// The questionnaire behind `kader fill`, driven line by line as a board would type: options
/// by number, "weet niet" and "n.v.t.", notes, back, skip, go to, and relevance as answers
/// come in.
final class FillSessionTests: XCTestCase {
    static let yaml = """
        id: avond
        version: "1.0"
        title: {nl: Avondschool, en: Evening school}
        context:
          - {id: plaats, label: {nl: Plaats, en: Place}}
          - {id: kinderen, type: number, label: {nl: Aantal kinderen, en: Number of children}}
        scales:
          - id: mate
            options:
              - {id: nog_niet, value: 0, label: {nl: Nog niet, en: Not yet}, help: {nl: Gebeurt nog niet., en: Does not happen yet.}}
              - {id: deels, value: 1, label: {nl: Deels, en: Partly}}
              - {id: volledig, value: 2, label: {nl: Volledig, en: Fully}}
              - {id: weet_niet, role: unknown, label: {nl: Weet niet, en: Don't know}}
              - {id: nvt, role: not_applicable, label: {nl: N.v.t., en: N/a}}
        domains:
          - id: basis
            title: {nl: Basis, en: Basics}
            questions:
              - {id: plan, scale: mate, required: true, text: {nl: Er is een plan., en: There is a plan.}, \
        help: {nl: Een A4 is genoeg., en: One page is enough.}}
              - {id: eerste_keer, type: yesno, scored: false, text: {nl: Is dit de eerste keer?, en: Is this the first time?}}
              - {id: opvolging, scale: mate, relevant: "not eerste_keer", \
        text: {nl: De vorige punten zijn opgepakt., en: The previous points were taken up.}}
          - id: extra
            title: {nl: Extra, en: Extra}
            questions:
              - id: kanalen
                type: multi
                min_choices: 1
                text: {nl: Hoe bereikt u ouders?, en: How do you reach parents?}
                options:
                  - {id: app, label: {nl: App, en: App}}
                  - {id: brief, label: {nl: Brief, en: Letter}}
                  - {id: website, label: {nl: Website, en: Website}}
              - {id: groep, type: number, min: 1, max: 40, integer: true, text: {nl: Hoe groot is een groep?, en: How large is a group?}}
              - {id: goed, type: text, text: {nl: Wat gaat goed?, en: What goes well?}}
        """

    var framework: Framework!

    override func setUpWithError() throws { framework = try Fixtures.validFramework(Self.yaml) }

    func session(_ response: Response? = nil, language: Language = .nl, header: Bool = false, resume: Bool = false) -> FillSession {
        FillSession(
            framework: framework, response: response ?? Response(frameworkID: "avond", frameworkVersion: "1.0"), language: language,
            askRespondent: header, askContext: header, resume: resume)
    }

    /// Feeds lines and returns the replies.
    @discardableResult
    func type(_ lines: [String], into session: inout FillSession) -> [FillSession.Reply] { lines.map { session.handle($0) } }

    func testABoardFillsInTheWholeScan() throws {
        var s = session(header: true)
        XCTAssertEqual(s.step, .respondent)
        let replies = type(
            [
                "Moskee De Brug", "Almere", "veel", "85", "2", "nee", "w", "1 3", "41", "12",
                "De lessen beginnen op tijd; ouders komen vaker."
            ], into: &s)
        XCTAssertNil(s.step, "every step passed")
        XCTAssertEqual(replies[2].feedback.first?.en, "'veel' is not a number; type a number or press Enter.")
        XCTAssertFalse(replies[2].changed)
        XCTAssertTrue(replies[8].feedback.first?.en.contains("outside the bounds") ?? false, "\(replies[8].feedback)")
        let r = s.response
        XCTAssertEqual(r.respondent, "Moskee De Brug")
        XCTAssertEqual(r.context, ["plaats": .text("Almere"), "kinderen": .number(85)])
        XCTAssertEqual(r.answers["plan"]?.value, .option("deels"))
        XCTAssertEqual(r.answers["eerste_keer"]?.value, .bool(false))
        XCTAssertEqual(r.answers["opvolging"]?.value, .unknown)
        XCTAssertEqual(r.answers["kanalen"]?.value, .options(["app", "website"]))
        XCTAssertEqual(r.answers["groep"]?.value, .number(12))
        XCTAssertEqual(r.answers["goed"]?.value, .text("De lessen beginnen op tijd; ouders komen vaker."))
        XCTAssertEqual(replies[4].feedback.first?.nl, "→ Deels")
        XCTAssertTrue(s.summaryText.contains("5 van 6 vragen beantwoord, 1 weet niet, 0 n.v.t., 0 open"), s.summaryText)

        // What the session holds is a response file as any other.
        let loaded = ResponseLoader().load(text: ResponseWriter(framework: framework).write(r), name: "ingevuld.yaml", framework: framework)
        XCTAssertEqual(loaded.value?.answers.count, 6)
        XCTAssertTrue(loaded.diagnostics.isEmpty)
    }

    func testRelevanceIsAppliedAsAnswersComeIn() {
        var s = session()
        type(["3", "ja"], into: &s)
        XCTAssertEqual(s.step, .question("kanalen"), "the first time: no question about the previous points")
        XCTAssertEqual(s.progress?.questions, 5)
        XCTAssertEqual(s.progress?.question, 3)
        type(["b"], into: &s)
        XCTAssertEqual(s.step, .question("eerste_keer"))
        type(["2"], into: &s)
        XCTAssertEqual(s.step, .question("opvolging"), "not the first time: the follow-up question is asked")
        let progress = s.progress
        XCTAssertEqual([progress?.question, progress?.questions, progress?.domain, progress?.domains], [3, 6, 1, 2])
        XCTAssertEqual(progress?.domainTitle, "Basis")
    }

    func testSkipBackGoToNotesAndClear() {
        var s = session()
        let replies = type(["s", "o: we twijfelen", "e: notulen 12 maart", "b", "o: begin gemaakt", "1", "g 2.2"], into: &s)
        XCTAssertEqual(s.response.answers["eerste_keer"]?.value, .unanswered, "a note without an answer is kept")
        XCTAssertEqual(s.response.answers["eerste_keer"]?.note, "we twijfelen")
        XCTAssertEqual(s.response.answers["eerste_keer"]?.evidence, "notulen 12 maart")
        XCTAssertEqual(s.response.answers["plan"]?.value, .option("nog_niet"))
        XCTAssertEqual(s.response.answers["plan"]?.note, "begin gemaakt")
        XCTAssertEqual(s.step, .question("groep"))
        XCTAssertTrue(replies[1].changed)
        XCTAssertEqual(replies[1].feedback.first?.en, "Note saved.")
        XCTAssertFalse(replies[0].changed, "skipping changes nothing")

        let unknown = s.handle("g 9.9")
        XCTAssertEqual(s.step, .question("groep"))
        XCTAssertTrue(unknown.feedback.first?.en.contains("No question '9.9'") ?? false)
        let inline = s.handle("g eerste_keer")
        XCTAssertTrue(inline.feedback.isEmpty)
        type(["1 o: toch wel"], into: &s)
        XCTAssertEqual(s.response.answers["eerste_keer"]?.value, .bool(true), "an answer with a note on the same line")
        XCTAssertEqual(s.response.answers["eerste_keer"]?.note, "toch wel")
        type(["g plan", "wis"], into: &s)
        XCTAssertEqual(s.response.answers["plan"]?.value, .unanswered, "the note stays when the answer is removed")
        XCTAssertEqual(s.response.answers["plan"]?.note, "begin gemaakt")
        type(["o:"], into: &s)
        XCTAssertNil(s.response.answers["plan"], "without note or answer nothing is left")
    }

    func testAnUnclearAnswerIsRefusedAndTheQuestionStays() {
        var s = session()
        let refused = type(["7", "misschien", "weet_niet"], into: &s)
        XCTAssertEqual(refused[0].feedback.first?.en, "choose a number from 1 to 3, not 7")
        XCTAssertTrue(
            refused[1].feedback.first?.en.contains("'misschien' is not an option of question 'plan'") ?? false, "\(refused[1].feedback)")
        XCTAssertEqual(s.response.answers["plan"]?.value, .unknown)
        // At a yes/no question "n" could mean "nee": it is refused, and nvt is n.v.t.
        XCTAssertEqual(s.step, .question("eerste_keer"))
        let ambiguous = s.handle("n")
        XCTAssertEqual(s.step, .question("eerste_keer"))
        XCTAssertTrue(ambiguous.feedback.first?.nl.contains("'n' kan hier 'nee' of 'n.v.t.' betekenen") ?? false)
        s.handle("nvt")
        XCTAssertEqual(s.response.answers["eerste_keer"]?.value, .notApplicable)
        // Labels work as well as numbers; "0" is "none", which min_choices refuses.
        XCTAssertEqual(s.step, .question("kanalen"), "n.v.t. at eerste_keer leaves the condition unknown: the follow-up is not asked")
        let none = s.handle("0")
        XCTAssertTrue(none.feedback.first?.en.contains("choose 1–… options") ?? false, "\(none.feedback)")
        s.handle("brief, website")
        XCTAssertEqual(s.response.answers["kanalen"]?.value, .options(["brief", "website"]))
        XCTAssertEqual(s.handle("12,5").feedback.first?.en, "'groep' expects a whole number")
    }

    func testResumeStartsAtTheFirstOpenQuestionThatApplies() throws {
        let response = try Fixtures.answers("plan: volledig\neerste_keer: ja\nkanalen: [app]", for: framework)
        let s = session(response, resume: true)
        XCTAssertEqual(s.step, .question("groep"), "opvolging does not apply, kanalen is answered")
        let done = try Fixtures.answers("plan: volledig\neerste_keer: ja\nkanalen: [app]\ngroep: 10\ngoed: \"veel\"", for: framework)
        XCTAssertNil(session(done, resume: true).step, "nothing left to ask")
    }

    /// Five questions: the follow-up is not counted while "eerste keer" is open (an unknown
    /// condition counts as not relevant).
    func testThePromptShowsProgressOptionsAndTheCurrentAnswer() throws {
        var s = session(try Fixtures.answers("plan: {value: deels, note: \"concept\"}", for: framework), language: .en)
        XCTAssertEqual(
            s.promptText,
            """

            Question 1 of 5 · domain 1 of 2: Basics
            1.1  There is a plan.  [required]
                 One page is enough.
                 1  Not yet
                 2  Partly
                 3  Fully
                 w  Don't know
                 n  N/a
                 Now: Partly · note: concept (Enter keeps this)

            """)
        XCTAssertTrue(s.helpText.contains("Not yet: Does not happen yet."), "option help is part of the help")
        XCTAssertTrue(s.helpText.contains("q         stop; what you have answered is saved"))
        XCTAssertTrue(s.handle("h").showHelp)
        XCTAssertTrue(s.handle("q").quit)
        s.handle("")
        XCTAssertTrue(s.promptText.contains("1  Yes\n     2  No\n     w  Don't know\n     nvt  Not applicable"), s.promptText)
    }
}
