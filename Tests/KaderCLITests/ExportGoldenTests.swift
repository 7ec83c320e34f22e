import Foundation
import KaderTestSupport
import XCTest

/// `kader export` and `kader template` on every bundled framework, compared with golden files
/// in Golden/ (re-record with RECORD_GOLDEN=1): the handout and the paper form a trainer and a
/// board print, in Markdown and HTML, and the answer template.
final class ExportGoldenTests: XCTestCase {
    let frameworks = ["moskeeonderwijs", "jeugdhulp_azc", "interventies_samenleven"]
    let golden = Fixtures.root + "/Tests/KaderCLITests/Golden/"

    func kader(_ arguments: [String]) throws -> CommandRunner.Output {
        let output = try CommandRunner.run(arguments + ["--frameworks", Fixtures.root + "/Frameworks"])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertFalse(output.stderr.contains("Fatal error"), output.stderr)
        return output
    }

    func testHandoutsAndFormsMatchTheirGoldenFiles() throws {
        for framework in frameworks {
            for kind in ["handout", "form"] {
                for format in ["markdown", "html"] {
                    let output = try kader(["export", framework, "--as", kind, "--format", format])
                    Golden.assert(output.stdout, matches: golden + "\(framework)-\(kind).\(format == "markdown" ? "md" : "html")")
                }
            }
        }
    }

    func testTheMasterclassSessionPlanAndEvaluationFormMatchTheirGoldenFiles() throws {
        for kind in ["session-plan", "evaluation"] {
            for format in ["markdown", "html"] {
                let output = try kader(["export", "interventies_samenleven", "--as", kind, "--format", format])
                Golden.assert(output.stdout, matches: golden + "interventies_samenleven-\(kind).\(format == "markdown" ? "md" : "html")")
            }
            let english = try kader(["export", "interventies_samenleven", "--as", kind, "--lang", "en"])
            Golden.assert(english.stdout, matches: golden + "interventies_samenleven-\(kind)-en.md")
        }
    }

