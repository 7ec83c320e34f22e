import Foundation
import KaderTestSupport
import XCTest

/// `kader new`: an author starts a framework with one command and gets files that validate,
/// lint and test cleanly, with schemas beside them for the editor; nothing is replaced without
/// `--force`.
final class NewCommandTests: XCTestCase {
    var directory: String!

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "kader-new-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: directory) }

    func kader(_ arguments: String...) throws -> CommandRunner.Output {
        let output = try CommandRunner.run(arguments, directory: directory)
        XCTAssertFalse(output.stderr.contains("Fatal error"), "a crash: \(output.stderr)")
        return output
    }

    func read(_ name: String) throws -> String { try String(contentsOfFile: directory + "/" + name, encoding: .utf8) }

    func testTheNewFrameworkValidatesLintsAndTestsCleanly() throws {
        let created = try kader("new", "buurthuis", "--date", "2026-12-02")
        XCTAssertEqual(created.status, 0, created.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        XCTAssertEqual(files, ["buurthuis-voorbeeld.yaml", "buurthuis.yaml", "kader-framework.schema.json", "kader-response.schema.json"])
        XCTAssertTrue(try read("buurthuis.yaml").hasPrefix("# yaml-language-server: $schema=kader-framework.schema.json\n"))
        XCTAssertTrue(try read("buurthuis-voorbeeld.yaml").hasPrefix("# yaml-language-server: $schema=kader-response.schema.json\n"))
        XCTAssertEqual(try read("kader-framework.schema.json"), try kader("schema", "framework").stdout)
        XCTAssertEqual(try read("kader-response.schema.json"), try kader("schema", "response").stdout)

        for command in [
            ["validate", "buurthuis.yaml", "--strict"], ["lint", "buurthuis.yaml", "--strict"],
            ["validate", "buurthuis-voorbeeld.yaml", "--framework", "buurthuis.yaml", "--strict"]
        ] {
            let output = try CommandRunner.run(command, directory: directory)
            XCTAssertEqual(output.status, 0, "\(command.joined(separator: " ")): \(output.stderr)")
        }
        let tested = try kader("test", "buurthuis.yaml", "--coverage", "--lang", "en")
        XCTAssertEqual(tested.status, 0, tested.stdout)
        XCTAssertTrue(tested.stdout.contains("PASS buurthuis/voorbeeld"), tested.stdout)
        XCTAssertTrue(tested.stdout.contains("rules: 1 of 1 fire"), tested.stdout)
        let scanned = try kader("scan", "buurthuis-voorbeeld.yaml", "--framework", "buurthuis.yaml", "--lang", "en")
        XCTAssertEqual(scanned.status, 0, scanned.stderr)
        XCTAssertTrue(scanned.stdout.contains("Write the purpose on one page"), scanned.stdout)
    }

    func testEnglishCommentsAndAnOutputDirectory() throws {
        let created = try kader("new", "community_centre", "--output", "kaders", "--lang", "en")
        XCTAssertEqual(created.status, 0, created.stderr)
        let framework = try read("kaders/community_centre.yaml")
        XCTAssertTrue(framework.contains("# A scale: options with a value (the points)"), framework)
        XCTAssertTrue(framework.contains("title: {nl: Community centre, en: Community centre}"), framework)
        XCTAssertTrue(framework.contains("response: community_centre-example.yaml"), framework)
        XCTAssertEqual(try CommandRunner.run(["test", "kaders/community_centre.yaml"], directory: directory).status, 0)
    }

    func testExistingFilesAreNotReplacedWithoutForce() throws {
        XCTAssertEqual(try kader("new", "buurthuis").status, 0)
        try "id: mijn_werk\n".write(toFile: directory + "/buurthuis.yaml", atomically: true, encoding: .utf8)
        let again = try kader("new", "buurthuis", "--lang", "en")
        XCTAssertEqual(again.status, 2)
        XCTAssertTrue(again.stderr.contains("buurthuis.yaml already exists"), again.stderr)
        XCTAssertTrue(again.stderr.contains("--force"), again.stderr)
        XCTAssertEqual(try read("buurthuis.yaml"), "id: mijn_werk\n", "the author's file was replaced")
        XCTAssertEqual(try kader("new", "buurthuis", "--force").status, 0)
        XCTAssertTrue(try read("buurthuis.yaml").contains("id: buurthuis"))
    }

    func testASecondFrameworkInTheSameDirectoryKeepsTheSchemas() throws {
        XCTAssertEqual(try kader("new", "eerste").status, 0)
        let second = try kader("new", "tweede")
        XCTAssertEqual(second.status, 0, second.stderr)
        XCTAssertTrue(try read("tweede.yaml").contains("id: tweede"))
    }

    func testTheSchemaBesideTheFrameworksIsRefreshedWithSchemaOutput() throws {
        XCTAssertEqual(try kader("new", "buurthuis").status, 0)
        try "{}".write(toFile: directory + "/kader-framework.schema.json", atomically: true, encoding: .utf8)
        XCTAssertEqual(try kader("schema", "framework", "--output", "kader-framework.schema.json").status, 2)
        XCTAssertEqual(try read("kader-framework.schema.json"), "{}")
        XCTAssertEqual(try kader("schema", "framework", "--output", "kader-framework.schema.json", "--force").status, 0)
        XCTAssertEqual(try read("kader-framework.schema.json"), try kader("schema", "framework").stdout)
    }

    func testAnInvalidIdSuggestsAValidOne() throws {
        let output = try kader("new", "buurt-huis", "--lang", "en")
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.contains("'buurt-huis' is not a valid id"), output.stderr)
        XCTAssertTrue(output.stderr.contains("for example: kader new buurt_huis"), output.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory), [])
    }

    func testAnInvalidDateIsAUsageError() throws {
        let output = try kader("new", "buurthuis", "--date", "2 december", "--lang", "en")
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(
            output.stderr.contains("--date must be a real date written YYYY-MM-DD (like 2026-03-14), not '2 december'"), output.stderr)
    }
}
