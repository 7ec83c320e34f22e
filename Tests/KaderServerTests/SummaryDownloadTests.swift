import Foundation
import Hummingbird
import HummingbirdTesting
import Kader
import KaderReports
import KaderTestSupport
import XCTest
import ZIPFoundation

@testable import KaderServer

/// The policy officer takes the two-page summary into the memo: the result page offers it
/// among the downloads, and it is the Word file `kader scan --format docx` writes, saying that
/// the full report is on the result page.
final class SummaryDownloadTests: PlanServerTestCase, @unchecked Sendable {
    func testTheResultPageOffersTheTwoPageSummaryAsAWordFile() async throws {
        let scan = try await importExample("Examples/jeugdhulp_azc/waterland_oost_2026.yaml")
        let sheet = try await app.sheet(token: scan.token.text)
        try await withServer { client in
            let page = try await client.execute(uri: "/s/\(scan.token.text)/result", method: .get).text
            XCTAssertTrue(page.contains("id=\"download-docx\""), "the summary is among the downloads")
            XCTAssertTrue(page.contains("Samenvatting op twee pagina&#39;s (Word)"), page)
            let response = try await client.execute(uri: "/s/\(scan.token.text)/download/summary.docx?lang=nl", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            XCTAssertEqual(
                response.headers[.contentDisposition], "attachment; filename=\"\(String(sheet.fileName.dropLast(5)))-samenvatting.docx\"")
            let archive = try Archive(data: Data(response.body.readableBytesView), accessMode: .read)
            let entry = try XCTUnwrap(archive["word/document.xml"], "a Word document has its body in word/document.xml")
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            let xml = String(decoding: data, as: UTF8.self)
            let options = RenderOptions(language: .nl, fullReport: "de resultaatpagina in Kader, onder Downloaden en printen")
            XCTAssertTrue(
                xml.contains(
                    WordBackend().body(
                        ResultReport(sheet.result, framework: sheet.framework, language: .nl)
                            .summary(fullReport: options.fullReport))), "the body is the summary's, as the CLI writes it")
            XCTAssertTrue(xml.contains("Begin hier"))
            XCTAssertTrue(xml.contains("de resultaatpagina in Kader"), "it says where the full report is")
        }
    }
}
