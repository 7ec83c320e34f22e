import Foundation
import Hummingbird
import HummingbirdTesting
import Kader
import KaderFiles
import KaderTestSupport
import XCTest
import ZIPFoundation

@testable import KaderServer

/// Files in and out: a board uploads last year's response file, a municipality the CSV export of
/// its survey tool; a broken file shows every problem with its place and fix and writes nothing;
/// an organisation's scans go out as a ZIP of response files that `kader scan` reads.
final class TransferPageTests: PlanServerTestCase, @unchecked Sendable {
    func testAResponseFileIsReadInWithItsPlan() async throws {
        let store = self.store!
        let file = try Self.example("Examples/moskeeonderwijs/al-amal-startend.yaml")
        try await withServer { client in
            let form = try await client.execute(uri: "/upload", method: .get).text
            XCTAssertTrue(form.contains("enctype=\"multipart/form-data\""))
            XCTAssertTrue(form.contains("<label for=\"upload-file\">"))
            let start = try await client.execute(uri: "/", method: .get).text
            XCTAssertTrue(start.contains("<a id=\"upload-link\" href=\"/upload\">"))

            let upload = try await client.execute(
                uri: "/upload", method: .post, headers: Multipart.headers,
                body: Multipart.body(files: [("file", "al-amal-startend.yaml", file)]))
            XCTAssertEqual(upload.status, .seeOther)
            let location = try XCTUnwrap(upload.headers[.location])
            XCTAssertTrue(location.hasSuffix("/result"))
            let scans = try await store.scans(limit: 10, organisation: nil)
            XCTAssertEqual(scans.count, 1)
            XCTAssertEqual(scans.first?.organisation, "Stichting Al-Amal")
            let stored = try await store.scan(token: try XCTUnwrap(scans.first?.token))
            let plan = try await store.plan(scan: try XCTUnwrap(stored?.id))
            XCTAssertEqual(plan.map(\.adviceID), ["straf_niet_uitgesloten", "commissie_instellen", "ouderavond"])
            let result = try await client.execute(uri: location, method: .get).text
            XCTAssertTrue(result.contains("Actieplan"))
        }
    }

    func testABrokenFileShowsEveryProblemWithItsPlaceAndWritesNothing() async throws {
        let store = self.store!
        let broken = """
            framework: moskeeonderwijs
            version: "2.1.0"
            answers:
              commisie: ja
            plan:
              - advice: ouderavond
                status: klaar
            """
        try await withServer { client in
            let response = try await client.execute(
                uri: "/upload", method: .post, headers: Multipart.headers,
                body: Multipart.body(files: [("file", "../../moskee<b>.yaml", Array(broken.utf8))]))
            XCTAssertEqual(response.status, .unprocessableContent)
            // Quotes in messages are written as &#39; by the escaper.
            let page = response.text.replacingOccurrences(of: "&#39;", with: "'")
            XCTAssertTrue(page.contains("<code class=\"location\">moskee&lt;b&gt;.yaml:4:3</code>"), page)
            XCTAssertTrue(page.contains("<code class=\"location\">moskee&lt;b&gt;.yaml:7:13</code>"), page)
            XCTAssertTrue(page.contains("Oplossing: bedoelde je 'commissie'?"), page)
            XCTAssertTrue(page.contains("Oplossing: bekende waarden: 'gepland', 'bezig', 'gedaan', 'losgelaten'"), page)
            let english = try await client.execute(
                uri: "/upload?lang=en", method: .post, headers: Multipart.headers,
                body: Multipart.body(files: [("file", "moskee.yaml", Array(broken.utf8))]))
            XCTAssertTrue(english.text.replacingOccurrences(of: "&#39;", with: "'").contains("Fix: did you mean 'commissie'?"))
            let unknownFramework = try await client.execute(
                uri: "/upload", method: .post, headers: Multipart.headers,
                body: Multipart.body(files: [("file", "x.yaml", Array("framework: onbekend\n".utf8))]))
            XCTAssertEqual(unknownFramework.status, .unprocessableContent)

            for (body, status) in [
                (Multipart.body(files: []), 400),  // no file
                (Multipart.body(files: [("file", "x.csv", Array("a,b\n1,2\n".utf8))]), 400),  // CSV without a framework
                (ByteBuffer(string: "--something else\r\n"), 400),  // not the boundary
                (ByteBuffer(bytes: [UInt8](repeating: 65, count: 3 * 1024 * 1024)), 413)  // over 2 MiB
            ] {
                let refused = try await client.execute(uri: "/upload", method: .post, headers: Multipart.headers, body: body)
                XCTAssertEqual(refused.status.code, status)
                XCTAssertTrue(refused.text.contains("error-page"))
            }
        }
        let scans = try await store.scans(limit: 10, organisation: nil)
        XCTAssertEqual(scans.count, 0, "nothing of a refused upload is written")
    }

