import Kader
import KaderFiles
import KaderTestSupport
import XCTest

/// The published-instrument example (Examples/instrumenten/welbevinden): the WHO-5 and the
/// Rosenberg scale scored as their authors score them, by the framework's own bands. Its test
/// cases, worked out by hand in their descriptions, pass; it lints clean; and every level comes
/// from a band, none from a rule.
final class PublishedInstrumentTests: XCTestCase {
    let path = Fixtures.root + "/Examples/instrumenten/welbevinden/welbevinden.yaml"

    func framework() throws -> Framework {
        let bytes = try FileReader.read(path).get()
        let loaded = FrameworkLoader().load(bytes: bytes, name: path)
        XCTAssertEqual(loaded.diagnostics.all.map(\.message.en), [], "the example loads without a warning (validate --strict)")
        return try XCTUnwrap(loaded.value)
    }

    func testItsOwnTestCasesPass() throws {
        let outcomes = Fixtures.inlineTestRunner(for: try framework()).run()
        XCTAssertEqual(outcomes.map(\.testID), ["beide_in_orde", "aangevuld_naar_rato", "te_weinig_antwoorden", "zelfbeeld_op_de_grens"])
        XCTAssertEqual(outcomes.flatMap(\.failures).map { "\($0.subject): \($0.expected) ≠ \($0.actual)" }, [])
    }

    func testItLintsClean() throws {
        XCTAssertEqual(Linter(framework: try framework()).run().map(\.message.en), [])
    }

    func testEveryLevelIsABandAndNoRuleStandsInForOne() throws {
        let framework = try framework()
        XCTAssertNil(framework.growthModel, "no framework-wide levels: each subscale has its own bands")
        for domain in framework.domains {
            XCTAssertEqual(domain.scoring.scale, .points, domain.id)
            XCTAssertNotNil(domain.scoring.levels.bands, domain.id)
        }
        // Rules advise and flag; none caps a level or computes a raw score back from a percentage.
        for rule in framework.rules {
            XCTAssertFalse(rule.effects.contains { $0 is CapEffect }, rule.id)
            XCTAssertFalse(rule.condition.text.contains("score.") && rule.condition.text.contains("/ 100"), rule.id)
        }
    }
}
