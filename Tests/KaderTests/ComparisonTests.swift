import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// A board answered version 1.0 of a framework last year and version 1.1 this year: the
/// comparison matches domains and questions by id and says what changed in the framework.
final class ComparisonTests: XCTestCase {
    static func framework(version: String, extra: String = "", weight: String = "1") -> String {
        """
        id: kort
        version: "\(version)"
        title: {nl: Kort, en: Short}
        scales:
          - id: mate
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: deels, value: 1, label: {nl: Deels, en: Partly}}
              - {id: ja, value: 2, label: {nl: Ja, en: Yes}}
        domains:
          - id: visie
            title: {nl: Visie, en: Vision}
            questions:
              - {id: plan, scale: mate, weight: \(weight), text: {nl: Er is een plan., en: There is a plan.}}
              - {id: ouders, scale: mate, text: {nl: Ouders kennen het plan., en: Parents know the plan.}}
        \(extra)
        rules:
          - id: geen_plan
            when: "plan == 'nee'"
            advice: {nl: Schrijf een plan., en: Write a plan.}
          - id: ouders_weten_niets
            when: "ouders == 'nee'"
            advice: {nl: Vertel ouders over het plan., en: Tell parents about the plan.}
        """
    }

    func testVersionsAreMatchedByIdAndChangesListed() throws {
        let old = try Fixtures.validFramework(Self.framework(version: "1.0"))
        let new = try Fixtures.validFramework(
            Self.framework(
                version: "1.1",
                extra: """
                          - {id: ruimte, scale: mate, text: {nl: Er is een lokaal., en: There is a room.}}
                    """, weight: "2"))
        let before = Engine(framework: old).evaluate(
            try Fixtures.response(
                "framework: kort\nversion: \"1.0\"\nrespondent: Moskee Noor\ndate: 2025-05-01\nanswers: {plan: nee, ouders: nee}", for: old)
        )
        let after = Engine(framework: new).evaluate(
            try Fixtures.response(
                "framework: kort\nversion: \"1.1\"\nrespondent: Moskee Noor\ndate: 2026-05-01\n"
                    + "answers: {plan: ja, ouders: nee, ruimte: deels}",
                for: new))
        let comparison = ComparisonBuilder.compare([(before, old), (after, new)])
        XCTAssertEqual(comparison.mode, .overTime)
        XCTAssertEqual(comparison.columns.map(\.version), ["1.0", "1.1"])
        // In the new framework's question order.
        XCTAssertEqual(comparison.frameworkChanges.map(\.kind), [.questionChanged, .questionAdded])
        XCTAssertEqual(comparison.frameworkChanges.map(\.id), ["plan", "ruimte"])
        XCTAssertEqual(comparison.frameworkChanges.first?.detail.en, "question changed (weight 1 → 2): There is a plan.")
        XCTAssertEqual(comparison.frameworkChanges.first?.detail.nl, "vraag gewijzigd (gewicht 1 → 2): Er is een plan.")
        // A reader sees the questions by their text, never by their ids.
        let report = try XCTUnwrap(RendererRegistry.builtIn.renderers["markdown"]).init()
            .render(comparison, framework: new, options: RenderOptions(language: .nl))
        XCTAssertTrue(report.contains("- vraag gewijzigd (gewicht 1 → 2): Er is een plan.\n- nieuwe vraag: Er is een lokaal.\n"), report)
        XCTAssertFalse(report.contains("ruimte") || report.contains("`plan`"), report)
        // visie: 0 → (2×100 + 0 + 50) / 4 weights... mean aggregator ignores weights: (100 + 0 + 50) / 3 = 50.
        XCTAssertEqual(comparison.domains.first?.scores, [0, 50])
        XCTAssertEqual(comparison.domains.first?.change, 50)
        XCTAssertEqual(comparison.adviceResolved.map(\.ruleID), ["geen_plan"])
        XCTAssertEqual(comparison.adviceOpen.map(\.ruleID), ["ouders_weten_niets"])
        XCTAssertEqual(comparison.adviceNew.map(\.ruleID), [])
        XCTAssertEqual(comparison.items.map(\.id), ["plan", "ruimte"])
    }

    func testDifferentRespondentsAreShownSideBySideInTheOrderGiven() throws {
        let framework = try Fixtures.validFramework(Self.framework(version: "1.0"))
        let engine = Engine(framework: framework)
        let a = engine.evaluate(
            try Fixtures.response(
                "framework: kort\nrespondent: Gemeente A\ndate: 2026-05-01\nanswers: {plan: ja, ouders: ja}", for: framework))
        let b = engine.evaluate(
            try Fixtures.response(
                "framework: kort\nrespondent: Gemeente B\ndate: 2025-01-01\nanswers: {plan: deels, ouders: ja}", for: framework))
        let comparison = ComparisonBuilder.compare([(a, framework), (b, framework)])
        XCTAssertEqual(comparison.mode, .sideBySide)
        XCTAssertEqual(comparison.columns.map(\.respondent), ["Gemeente A", "Gemeente B"])
        XCTAssertEqual(comparison.overall.scores, [100, 75])
        XCTAssertEqual(comparison.items.map(\.id), ["plan"])
        XCTAssertTrue(comparison.frameworkChanges.isEmpty)
    }
}
