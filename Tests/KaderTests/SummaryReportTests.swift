import Foundation
import Kader
import KaderFiles
import KaderReports
import KaderTestSupport
import XCTest

/// The two-page summary (`kader scan --summary`, `--format docx`): one view, written by every
/// document backend, golden files per format for one example of each bundled framework, and the
/// stories of what it puts first.
final class SummaryReportTests: XCTestCase {
    static let golden = Fixtures.root + "/Tests/KaderTests/Golden/summary"
    static let examples = [
        "moskeeonderwijs/al-amal-startend", "jeugdhulp_azc/waterland_oost_2026", "interventies_samenleven/derby_van_de_wijk"
    ]

    func loaded(_ example: String) throws -> (AssessmentResult, Framework) {
        let id = String(example.split(separator: "/")[0])
        let framework = try XCTUnwrap(
            try FrameworkLibrary(explicit: Fixtures.root + "/Frameworks")
                .load(path: Fixtures.root + "/Frameworks/\(id).yaml").get().value)
        let path = "Examples/\(example).yaml"
        let bytes = try FileReader.read(Fixtures.root + "/" + path).get()
        let response = try XCTUnwrap(ResponseLoader().load(bytes: bytes, name: path, framework: framework).value, path)
        return (Engine(framework: framework).evaluate(response), framework)
    }

    func testTheSummaryOfAnExampleOfEachFrameworkInEveryFormat() throws {
        for example in Self.examples {
            let (result, framework) = try loaded(example)
            // Where the full report is, as `kader scan FILE --summary` says it.
            let full = "kader scan \(example.split(separator: "/")[1]).yaml --format html --appendix"
            for (name, ext) in [("text", "txt"), ("markdown", "md"), ("html", "html")] {
                let renderer = try XCTUnwrap(RendererRegistry.builtIn.renderers[name]).init()
                Golden.assert(
                    renderer.render(result, framework: framework, options: RenderOptions(language: .nl, summary: true, fullReport: full)),
                    matches: "\(Self.golden)/\(example).\(ext)")
            }
            let summary = ResultReport(result, framework: framework, language: .nl).summary(fullReport: full)
            Golden.assert(WordBackend().body(summary), matches: "\(Self.golden)/\(example).docx.xml")
        }
        let (result, framework) = try loaded("moskeeonderwijs/as-sabr-begrensd")
        Golden.assert(
            MarkdownRenderer().render(
                result, framework: framework,
                options: RenderOptions(
                    language: .en, summary: true, fullReport: "kader scan as-sabr-begrensd.yaml --format html --appendix")),
            matches: "\(Self.golden)/moskeeonderwijs/as-sabr-begrensd.en.md")
    }

    /// A Word file is the same bytes every time (no dates inside), a ZIP with the document.
    func testTheWordFileIsAZipThatIsTheSameEveryTime() throws {
        let (result, framework) = try loaded("jeugdhulp_azc/waterland_oost_2026")
        let first = try DocxRenderer().render(result, framework: framework, options: RenderOptions(language: .nl))
        let again = try DocxRenderer().render(result, framework: framework, options: RenderOptions(language: .nl))
        XCTAssertEqual(first, again)
        XCTAssertEqual(Array(first.prefix(4)), [0x50, 0x4B, 0x03, 0x04], "a ZIP starts with PK\\3\\4")
        for part in ["[Content_Types].xml", "word/document.xml", "word/styles.xml", "docProps/core.xml"] {
            XCTAssertNotNil(first.firstRange(of: Array(part.utf8)), "the ZIP holds \(part)")
        }
    }

    /// Without a focus in the framework the summary puts the first three pieces of advice first;
    /// each says who takes it on, from the action plan, or that nobody has been chosen yet.
    func testBeginHereNamesTheOwnerFromThePlanAndCutsToWhatToDoFirst() throws {
        let framework = try Fixtures.validFramework(
            Fixtures.yesNoFramework(id: "club", questions: ["plan", "team", "geld", "zaal"]) + """
                rules:
                  - id: geen_plan
                    when: "plan == 'nee'"
                    advice: {text: {nl: Maak een plan., en: Make a plan.}, first_step: {nl: Plan een avond., en: Plan an evening.}}
                  - {id: geen_team, when: "team == 'nee'", advice: {text: {nl: Vorm een team., en: Form a team.}}}
                  - {id: geen_geld, when: "geld == 'nee'", advice: {text: {nl: Zoek geld., en: Find money.}}}
                  - {id: geen_zaal, when: "zaal == 'nee'", advice: {text: {nl: Zoek een zaal., en: Find a room.}}}
                  - {id: goed, when: "plan == 'nee'", strength: {nl: Eerlijk ingevuld., en: Answered honestly.}}
                """)
        let response = try Fixtures.response(
            """
            framework: club
            respondent: "Club <De Brug> & co"
            answers: {plan: nee, team: nee, geld: nee, zaal: nee}
            plan:
              - {advice: geen_team, owner: Fatima, due: 2027-03-01, status: gepland}
            """, for: framework)
        let result = Engine(framework: framework).evaluate(response)
        let text = TextRenderer().render(result, framework: framework, options: RenderOptions(language: .nl, summary: true))
        XCTAssertTrue(text.contains("Begin hier"), text)
        XCTAssertTrue(text.contains("Maak een plan."))
        XCTAssertTrue(text.contains("Eerste stap: Plan een avond."))
        XCTAssertTrue(text.contains("Wie: Fatima · vóór 2027-03-01"), text)
        XCTAssertTrue(text.contains("Wie: nog te kiezen"), "advice nobody took on says so")
        XCTAssertEqual(
            ["Maak een plan.", "Vorm een team.", "Zoek geld.", "Zoek een zaal."].filter(text.contains).count, 3,
            "three pieces of advice first")
        XCTAssertTrue(text.contains("nog 1 adviezen") || text.contains("nog 1 advies"), text)
        // Everything a respondent typed is escaped once, by the backend that writes it.
        let xml = WordBackend().body(ResultReport(result, framework: framework, language: .nl).summary())
        XCTAssertTrue(xml.contains("Club &lt;De Brug&gt; &amp; co"), xml)
        XCTAssertFalse(xml.contains("<De Brug>"))
    }

