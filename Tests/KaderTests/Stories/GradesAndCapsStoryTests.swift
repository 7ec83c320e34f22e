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

    func testTheCSVAndJSONSayWhichGradeBelongsToACappedLevel() throws {
        let (result, framework) = try LevelStoryFixture.scan(LevelStoryFixture.capped)
        // Veiligheid and the total are capped at basis, the other two domains keep their band.
        XCTAssertEqual(result.domains.map(\.gradeCapped), [true, false, false])
        XCTAssertEqual(result.overall.gradeCapped, true)
        let csv = try LevelStoryFixture.render("csv", result, framework).components(separatedBy: "\r\n")
        XCTAssertTrue(csv[0].hasSuffix(",level_note,grade_capped"), csv[0])
        XCTAssertTrue(csv[1].hasPrefix(",,veilig,Veiligheid,domain,75,Basis,7.8,") && csv[1].hasSuffix(",true"), csv[1])
        XCTAssertTrue(csv[2].hasPrefix(",,leren,") && csv[2].hasSuffix(",false"), csv[2])
        XCTAssertTrue(csv[4].hasPrefix(",,overall,Totaal,,91.7,Basis,9.3,") && csv[4].hasSuffix(",true"), csv[4])
        let json = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(try LevelStoryFixture.render("json", result, framework).utf8)) as? [String: Any])
        XCTAssertEqual((json["overall"] as? [String: Any])?["grade_capped"] as? Bool, true)
        let domains = try XCTUnwrap(json["domains"] as? [[String: Any]])
        XCTAssertEqual(domains.map { $0["grade_capped"] as? Bool }, [true, false, false])

        // Without grades there is nothing to mark: null in JSON, an empty cell in CSV.
        let (ungraded, plain) = try LevelStoryFixture.scan(LevelStoryFixture.capped, yaml: LevelStoryFixture.yaml(grades: ""))
        XCTAssertNil(ungraded.overall.gradeCapped)
        let rows = try LevelStoryFixture.render("csv", ungraded, plain).components(separatedBy: "\r\n")
        XCTAssertTrue(rows[1].hasSuffix("De gedragscode is niet door iedereen getekend.,"), rows[1])
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

    func testThePaperFormAndHandoutListTheCriticalItemsOneALine() throws {
        // Two critical items: joined on one line they read "De gedragscode is getekend.; 1.2 Er is EHBO.".
        let yaml = LevelStoryFixture.yaml().replacingOccurrences(
            of: "{id: ehbo, scale: mate, text:", with: "{id: ehbo, scale: mate, critical: true, text:")
        let framework = try Fixtures.validFramework(yaml)
        for document in [
            PaperFormRenderer().render(framework, format: .markdown, language: .nl),
            HandoutRenderer().render(framework, format: .markdown, language: .nl)
        ] {
            XCTAssertTrue(
                document.contains(
                    "**Kritieke punten:** als een van deze niet in orde is, kan het niveau begrensd worden, hoe hoog de score ook is:\n\n"
                        + "- 1\\.1 De gedragscode is getekend.\n- 1\\.2 Er is EHBO.\n"), document)
            XCTAssertFalse(document.contains(".;"), document)
        }
        let html = PaperFormRenderer().render(framework, format: .html, language: .en)
        XCTAssertTrue(html.contains("<li>1.1 The code of conduct is signed.</li>\n<li>1.2 There is first aid.</li>"), html)
    }

    func testTheHandoutAndFormWriteFormulasInWords() throws {
        let yaml =
            LevelStoryFixture.yaml()
            + "\nscoring:\n  scores:\n    - id: balans\n      title: {nl: Balans, en: Balance}\n"
            + "      expression: \"min(score.leren, score.huis) - 0.5 * (score.veilig - 10)\"\n"
        let framework = try Fixtures.validFramework(yaml)
        let handout = HandoutRenderer().render(framework, format: .markdown, language: .nl)
        XCTAssertTrue(handout.contains("cijfer = 1 + 9 × score / 100, tussen 1 en 10"), handout)
        XCTAssertTrue(
            handout.contains("**Balans:** berekend als (de laagste van Monitoren en leren en Het huis) − 0,5 × (Veiligheid − 10)"),
            handout)
        let form = PaperFormRenderer().render(framework, format: .markdown, language: .en)
        XCTAssertTrue(form.contains("grade = 1 + 9 × score / 100"), form)
        XCTAssertTrue(form.contains("computed as (the lowest of Monitoring and learning and The house) − 0.5 × (Safety − 10)"), form)
        for document in [handout, form] {
            XCTAssertFalse(document.contains("score.leren") || document.contains(" * ") || document.contains("min("), document)
        }
    }

    func testARequirementWithoutWordsIsALoadWarningAndALintFinding() throws {
        let yaml = LevelStoryFixture.yaml().replacingOccurrences(
            of: "    requires_text: {nl: \"monitoren en leren minstens 65; nu {score.leren}\", "
                + "en: \"monitoring and learning at least 65; now {score.leren}\"}\n", with: "")
        XCTAssertFalse(yaml.contains("requires_text"))
        let loaded = Fixtures.framework(yaml)
        let framework = try XCTUnwrap(loaded.value)
        XCTAssertEqual(loaded.diagnostics.all.map(\.code.rawValue), ["missing-text"])
        XCTAssertEqual(loaded.diagnostics.all.first?.location?.line, 32, "at the level's requires")
        // (Lint also says no domain has advice for a low score: this framework gives none.)
        XCTAssertEqual(Linter(framework: framework).run().map(\.code.rawValue).filter { $0 != "no-advice" }, ["missing-text"])
        let capWithoutWords = LevelStoryFixture.yaml().replacingOccurrences(
            of: "    because: {nl: De gedragscode is niet door iedereen getekend., en: Not everyone has signed the code of conduct.}\n",
            with: "")
        XCTAssertEqual(
            Linter(framework: try Fixtures.validFramework(capWithoutWords)).run().map(\.code.rawValue).filter { $0 != "no-advice" },
            ["cap-without-because"])
    }
}
