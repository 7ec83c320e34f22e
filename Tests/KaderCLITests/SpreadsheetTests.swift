import Foundation
import KaderTestSupport
import XCTest

/// The results table in a real spreadsheet: LibreOffice Calc converts it headless, as a
/// policy officer's double-click would open it (comma-separated in English, semicolons with a
/// decimal comma in Dutch), and the cells are read back from the flat OpenDocument file with
/// their types: figures are numbers, ids and names text, and no cell became a formula.
final class SpreadsheetTests: TemporaryDirectoryTestCase {
    static var calc: String? {
        ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// One cell as Calc read it: its type (`float`, `string`, `date`, ... or "" when empty), its
    /// value and whether it holds a formula.
    struct Cell {
        var type: String
        var value: String
        var formula: Bool
    }

    func testTheResultsTableOpensInCalcWithNumbersAsNumbers() throws {
        guard let calc = Self.calc else {
            throw XCTSkip(
                "no LibreOffice Calc installed (apt-get install libreoffice-calc): "
                    + "the results table was not opened in a spreadsheet")
        }
        let answers = directory + "/antwoorden"
        try FileManager.default.createDirectory(atPath: answers, withIntermediateDirectories: true)
        for example in Fixtures.exampleFiles(for: "moskeeonderwijs") {
            try FileManager.default.copyItem(atPath: example, toPath: answers + "/" + (example as NSString).lastPathComponent)
        }
        // A respondent who names herself like a formula: text in the spreadsheet, never run.
        let hostile = answers + "/as-sabr-begrensd.yaml"
        try String(contentsOfFile: hostile, encoding: .utf8)
            .replacingOccurrences(of: "respondent: Moskee As-Sabr", with: "respondent: \"=1+1\"")
            .write(toFile: hostile, atomically: true, encoding: .utf8)
        XCTAssertEqual(try CommandRunner.run(["aggregate", answers, "--results", directory + "/alle.jsonl"]).status, 0)
        let lines = try file("alle.jsonl").split(separator: "\n").dropFirst().map { line in
            try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        // English: commas, decimal points (language 1033); Dutch: semicolons, decimal commas, a byte-order mark (1043).
        for (name, options, filter) in [
            ("en.csv", ["--delimiter", ","], "CSV:44,34,76,1,,1033"),
            ("nl.csv", ["--delimiter", ";", "--bom"], "CSV:59,34,76,1,,1043")
        ] {
            let run = try CommandRunner.run(["aggregate", answers, "--results", directory + "/" + name, "--items"] + options)
            XCTAssertEqual(run.status, 0, run.stderr)
            let rows = try convert(directory + "/" + name, with: calc, filter: filter)
            XCTAssertEqual(rows.count, 1 + lines.count, name)
            let names = rows[0].map(\.value)
            XCTAssertTrue(rows[0].allSatisfy { $0.type == "string" }, "\(name): the header row is text")
            func column(_ title: String) throws -> Int { try XCTUnwrap(names.firstIndex(of: title), "\(name): no column \(title)") }
            for (cells, line) in zip(rows.dropFirst(), lines) {
                XCTAssertLessThanOrEqual(cells.count, names.count, "\(name): no cells beyond the header")
                // Calc leaves empty cells at the end of a row out.
                let row = cells + Array(repeating: Cell(type: "", value: "", formula: false), count: max(0, names.count - cells.count))
                XCTAssertFalse(row.contains(where: \.formula), "\(name): a cell became a formula")
                let overall = try XCTUnwrap(line["overall"] as? [String: Any])
                let score = row[try column("overall.score")]
                XCTAssertEqual(score.type, "float", "\(name): overall.score")
                XCTAssertEqual(Double(score.value), overall["score"] as? Double, name)
                XCTAssertEqual(row[try column("overall.completeness")].type, "float", name)
                XCTAssertEqual(row[try column("overall.level")].type, "string", name)
                XCTAssertEqual(row[try column("overall.level")].value, overall["level"] as? String, name)
                XCTAssertEqual(row[try column("context.aantal_kinderen")].type, "float", name)
                XCTAssertEqual(row[try column("file")].type, "string", name)
                let domains = try XCTUnwrap(line["domains"] as? [String: [String: Any]])
                for (id, figures) in domains {
                    let cell = row[try column("domain.\(id).score")]
                    XCTAssertEqual(cell.type, figures["score"] is Double ? "float" : "", "\(name): \(id)")
                    XCTAssertEqual(Double(cell.value), figures["score"] as? Double, "\(name): \(id)")
                }
                let points = names.indices.filter { names[$0].hasPrefix("item.") }.map { row[$0] }
                XCTAssertGreaterThan(points.count, 40, name)
                XCTAssertTrue(points.allSatisfy { $0.type == "float" || $0.type == "" }, "\(name): points are numbers")
                XCTAssertTrue(points.contains { $0.type == "float" }, name)
                let respondent = row[try column("respondent")]
                XCTAssertEqual(respondent.type, "string", name)
                if line["respondent"] as? String == "=1+1" { XCTAssertTrue(respondent.value.hasSuffix("=1+1"), respondent.value) }
            }
        }
    }

    /// Converts `csv` to flat OpenDocument with Calc and reads its first sheet's rows.
    func convert(_ csv: String, with calc: String, filter: String) throws -> [[Cell]] {
        let out = directory + "/calc"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: calc)
        process.arguments = [
            "-env:UserInstallation=file://\(directory!)/profile", "--headless", "--norestore", "--infilter=\(filter)",
            "--convert-to", "fods", "--outdir", out, csv
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "soffice --convert-to fods \(csv)")
        let fods = out + "/" + ((csv as NSString).lastPathComponent as NSString).deletingPathExtension + ".fods"
        return Self.rows(try String(contentsOfFile: fods, encoding: .utf8))
    }

    /// The rows of the first table in a flat OpenDocument spreadsheet, trailing empty cells left out.
    static func rows(_ xml: String) -> [[Cell]] {
        guard let table = xml.range(of: "<table:table "), let end = xml.range(of: "</table:table>") else { return [] }
        let body = String(xml[table.lowerBound..<end.lowerBound])
        let cell = "<table:(?:covered-)?table-cell((?:[^>\"]|\"[^\"]*\")*?)(/>|>(.*?)</table:(?:covered-)?table-cell>)"
        let cellPattern = try! NSRegularExpression(pattern: cell, options: [.dotMatchesLineSeparators])
        var rows: [[Cell]] = []
        for rowText in body.components(separatedBy: "<table:table-row").dropFirst() {
            var cells: [Cell] = []
            let range = NSRange(rowText.startIndex..., in: rowText)
            for match in cellPattern.matches(in: rowText, range: range) {
                let attributes = Range(match.range(at: 1), in: rowText).map { String(rowText[$0]) } ?? ""
                let content = Range(match.range(at: 3), in: rowText).map { String(rowText[$0]) } ?? ""
                let type = attribute("office:value-type", in: attributes) ?? ""
                let value = attribute("office:value", in: attributes) ?? attribute("office:date-value", in: attributes) ?? text(content)
                let cell = Cell(type: type, value: value, formula: attribute("table:formula", in: attributes) != nil)
                cells += Array(repeating: cell, count: attribute("table:number-columns-repeated", in: attributes).flatMap { Int($0) } ?? 1)
            }
            while cells.last?.type == "" { cells.removeLast() }
            if !cells.isEmpty { rows.append(cells) }
        }
        return rows
    }

    static func attribute(_ name: String, in attributes: String) -> String? {
        guard let start = attributes.range(of: " \(name)=\"") else { return nil }
        let rest = attributes[start.upperBound...]
        return rest.firstIndex(of: "\"").map { unescape(String(rest[..<$0])) }
    }

    static func text(_ content: String) -> String {
        let stripped = content.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        return unescape(stripped.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
