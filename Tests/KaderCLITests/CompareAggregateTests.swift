import Foundation
import KaderTestSupport
import XCTest

/// `kader compare` and `kader aggregate` as a policy officer and a trainer run them.
final class CompareAggregateTests: XCTestCase {
    func testCompareOverTimeReportsProgressAndResolvedAdvice() throws {
        let output = try CommandRunner.run([
            "compare", "Examples/jeugdhulp_azc/waterland_oost_2026.yaml", "Examples/jeugdhulp_azc/waterland_oost_2025.yaml"
        ])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.contains("Voortgang van Gemeente Waterland-Oost"), output.stdout)
        // Sorted by date whatever the order given; the overall change is 60,5 − 33,6.
        XCTAssertLessThan(output.stdout.range(of: "2025-11-18")!.lowerBound, output.stdout.range(of: "2026-11-17")!.lowerBound)
        XCTAssertTrue(output.stdout.contains("+26,9"), output.stdout)
        XCTAssertTrue(output.stdout.contains("Opgelost door een ander antwoord"), output.stdout)
        XCTAssertTrue(output.stdout.contains("In het kort"), output.stdout)
    }

    func testCompareFindsTheOlderFrameworkVersionInTheLibrary() throws {
        let directory = NSTemporaryDirectory() + "kader-versions-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        func framework(_ version: String, _ extra: String) -> String {
            """
            id: kort
            version: "\(version)"
            title: {nl: Kort, en: Short}
            scales:
              - id: mate
                options:
                  - {id: nee, value: 0, label: {nl: Nee, en: No}}
                  - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
            domains:
              - id: visie
                title: {nl: Visie, en: Vision}
                questions:
                  - {id: plan, scale: mate, text: {nl: Er is een plan., en: There is a plan.}}
            \(extra)
            """
        }
        try framework("1.0", "").write(toFile: directory + "/kort-1.0.yaml", atomically: true, encoding: .utf8)
        try framework("2.0", "      - {id: ruimte, scale: mate, text: {nl: Er is een lokaal., en: There is a room.}}").write(
            toFile: directory + "/kort.yaml", atomically: true, encoding: .utf8)
        try "framework: kort\nversion: \"1.0\"\nrespondent: Noor\ndate: 2025-01-01\nanswers: {plan: nee}\n".write(
            toFile: directory + "/a.yaml", atomically: true, encoding: .utf8)
        try "framework: kort\nversion: \"2.0\"\nrespondent: Noor\ndate: 2026-01-01\nanswers: {plan: ja, ruimte: ja}\n".write(
            toFile: directory + "/b.yaml", atomically: true, encoding: .utf8)
        let output = try CommandRunner.run([
            "compare", directory + "/a.yaml", directory + "/b.yaml", "--frameworks", directory, "--lang", "en"
        ])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertFalse(output.stderr.contains("version-mismatch"), output.stderr)
        XCTAssertTrue(output.stdout.contains("What changed in the framework"), output.stdout)
        XCTAssertTrue(output.stdout.contains("new question: There is a room."), output.stdout)
        XCTAssertFalse(output.stdout.contains("ruimte"), "a reader does not know the question's id")
    }

    func testCompareNeedsTwoResponses() throws {
        let output = try CommandRunner.run(["compare", "Examples/jeugdhulp_azc/waterland_oost_2026.yaml"])
        XCTAssertEqual(output.status, 2)
    }

    func testCompareSaysWhichRowsItHasInsteadOfWritingDomains() throws {
        // A policy officer asks for the comparison's find-out rows: a scan's, so it says where to find them.
        let output = try CommandRunner.run([
            "compare", "Examples/jeugdhulp_azc/waterland_oost_2025.yaml", "Examples/jeugdhulp_azc/waterland_oost_2026.yaml",
            "--format", "csv", "--rows", "find-out"
        ])
        XCTAssertEqual(output.status, 2)
        XCTAssertEqual(output.stdout, "")
        XCTAssertTrue(output.stderr.contains("kader compare schrijft geen rijen per 'find-out'"), output.stderr)
        XCTAssertTrue(output.stderr.contains("kader scan --rows find-out"), output.stderr)
        let advice = try CommandRunner.run([
            "compare", "Examples/jeugdhulp_azc/waterland_oost_2025.yaml", "Examples/jeugdhulp_azc/waterland_oost_2026.yaml",
            "--format", "csv", "--rows", "advice"
        ])
        XCTAssertEqual(advice.status, 0, advice.stderr)
        XCTAssertTrue(advice.stdout.hasPrefix("advice_id,domain_id,advice,outcome,reason,why\r\n"), advice.stdout)
    }

    func testCompareRefusesResponsesToDifferentFrameworks() throws {
        let output = try CommandRunner.run([
            "compare", "Examples/jeugdhulp_azc/waterland_oost_2026.yaml", "Examples/moskeeonderwijs/al-amal-startend.yaml", "--lang", "en"
        ])
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.contains("different frameworks"), output.stderr)
    }

    func testAggregateRanksTheLongListAndWritesJSONLines() throws {
        let directory = NSTemporaryDirectory() + "kader-aggregate-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let output = try CommandRunner.run([
            "aggregate", "Examples/interventies_samenleven", "--results", directory + "/alle.jsonl", "--format", "csv", "--jobs", "2"
        ])
        XCTAssertEqual(output.status, 0, output.stderr)
        let rows = output.stdout.split(separator: "\r\n")
        XCTAssertEqual(rows.first?.hasPrefix("rank,name,date,overall,level,grade"), true, output.stdout)
        XCTAssertEqual(rows.count, 1 + 6)
        XCTAssertTrue(rows[1].hasPrefix("1,Bouwploeg Buurtplein,"), output.stdout)
        let lines = try String(contentsOfFile: directory + "/alle.jsonl", encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 1 + 6, "a header, then a compact line per result")
        for (index, line) in lines.enumerated() {
            let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            XCTAssertEqual(index == 0 ? json["kader_results"] as? Int : json["overall"].map { _ in 1 }, 1, String(line))
        }
        let again = try CommandRunner.run(["aggregate", "Examples/interventies_samenleven", "--results", directory + "/alle.jsonl"])
        XCTAssertEqual(again.status, 2, "an existing results file is not overwritten without --force")
    }

    func testAggregateListsFilesItCouldNotScoreAndExitsOne() throws {
        let directory = NSTemporaryDirectory() + "kader-aggregate-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.copyItem(
            atPath: Fixtures.root + "/Examples/moskeeonderwijs/al-amal-startend.yaml", toPath: directory + "/a.yaml")
        try "framework: moskeeonderwijs\nanswers:\n  geen_straf: misschien\n".write(
            toFile: directory + "/b.yaml", atomically: true, encoding: .utf8)
        let output = try CommandRunner.run(["aggregate", directory, "--lang", "en"])
        XCTAssertEqual(output.status, 1)
        XCTAssertTrue(output.stderr.contains("b.yaml:3:15: error: 'misschien' is not an option of question 'geen_straf'"), output.stderr)
        XCTAssertTrue(output.stdout.contains("1 results, 1 could not be scored"), output.stdout)
    }

    func testCombiningColleaguesShowsWhereTheyDiffer() throws {
        let output = try CommandRunner.run(["aggregate", "--combine", "Examples/jeugdhulp_azc/collegas", "--format", "markdown"])
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.contains("Bespreek samen: de antwoorden lopen uiteen"), output.stdout)
        XCTAssertTrue(output.stdout.contains("Crisiszorg voor kinderen op de locatie is dag en nacht bereikbaar"), output.stdout)
    }
}

/// A survey tool's export goes straight into an overview.
final class AggregateCSVTests: XCTestCase {
    func testASurveyExportIsAggregatedDirectly() throws {
        let output = try CommandRunner.run([
            "aggregate", "Tests/KaderTests/Fixtures/csv/limesurvey_jeugdhulp.csv", "--framework", "jeugdhulp_azc", "--format", "json",
            "--lang", "en"
        ])
        XCTAssertEqual(output.status, 0, output.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(json["kader_group"] as? Int, 1)
        XCTAssertEqual(json["count"] as? Int, 3)
        let ranking = try XCTUnwrap(json["ranking"] as? [[String: Any]])
        XCTAssertEqual(Set(ranking.compactMap { $0["label"] as? String }).count, 3, "every row keeps a name of its own")
    }

    func testACSVWithoutAFrameworkIsAUsageError() throws {
        let output = try CommandRunner.run(["aggregate", "Tests/KaderTests/Fixtures/csv/limesurvey_jeugdhulp.csv", "--lang", "en"])
        XCTAssertEqual(output.status, 2)
        XCTAssertTrue(output.stderr.contains("use --framework"), output.stderr)
    }
}