    func testTheSessionPlanIsTheFrameworksOwnDocumentAndRunsTheExerciseInKaderServe() throws {
        let plan = try kader(["export", "interventies_samenleven", "--as", "session-plan"]).stdout
        let file = try String(
            contentsOfFile: Fixtures.root + "/Frameworks/resources/interventies_samenleven/draaiboek-masterclass.md",
            encoding: .utf8)
        XCTAssertEqual(plan, file, "the Markdown export is the trainer's document as written")
        let html = try kader(["export", "interventies_samenleven", "--as", "session-plan", "--format", "html"]).stdout
        XCTAssertTrue(html.contains("<th scope=\"col\">tijd</th>"), "the timing is a table")
        XCTAssertTrue(html.contains("<code>kader serve</code>"), "the exercise runs in the masterclass room of kader serve")
        XCTAssertTrue(html.contains("<h2>Gespreksvragen</h2>"))
        XCTAssertTrue(html.contains("<footer>"), "the sources after the rule are the page's footer")
        let form = try kader(["export", "interventies_samenleven", "--as", "evaluation", "--format", "html", "--lang", "en"]).stdout
        XCTAssertTrue(form.contains("<td>☐</td>"), "a box to tick per score")
        XCTAssertFalse(form.contains("[ ]"))
        let missing = try CommandRunner.run([
            "export", "moskeeonderwijs", "--as", "session-plan", "--lang", "en",
            "--frameworks", Fixtures.root + "/Frameworks"
        ])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("has no document of kind 'session_plan'"), missing.stderr)
        XCTAssertTrue(missing.stderr.contains("kind: session_plan"), missing.stderr)
    }

    func testTheEnglishHandoutAndTemplateMatchTheirGoldenFiles() throws {
        Golden.assert(
            try kader(["export", "interventies_samenleven", "--as", "handout", "--lang", "en"]).stdout,
            matches: golden + "interventies_samenleven-handout-en.md")
        for framework in frameworks {
            Golden.assert(try kader(["template", framework]).stdout, matches: golden + "\(framework)-template.yaml")
        }
    }

    func testEveryQuestionIsOnTheFormWithABoxPerAnswer() throws {
        let form = try kader(["export", "moskeeonderwijs", "--as", "form", "--format", "html"]).stdout
        // 52 questions: numbered Vooraf.1 … 7.x, every one with room for a note.
        XCTAssertEqual(form.components(separatedBy: "<section class=\"keep\">").count - 1, 52)
        XCTAssertEqual(form.components(separatedBy: "<span>Toelichting:</span>").count - 1, 52)
        XCTAssertTrue(form.contains("<span class=\"box\" aria-hidden=\"true\"></span> Grotendeels (2)</li>"))
        XCTAssertTrue(form.contains("@media print"))
        XCTAssertFalse(form.contains("http://") || form.contains("<script"), "self-contained: no scripts, nothing loaded")
        let handout = try kader(["export", "moskeeonderwijs", "--as", "handout", "--format", "html"]).stdout
        XCTAssertTrue(handout.contains("<h2>Het groeimodel</h2>"))
        XCTAssertTrue(handout.contains("<h2>Hoe de score werkt</h2>"))
        XCTAssertTrue(handout.contains("<a href=\"https://www.kis.nl/publicatie/instrumenten-kwaliteitskader-moskeeonderwijs\">"))
    }

    func testTheMosqueFrameworksModelDocumentsAreCopiedIntoAFolder() throws {
        let folder = NSTemporaryDirectory() + "kader-resources-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try kader(["export", "moskeeonderwijs", "--as", "resources", "--output", folder])
        for name in ["gedragscode", "pedagogische-visie", "brief-aan-ouders", "vog-stappenplan"] {
            for suffix in [".md", ".en.md"] {
                let relative = "resources/moskeeonderwijs/" + name + suffix
                XCTAssertEqual(
                    FileManager.default.contents(atPath: folder + "/" + relative),
                    FileManager.default.contents(atPath: Fixtures.root + "/Frameworks/" + relative), relative)
            }
        }
        let again = try CommandRunner.run([
            "export", "moskeeonderwijs", "--as", "resources", "--output", folder,
            "--frameworks", Fixtures.root + "/Frameworks"
        ])
        XCTAssertNotEqual(again.status, 0, "an existing file is not replaced without --force")
        XCTAssertTrue(again.stderr.contains("--force"), again.stderr)
        let noFolder = try CommandRunner.run([
            "export", "moskeeonderwijs", "--as", "resources", "--lang", "en",
            "--frameworks", Fixtures.root + "/Frameworks"
        ])
        XCTAssertEqual(noFolder.status, 2)
        XCTAssertTrue(noFolder.stderr.contains("--output FOLDER"), noFolder.stderr)
        let none = try CommandRunner.run([
            "export", "jeugdhulp_azc", "--as", "resources", "--output", folder, "--lang", "en",
            "--frameworks", Fixtures.root + "/Frameworks"
        ])
        XCTAssertNotEqual(none.status, 0)
        XCTAssertTrue(none.stderr.contains("has no documents"), none.stderr)
    }

    func testUnknownKindOrFormatIsAUsageError() throws {
        let wrongKind = try CommandRunner.run([
            "export", "moskeeonderwijs", "--as", "handuot", "--frameworks", Fixtures.root + "/Frameworks"
        ])
        XCTAssertEqual(wrongKind.status, 2)
        XCTAssertTrue(wrongKind.stderr.contains("bedoelde je 'handout'?"), wrongKind.stderr)
        let wrongFormat = try CommandRunner.run([
            "export", "moskeeonderwijs", "--format", "pdf", "--lang", "en", "--frameworks", Fixtures.root + "/Frameworks"
        ])
        XCTAssertEqual(wrongFormat.status, 2)
        XCTAssertTrue(wrongFormat.stderr.contains("unknown format 'pdf'"), wrongFormat.stderr)
    }
}
