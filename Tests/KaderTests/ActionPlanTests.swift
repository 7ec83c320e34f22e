import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// A small mosque board scans itself, chooses the advice it will work on (who, by when, how far)
/// and writes that plan into its response; a year later the comparison checks each point.
final class ActionPlanTests: XCTestCase {
    static let golden = Fixtures.root + "/Tests/KaderTests/Golden/plan"

    /// Three advice rules and a strength; version 2 drops the advice about the room.
    static func framework(version: String = "1.0", withRoomAdvice: Bool = true) -> String {
        let room =
            withRoomAdvice
            ? """
              - id: lokaal_regelen
                domain: basis
                when: "lokaal == 'nee'"
                advice: {nl: Regel een vast lokaal., en: Arrange a fixed room.}
            """ : ""
        return """
            id: bestuur
            version: "\(version)"
            title: {nl: Bestuursscan, en: Board scan}
            scales:
              - id: mate
                options:
                  - {id: nee, value: 0, label: {nl: Nee, en: No}}
                  - {id: deels, value: 1, label: {nl: Deels, en: Partly}}
                  - {id: ja, value: 2, label: {nl: Ja, en: Yes}}
            domains:
              - id: basis
                title: {nl: Basis, en: Basics}
                questions:
                  - {id: commissie, scale: mate, text: {nl: Er is een onderwijscommissie., en: There is an education committee.}}
                  - {id: ouders, scale: mate, text: {nl: Ouders weten wat de kinderen leren., en: Parents know what the children learn.}}
                  - {id: lokaal, scale: mate, text: {nl: Er is een vast lokaal., en: There is a fixed room.}}
            rules:
              - id: commissie_instellen
                domain: basis
                when: "commissie == 'nee'"
                advice:
                  text: {nl: Stel een onderwijscommissie in., en: Set up an education committee.}
                  priority: high
                  effort: quick_win
              - id: ouderavond
                domain: basis
                when: "ouders != 'ja'"
                advice: {nl: Organiseer een ouderavond., en: Hold a parents' evening.}
            \(room)
              - id: goede_basis
                when: "commissie == 'ja'"
                strength: {nl: Er is een commissie., en: There is a committee.}
            """
    }

    static let lastYear = """
        framework: bestuur
        version: "1.0"
        respondent: Moskee Noor
        date: 2025-03-01
        answers: {commissie: nee, ouders: deels, lokaal: nee}
        plan:
          - advice: commissie_instellen
            owner: Voorzitter
            due: 2025-06-01
            status: in_progress
            note: "Drie kandidaten gevraagd; <b>niet</b> vet."
          - advice: ouderavond
            owner: Juf Samira
            due: 2025-05-15
            status: gedaan
          - advice: lokaal_regelen
            status: losgelaten
        """

    func testTheBoardsPlanIsReadCheckedAndShownInEveryFormat() throws {
        let framework = try Fixtures.validFramework(Self.framework())
        let response = try Fixtures.response(Self.lastYear, for: framework)
        // The English id is read as the Dutch status; a point without a status is planned.
        XCTAssertEqual(response.plan.map(\.status), [.inProgress, .done, .dropped])
        XCTAssertEqual(response.plan.map(\.adviceID), ["commissie_instellen", "ouderavond", "lokaal_regelen"])
        XCTAssertEqual(response.plan.first?.location.line, 7)
        let result = Engine(framework: framework).evaluate(response)
        XCTAssertEqual(result.plan.map(\.text.en), ["Set up an education committee.", "Hold a parents' evening.", "Arrange a fixed room."])
        XCTAssertEqual(result.plan.map(\.isGiven), [true, true, true])
        for (name, ext) in [("text", "txt"), ("markdown", "md"), ("html", "html"), ("json", "json")] {
            let renderer = RendererRegistry.builtIn.renderers[name]!.init()
            Golden.assert(
                renderer.render(result, framework: framework, options: RenderOptions(language: .nl)), matches: "\(Self.golden)/scan.\(ext)")
        }
        let csv = CSVRenderer().render(result, framework: framework, options: RenderOptions(language: .en, rows: .plan))
        Golden.assert(csv, matches: "\(Self.golden)/scan.plan.csv")
        let english = TextRenderer().render(result, framework: framework, options: RenderOptions(language: .en))
        XCTAssertTrue(english.contains("Action plan"), english)
        XCTAssertTrue(english.contains("in progress"), english)
        // What the board typed reaches the page only through the escaper.
        let html = HTMLRenderer().render(result, framework: framework, options: RenderOptions(language: .nl))
        XCTAssertTrue(html.contains("&lt;b&gt;niet&lt;/b&gt;"))
        XCTAssertFalse(html.contains("<b>niet</b>"))
    }

