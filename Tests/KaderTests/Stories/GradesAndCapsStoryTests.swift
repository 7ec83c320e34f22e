import Kader
import KaderReports
import KaderTestSupport
import XCTest

/// A capped domain's grade no longer reads as an unqualified 7,8, a framework can cap the grade
/// with the level, and no report shows a rule id or an expression (numbers in
/// ``LevelStoryFixture``).
final class GradesAndCapsStoryTests: XCTestCase {
    func testTheGradeOfACappedDomainAndTotalIsMarked() throws {
        let (result, framework) = try LevelStoryFixture.scan(LevelStoryFixture.capped)
        // veilig 75 → 1 + 9 × 0,75 = 7,75 → 7,8; total 91,7 → 1 + 9 × 0,917 = 9,253 → 9,3.
        XCTAssertEqual(result.domains[0].grade, 7.8)
        XCTAssertEqual(result.overall.grade, 9.3)
        XCTAssertEqual(result.overall.level, "basis")
        let markdown = try LevelStoryFixture.render("markdown", result, framework)
        XCTAssertTrue(markdown.contains("| Veiligheid | 75,0 | Basis (begrensd) | 7,8 (niveau begrensd) |"), markdown)
        XCTAssertTrue(markdown.contains("9,3 · niveau begrensd"), markdown)
        XCTAssertTrue(markdown.contains("| Het huis | 100,0 | Voorbeeldig | 10,0 |"), markdown)
    }

    func testAFrameworkCanCapTheGradeWithTheLevel() throws {
        let yaml = LevelStoryFixture.yaml(grades: "grades: {formula: \"1 + 9 * score / 100\", when_capped: limit}")
        let (result, framework) = try LevelStoryFixture.scan(LevelStoryFixture.capped, yaml: yaml)
        // Capped at basis (0-50): the grade of the highest score below 50, 1 + 9 × 0,49999… → 5,5.
        XCTAssertEqual(result.domains[0].grade, 5.5)
        XCTAssertEqual(result.overall.grade, 5.5)
        XCTAssertEqual(result.domains[2].grade, 10, "an uncapped domain keeps its grade")
        XCTAssertTrue(try LevelStoryFixture.render("markdown", result, framework).contains("5,5 (begrensd)"))
    }

    func testAFrameworkWithoutGradesShowsNone() throws {
        let (result, framework) = try LevelStoryFixture.scan(LevelStoryFixture.capped, yaml: LevelStoryFixture.yaml(grades: ""))
        XCTAssertNil(result.overall.grade)
        for format in ["text", "markdown", "html"] {
            let report = try LevelStoryFixture.render(format, result, framework)
            XCTAssertFalse(report.contains("Rapportcijfer") || report.contains("Cijfer"), format)
        }
    }

    func testNoReportShowsARuleIdOrAnExpression() throws {
        for answers in [LevelStoryFixture.capped, LevelStoryFixture.requirementUnmet] {
            let (result, framework) = try LevelStoryFixture.scan(answers)
            for format in ["text", "markdown", "html"] {
                for language in Language.allCases {
                    let report = try LevelStoryFixture.render(format, result, framework, language: language)
                    XCTAssertFalse(report.contains("code_niet_getekend"), "\(format) \(language)")
                    XCTAssertFalse(report.contains("score.leren"), "\(format) \(language)")
                }
            }
        }
        let handout = HandoutRenderer().render(try Fixtures.validFramework(LevelStoryFixture.yaml()), format: .markdown, language: .nl)
        XCTAssertFalse(handout.contains("score.leren"), handout)
        XCTAssertTrue(handout.contains("monitoren en leren minstens 65; nu …"), handout)
    }

    func testARequirementWithoutWordsIsALoadWarningAndALintFinding() throws {
        let yaml = LevelStoryFixture.yaml().replacingOccurrences(
            of: "    requires_text: {nl: \"monitoren en leren minstens 65; nu {score.leren}\", "
                + "en: \"monitoring and learning at least 65; now {score.leren}\"}\n", with: "")
        XCTAssertFalse(yaml.contains("requires_text"))
        let loaded = Fixtures.framework(yaml)
        let framework = try XCTUnwrap(loaded.value)
        XCTAssertEqual(loaded.diagnostics.all.map(\.code), ["missing-text"])
        XCTAssertEqual(loaded.diagnostics.all.first?.location?.line, 32, "at the level's requires")
        // (Lint also says no domain has advice for a low score: this framework gives none.)
        XCTAssertEqual(Linter(framework: framework).run().map(\.code).filter { $0 != "no-advice" }, ["missing-text"])
        let capWithoutWords = LevelStoryFixture.yaml().replacingOccurrences(
            of: "    because: {nl: De gedragscode is niet door iedereen getekend., en: Not everyone has signed the code of conduct.}\n",
            with: "")
        XCTAssertEqual(
            Linter(framework: try Fixtures.validFramework(capWithoutWords)).run().map(\.code).filter { $0 != "no-advice" },
            ["cap-without-because"])
    }
}
