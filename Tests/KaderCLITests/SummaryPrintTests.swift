import Foundation
import KaderTestSupport
import XCTest

/// The two-page summary as a board or a college receives it: `kader scan --format docx` for
/// every bundled example, opened by LibreOffice (headless) and printed to PDF, fits on two A4
/// pages and says what it should; page one is drawn as a picture to look at
/// (`.build/print/NAME-summary.png`; `RECORD_GOLDEN=1` also writes docs/summary-page1.png for
/// the README).
final class SummaryPrintTests: TemporaryDirectoryTestCase {
    /// The example the README shows.
    static let pictured = "waterland_oost_2026"

    func testEveryExampleSummaryPrintsOnAtMostTwoPagesWithItsTexts() throws {
        let office = try PrintTools.require(PrintTools.office, install: "libreoffice-writer", what: "the Word summary")
        _ = try PrintTools.require(PrintTools.poppler ? "poppler" : nil, install: "poppler-utils", what: "the Word summary's pages")
        var documents: [(name: String, docx: String)] = []
        for id in ["moskeeonderwijs", "jeugdhulp_azc", "interventies_samenleven"] {
            for example in Fixtures.exampleFiles(for: id) {
                let name = ((example as NSString).lastPathComponent as NSString).deletingPathExtension
                let docx = directory + "/" + name + ".docx"
                let scan = try CommandRunner.run(["scan", example, "--format", "docx", "--output", docx])
                XCTAssertEqual(scan.status, 0, scan.stderr)
                documents.append((name, docx))
            }
        }
        XCTAssertGreaterThanOrEqual(documents.count, 10)
        // One LibreOffice for all of them, with a profile of its own (another may be running).
        let converted = try PrintTools.run(
            office,
            [
                "-env:UserInstallation=file://\(directory!)/profile", "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", directory
            ] + documents.map(\.docx))
        XCTAssertEqual(converted.status, 0, "soffice --convert-to pdf")
        for (name, docx) in documents {
            let pdf = String(docx.dropLast(5)) + ".pdf"
            XCTAssertTrue(FileManager.default.fileExists(atPath: pdf), "\(name): LibreOffice made no PDF")
            let pages = try PrintTools.pages(pdf)
            XCTAssertTrue((1...2).contains(pages), "\(name): the summary prints on \(pages) pages")
            let text = try PrintTools.text(pdf)
            for expected in ["Wat gaat goed", "Begin hier", "Per domein", "Het volledige rapport", "kader scan \(name).yaml"] {
                XCTAssertTrue(text.contains(expected), "\(name): the printed summary does not say '\(expected)'")
            }
            let picture = PrintTools.pictures + "/" + name + "-summary"
            XCTAssertEqual(
                try PrintTools.run("/usr/bin/pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, picture]).status, 0)
            XCTAssertTrue(FileManager.default.fileExists(atPath: picture + ".png"), name)
            if Golden.recording, name == Self.pictured {
                let readme = Fixtures.root + "/docs/summary-page1.png"
                try? FileManager.default.removeItem(atPath: readme)
                try FileManager.default.copyItem(atPath: picture + ".png", toPath: readme)
            }
        }
    }

    /// The municipality's summary is the "bestuurlijke samenvatting" for a college memo (the
    /// framework's `report.summary`) and names the municipality, its overall figures and each theme.
    func testTheMunicipalitysSummarySaysWhoWhatAndWhereToBegin() throws {
        let office = try PrintTools.require(PrintTools.office, install: "libreoffice-writer", what: "the Word summary")
        _ = try PrintTools.require(PrintTools.poppler ? "poppler" : nil, install: "poppler-utils", what: "the Word summary's pages")
        let docx = directory + "/samenvatting.docx"
        XCTAssertEqual(
            try CommandRunner.run(["scan", "Examples/jeugdhulp_azc/waterland_oost_2026.yaml", "--format", "docx", "-o", docx]).status, 0)
        let json = try CommandRunner.run(["scan", "Examples/jeugdhulp_azc/waterland_oost_2026.yaml", "--format", "json"]).stdout
        let result = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        XCTAssertEqual(
            try PrintTools.run(
                office,
                [
                    "-env:UserInstallation=file://\(directory!)/profile", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", directory, docx
                ]
            ).status, 0)
        let text = try PrintTools.text(directory + "/samenvatting.pdf")
        XCTAssertTrue(text.contains(try XCTUnwrap(result["respondent"] as? String)), text)
        XCTAssertTrue(text.hasPrefix("Bestuurlijke samenvatting"), "the framework's title for a college memo: \(text.prefix(80))")
        XCTAssertTrue(text.contains("Deze samenvatting is een bijlage bij een collegenota"), text)
        for domain in try XCTUnwrap(result["domains"] as? [[String: Any]]) {
            let title = try XCTUnwrap(domain["title"] as? String)
            XCTAssertTrue(text.contains(title), "the summary names the domain '\(title)'")
        }
        for owner in (result["plan"] as? [[String: Any]] ?? []).compactMap({ $0["owner"] as? String }).prefix(1) {
            XCTAssertTrue(text.contains(owner), "the summary names who takes the advice on: \(owner)")
        }
    }
}