    func testAFrameworkNamedByPathIsRefusedWithAFixForTheWeb() async throws {
        let store = self.store!
        let file = Array("respondent: bestuur\nframework: /etc/passwd\nanswers:\n  commissie: ja\n".utf8)
        try await withServer { client in
            for (path, location, fix) in [
                (
                    "/upload", "passwd.yaml:2:12",
                    "Oplossing: een antwoordbestand noemt zijn kader bij id, zoals 'framework: moskeeonderwijs'; "
                        + "zet daar het id van een kader uit de lijst op de startpagina van deze server"
                ),
                (
                    "/upload?lang=en", "passwd.yaml:2:12",
                    "Fix: a response names its framework by id, like 'framework: moskeeonderwijs'; "
                        + "put there the id of a framework from the list on this server's start page"
                )
            ] {
                let response = try await client.execute(
                    uri: path, method: .post, headers: Multipart.headers, body: Multipart.body(files: [("file", "passwd.yaml", file)]))
                XCTAssertEqual(response.status, .unprocessableContent)
                let page = response.text.replacingOccurrences(of: "&#39;", with: "'")
                XCTAssertTrue(page.contains("<code class=\"location\">\(location)</code>"), page)
                XCTAssertTrue(page.contains(fix), page)
                XCTAssertFalse(page.contains("--framework"), "a web page offers no command-line option: \(page)")
                XCTAssertFalse(page.contains("root:"), "nothing of the file it named is shown")
            }
            let unknown = try await client.execute(
                uri: "/upload?lang=en", method: .post, headers: Multipart.headers,
                body: Multipart.body(files: [("file", "x.yaml", Array("framework: moskeeondewijs\n".utf8))]))
            XCTAssertEqual(unknown.status, .unprocessableContent)
            let page = unknown.text.replacingOccurrences(of: "&#39;", with: "'")
            XCTAssertTrue(page.contains("did you mean 'moskeeonderwijs'?"), page)
            XCTAssertTrue(page.contains("This server knows the frameworks on its start page"), page)
            XCTAssertFalse(page.contains("--framework"), "no --framework nor --frameworks on a web page: \(page)")
        }
        let scans = try await store.scans(limit: 10, organisation: nil)
        XCTAssertEqual(scans.count, 0)
    }

    func testASurveyExportWithAMappingBecomesOneScanPerRow() async throws {
        let store = self.store!
        let csv = try Self.example("Tests/KaderTests/Fixtures/csv/codes_jeugdhulp.csv")
        let mapping = try Self.example("Tests/KaderTests/Fixtures/csv/koppeling_jeugdhulp.yaml")
        try await withServer { client in
            let response = try await client.execute(
                uri: "/upload", method: .post, headers: Multipart.headers,
                body: Multipart.body(
                    fields: [("framework", "jeugdhulp_azc")],
                    files: [
                        ("file", "codes_jeugdhulp.csv", csv),
                        ("mapping", "koppeling_jeugdhulp.yaml", mapping)
                    ]))
            XCTAssertEqual(response.status, .ok)
            XCTAssertTrue(response.text.contains("id=\"imported-count\""), response.text)
            let scans = try await store.scans(limit: 10, organisation: nil)
            XCTAssertEqual(Set(scans.compactMap(\.respondent)), ["Gemeente Waterland", "Gemeente Hoogdijk"])
            XCTAssertEqual(scans.map(\.frameworkID), ["jeugdhulp_azc", "jeugdhulp_azc"])
        }
    }

    func testAnOrganisationsScansGoOutAsAZIPOfResponseFiles() async throws {
        let later = try await importExample("Examples/jeugdhulp_azc/waterland_oost_2026.yaml")
        _ = try await importExample("Examples/jeugdhulp_azc/waterland_oost_2025.yaml")
        let framework = try app.framework(id: "jeugdhulp_azc")
        try await withServer { client in
            let response = try await client.execute(uri: "/s/\(later.token.text)/history/export.zip", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "application/zip")
            XCTAssertEqual(
                response.headers[.contentDisposition], "attachment; filename=\"kader-team-sociaal-domein-cluster-jeugd-jeugdhulp-azc.zip\"")
            let archive = try Archive(data: Data(response.body.readableBytesView), accessMode: .read)
            var plans: [[String]] = []
            for entry in archive {
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                let text = String(decoding: data, as: UTF8.self)
                let read = try XCTUnwrap(ResponseLoader().load(text: text, name: entry.path, framework: framework).value, entry.path)
                plans.append(read.plan.map(\.adviceID))
            }
            XCTAssertEqual(plans.count, 2)
            XCTAssertEqual(plans.first?.count, 5, "oldest first: last year's five points")
        }
    }
}
