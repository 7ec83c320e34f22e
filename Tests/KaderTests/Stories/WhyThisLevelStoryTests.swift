import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// When a requirement or a cap keeps a score out of its band, every report says why in one line
/// beside the level, in the framework's words (numbers in ``LevelStoryFixture``).
final class WhyThisLevelStoryTests: XCTestCase {
    func testAnUnmetRequirementIsSaidWithTheValueNow() throws {
        let (result, framework) = try LevelStoryFixture.scan(LevelStoryFixture.requirementUnmet)
        // Total (100 + 50 + 100) / 3 = 83,3: band voorbeeldig, but leren 50 < 65, so op orde.
        XCTAssertEqual(result.overall.score, 83.3)
        XCTAssertEqual(result.overall.bandLevel, "voorbeeldig")
        XCTAssertEqual(result.overall.level, "op_orde")
        let note = "Voorbeeldig vraagt ook: monitoren en leren minstens 65; nu 50,0"
        XCTAssertEqual(result.overall.levelNote?.text(in: .nl), note)
        XCTAssertEqual(result.overall.levelNote?.text(in: .en), "Exemplary also asks: monitoring and learning at least 65; now 50.0")
        for format in ["text", "markdown", "html"] {
            XCTAssertTrue(try LevelStoryFixture.render(format, result, framework).contains("Waarom dit niveau: " + note), format)
        }
        let json = ResultJSON.encode(result, language: .nl).serialized(compact: true)
        XCTAssertTrue(json.contains("\"level_note\":\"\(note)\""), json)
        XCTAssertNil(result.domains[1].levelNote, "leren is in its own band")
    }

    func testACapIsSaidWithItsReasonBesideTheDomainAndTheTotal() throws {
        let (result, framework) = try LevelStoryFixture.scan(LevelStoryFixture.capped)
        let note = "Begrensd tot Basis: De gedragscode is niet door iedereen getekend."
        XCTAssertEqual(result.domains[0].levelNote?.text(in: .nl), note)
        XCTAssertEqual(result.overall.levelNote?.text(in: .nl), note)
        XCTAssertEqual(result.overall.levelNote?.text(in: .en), "Capped at Basic: Not everyone has signed the code of conduct.")
        let markdown = try LevelStoryFixture.render("markdown", result, framework)
        XCTAssertTrue(markdown.contains("- **Veiligheid**: " + note), markdown)
        let text = try LevelStoryFixture.render("text", result, framework, language: .en)
        XCTAssertTrue(text.contains("Why this level: Capped at Basic"), text)
    }

    func testALevelInItsBandHasNoNote() throws {
        let answers = "framework: wijkteam\nanswers: {code: ja, ehbo: ja, evaluatie: ja, scholing: ja, ruimte: ja}\n"
        let (result, framework) = try LevelStoryFixture.scan(answers)
        XCTAssertEqual(result.overall.level, "voorbeeldig")
        XCTAssertNil(result.overall.levelNote)
        XCTAssertFalse(try LevelStoryFixture.render("markdown", result, framework).contains("Waarom dit niveau"))
    }
}