    func testAResponseWithoutAPlanHasAnEmptyOneAndNoSection() throws {
        let framework = try Fixtures.validFramework(Self.framework())
        let result = Engine(framework: framework).evaluate(try Fixtures.answers("commissie: nee", for: framework))
        XCTAssertTrue(result.plan.isEmpty)
        XCTAssertFalse(TextRenderer().render(result, framework: framework, options: RenderOptions(language: .nl)).contains("Actieplan"))
        XCTAssertTrue(ResultJSON.encode(result, language: .nl).serialized().contains("\"plan\": []"))
    }

    func testTheWrittenResponseReadsBackToTheSamePlanWithDutchStatuses() throws {
        let framework = try Fixtures.validFramework(Self.framework())
        let response = try Fixtures.response(Self.lastYear, for: framework)
        let written = ResponseWriter(framework: framework).write(response)
        XCTAssertTrue(written.contains("    status: bezig\n"), written)
        XCTAssertFalse(written.contains("in_progress"))
        let again = try Fixtures.response(written, for: framework)
        XCTAssertEqual(again.plan.map(\.adviceID), response.plan.map(\.adviceID))
        XCTAssertEqual(again.plan.map(\.owner), response.plan.map(\.owner))
        XCTAssertEqual(again.plan.map(\.due), response.plan.map(\.due))
        XCTAssertEqual(again.plan.map(\.status), response.plan.map(\.status))
        XCTAssertEqual(again.plan.map(\.note), response.plan.map(\.note))
        // Byte for byte the same JSON result.
        let engine = Engine(framework: framework)
        XCTAssertEqual(
            ResultJSON.encode(engine.evaluate(again), language: .nl).serialized(),
            ResultJSON.encode(engine.evaluate(response), language: .nl).serialized())
    }

    func testNextYearsComparisonShowsWhatBecameOfEachPoint() throws {
        let old = try Fixtures.validFramework(Self.framework())
        let new = try Fixtures.validFramework(Self.framework(version: "1.1", withRoomAdvice: false))
        let before = Engine(framework: old).evaluate(try Fixtures.response(Self.lastYear, for: old))
        // The committee is there; the parents' evening was held, but "ouders" is not answered
        // this time, so the scan cannot tell; the room advice is gone from version 1.1.
        let after = Engine(framework: new).evaluate(
            try Fixtures.response(
                """
                framework: bestuur
                version: "1.1"
                respondent: Moskee Noor
                date: 2026-03-01
                answers: {commissie: ja, lokaal: nee}
                plan:
                  - advice: ouderavond
                    owner: Juf Samira
                    status: gedaan
                """, for: new))
        let comparison = ComparisonBuilder.compare([(after, new), (before, old)])
        XCTAssertEqual(comparison.planReview.map(\.planned.adviceID), ["commissie_instellen", "ouderavond", "lokaal_regelen"])
        XCTAssertEqual(comparison.planReview.map(\.outcome), [.resolved, .undecided, .noLongerApplies])
        XCTAssertEqual(comparison.planReview.map { $0.latest?.item.status }, [nil, .done, nil])
        for (name, ext) in [("text", "txt"), ("markdown", "md"), ("html", "html"), ("json", "json")] {
            let renderer = RendererRegistry.builtIn.renderers[name]!.init()
            Golden.assert(
                renderer.render(comparison, framework: new, options: RenderOptions(language: .nl)),
                matches: "\(Self.golden)/compare.\(ext)")
        }
        Golden.assert(
            CSVRenderer().render(comparison, framework: new, options: RenderOptions(language: .nl, rows: .plan)),
            matches: "\(Self.golden)/compare.plan.csv")
        // Still open: the same advice given again.
        let again = Engine(framework: old).evaluate(
            try Fixtures.response(
                """
                framework: bestuur
                version: "1.0"
                respondent: Moskee Noor
                date: 2026-03-01
                answers: {commissie: nee, ouders: ja, lokaal: ja}
                """, for: old))
        let stillOpen = ComparisonBuilder.compare([(before, old), (again, old)])
        XCTAssertEqual(stillOpen.planReview.map(\.outcome), [.stillOpen, .resolved, .resolved])
        // Side by side with a twin there is no earlier plan to check.
        let twin = ComparisonBuilder.compare([(before, old), (again, old)], mode: .sideBySide)
        XCTAssertTrue(twin.planReview.isEmpty)
    }