    /// The framework names its summary (`report.summary`): the youth-care scan's "Bestuurlijke samenvatting".
    func testTheSummaryTakesItsTitleAndIntroductionFromTheFramework() throws {
        let framework = try Fixtures.validFramework(
            Fixtures.yesNoFramework(id: "gemeente") + """
                report:
                  summary:
                    title: {nl: Bestuurlijke samenvatting, en: Summary for the board}
                    introduction: {nl: Voor het college., en: For the municipal executive.}
                """)
        let result = Engine(framework: framework).evaluate(
            try Fixtures.response("framework: gemeente\nanswers: {plan: ja, team: ja}\n", for: framework))
        for (language, title, introduction) in [
            (Language.nl, "Bestuurlijke samenvatting", "Voor het college."),
            (.en, "Summary for the board", "For the municipal executive.")
        ] {
            let markdown = MarkdownRenderer().render(
                result, framework: framework, options: RenderOptions(language: language, summary: true))
            XCTAssertTrue(markdown.hasPrefix("# " + title), markdown)
            XCTAssertTrue(markdown.contains(introduction))
        }
        let plain = try Fixtures.validFramework(Fixtures.yesNoFramework(id: "gemeente"))
        let markdown = MarkdownRenderer().render(result, framework: plain, options: RenderOptions(language: .nl, summary: true))
        XCTAssertTrue(markdown.hasPrefix("# Samenvatting"), markdown)
    }

    /// The municipality's Word summary is the "bestuurlijke samenvatting" of jeugdhulp_azc, ready
    /// to go with a memo to the college: its title, what it is for and what the college decides,
    /// and, in English, the municipal executive (mayor and aldermen), never "the council".
    func testTheMunicipalitysWordSummaryIsTheAnnexToACollegeMemo() throws {
        let (result, framework) = try loaded("jeugdhulp_azc/waterland_oost_2026")
        let dutch = WordBackend().body(ResultReport(result, framework: framework, language: .nl).summary())
        XCTAssertTrue(dutch.contains(">Bestuurlijke samenvatting<"), "the title is the framework's")
        XCTAssertTrue(dutch.contains("een bijlage bij een collegenota"))
        XCTAssertTrue(dutch.contains("het college stelt ze vast"))
        XCTAssertTrue(dutch.contains("Crisiszorg en de route naar Veilig Thuis zijn kritieke punten."))
        let english = WordBackend().body(ResultReport(result, framework: framework, language: .en).summary())
        XCTAssertTrue(english.contains(">Summary for the municipal executive<"))
        XCTAssertTrue(english.contains("a memo to the municipal executive (the mayor and aldermen)"))
        XCTAssertFalse(english.lowercased().contains("council"), "a collegebesluit is not the council's")
        XCTAssertFalse(english.contains("Bestuurlijke samenvatting"))
    }

    /// The full report leaves every answer out unless asked: `--appendix`, in every document format.
    func testTheAppendixOfAnswersOnlyWhenAsked() throws {
        let (result, framework) = try loaded("moskeeonderwijs/as-sabr-begrensd")
        for renderer in [TextRenderer(), MarkdownRenderer(), HTMLRenderer()] as [any DocumentRenderer] {
            let without = renderer.render(result, framework: framework, options: RenderOptions(language: .nl))
            let with = renderer.render(result, framework: framework, options: RenderOptions(language: .nl, appendix: true))
            XCTAssertFalse(without.contains("Antwoorden per domein"), "\(type(of: renderer))")
            XCTAssertTrue(with.contains("Antwoorden per domein"), "\(type(of: renderer))")
        }
    }
}