    func testEachMistakeInThePlanIsReportedAtItsPlaceWithAFix() throws {
        let framework = try Fixtures.validFramework(Self.framework())
        func response(_ plan: String) -> String { "framework: bestuur\nanswers: {commissie: nee}\nplan:\n" + plan }
        let unknown = LoaderCheck.expect(
            response("  - advice: 1️⃣comissie_instellen\n"), code: "unknown-advice",
            message: "framework 'bestuur' has no advice 'comissie_instellen'", asResponseTo: framework)
        XCTAssertEqual(unknown?.fix?.en, "did you mean 'commissie_instellen'?")
        XCTAssertEqual(unknown?.fix?.nl, "bedoelde je 'commissie_instellen'?")
        let strength = LoaderCheck.expect(
            response("  - advice: 1️⃣goede_basis\n"), code: "unknown-advice",
            message: "rule 'goede_basis' of framework 'bestuur' gives no advice", asResponseTo: framework)
        XCTAssertEqual(strength?.fix?.en, "known advice ids: 'commissie_instellen', 'ouderavond', 'lokaal_regelen'")
        let status = LoaderCheck.expect(
            response("  - advice: ouderavond\n    status: 1️⃣klaar\n"), code: "invalid-value",
            message: "'klaar' is not a valid value for 'status'", asResponseTo: framework)
        XCTAssertNotNil(status?.fix)
        let close = LoaderCheck.expect(
            response("  - advice: ouderavond\n    status: 1️⃣gedan\n"), code: "invalid-value",
            message: "'gedan'", asResponseTo: framework)
        XCTAssertEqual(close?.fix?.en, "did you mean 'gedaan'?")
        let date = LoaderCheck.expect(
            response("  - advice: ouderavond\n    due: 1️⃣2026-02-30\n"), code: "invalid-date",
            message: "'2026-02-30' is not a date like 2026-09-01", asResponseTo: framework)
        XCTAssertEqual(date?.fix?.nl, "schrijf de datum als JJJJ-MM-DD")
        LoaderCheck.expect(
            response("  - advice: ouderavond\n  - advice: 1️⃣ouderavond\n"), code: "duplicate-advice",
            message: "advice 'ouderavond' appears twice in the action plan (first on line 4)", asResponseTo: framework)
        LoaderCheck.expect(response("  - 1️⃣owner: Voorzitter\n"), code: "missing-key", message: "'advice'", asResponseTo: framework)
        LoaderCheck.expect(
            "framework: bestuur\nplan: 1️⃣ouderavond\n", code: "wrong-type", message: "'plan' must be a list",
            asResponseTo: framework)
        LoaderCheck.expect(
            response("  - advice: ouderavond\n    1️⃣wie: Voorzitter\n"), code: "unknown-key",
            message: "unknown key 'wie'", asResponseTo: framework)
        // Nothing of a broken plan is kept: the response does not load.
        XCTAssertNil(
            ResponseLoader().load(text: response("  - advice: ouderavond\n    status: klaar\n"), name: "r.yaml", framework: framework).value
        )
    }

    func testWithoutAFrameworkThePlanIsKeptAsWritten() {
        let loaded = ResponseLoader().load(text: Self.lastYear, name: "r.yaml", framework: nil)
        XCTAssertEqual(loaded.value?.plan.map(\.adviceID), ["commissie_instellen", "ouderavond", "lokaal_regelen"])
    }

    func testTheQuickReadingLeavesAPlanToTheFullOne() throws {
        let framework = try Fixtures.validFramework(Self.framework())
        let loaded = ResponseLoader().load(bytes: Array(Self.lastYear.utf8), name: "r.yaml", framework: framework)
        XCTAssertEqual(loaded.value?.plan.count, 3)
    }
}
