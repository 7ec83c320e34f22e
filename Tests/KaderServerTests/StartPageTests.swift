import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kader
import KaderFiles
import XCTest

@testable import KaderServer

/// A board member opens the start page: the frameworks to choose from, the scans so far, in
/// Dutch or English, and a framework that is broken explained rather than fatal.
final class StartPageTests: ServerTestCase, @unchecked Sendable {
    func testTheStartPageListsEachFrameworkWithItsSizeAndAStartButton() async throws {
        try await withServer { client in
            let page = try await client.get("/")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.text.contains("informeel moskeeonderwijs"))
            XCTAssertTrue(page.text.contains(#"<article class="framework" id="framework-webscan">"#))
            XCTAssertTrue(page.text.contains("7 vragen op 2 pagina"), page.text)
            XCTAssertTrue(page.text.contains(#"<button id="start-moskeeonderwijs" type="submit""#))
            XCTAssertTrue(page.text.contains(#"<p id="no-scans">Nog geen scans.</p>"#))
        }
    }

    func testEveryResponseForbidsInlineScriptAndOtherOrigins() async throws {
        try await withServer { client in
            for uri in ["/", "/assets/kader.js", "/bestaat-niet", "/s/" + String(repeating: "a", count: 32)] {
                let response = try await client.get(uri)
                let policy = response.headers[HTTPField.Name("Content-Security-Policy")!] ?? ""
                XCTAssertTrue(policy.contains("script-src 'self'"), uri)
                XCTAssertTrue(policy.contains("default-src 'self'"), uri)
                XCTAssertFalse(policy.contains("unsafe-inline"), uri)
                XCTAssertEqual(response.headers[HTTPField.Name("X-Content-Type-Options")!], "nosniff", uri)
            }
            let page = try await client.get("/")
            XCTAssertFalse(page.text.contains("<script>"), "no inline script")
            XCTAssertFalse(page.text.contains("style=\""), "no inline style")
            XCTAssertFalse(page.text.contains("http://") || page.text.contains("https://"), "nothing from the network")
        }
    }

    func testTheLanguageSwitchShowsEnglishAndIsRememberedInACookie() async throws {
        try await withServer { client in
            let english = try await client.get("/?lang=en")
            XCTAssertTrue(english.text.contains("<html lang=\"en\">"))
            XCTAssertTrue(english.text.contains("Start a scan"))
            XCTAssertTrue(english.text.contains(#"<a id="lang-switch" href="/?lang=nl" hreflang="nl" lang="nl">Nederlands</a>"#))
            let cookie = english.headers[.setCookie] ?? ""
            XCTAssertTrue(cookie.hasPrefix("kader_lang=en"), cookie)
            XCTAssertTrue(cookie.contains("SameSite=Lax"), cookie)
            let next = try await client.get("/", cookie: "kader_lang=en")
            XCTAssertTrue(next.text.contains("Frameworks"))
            XCTAssertTrue(next.text.contains("Web scan"), "the framework's own texts follow")
            let dutch = try await client.get("/")
            XCTAssertTrue(dutch.text.contains("<html lang=\"nl\">"), "Dutch without a choice")
        }
    }

    func testAFrameworkThatDoesNotLoadShowsWhereAndHowToFixItAndTheServerKeepsServing() async throws {
        let broken = directory + "/kaders"
        try FileManager.default.createDirectory(atPath: broken, withIntermediateDirectories: true)
        try "kader: 1\nid: kapot\nversion: \"1.0\"\ntitle: {nl: Kapot}\ndomains: []\nscales: [\n".write(
            toFile: broken + "/kapot.yaml", atomically: true, encoding: .utf8)
        let app = ServerApp(store: store, library: FrameworkLibrary(directories: [broken, Self.fixtures]))
        try await withServer(app: app) { client in
            let page = try await client.get("/")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.text.contains(#"<article class="framework-failed"><h3>kapot.yaml</h3>"#), page.text)
            XCTAssertTrue(page.text.contains(#"<code class="location">"# + broken + "/kapot.yaml:"), "file:line:col")
            XCTAssertTrue(page.text.contains("framework-webscan"), "the others still offered")
            let started = try await client.post("/scans", [("framework", "webscan")])
            XCTAssertEqual(started.status, .seeOther, "and the server keeps serving")
        }
    }

    func testScansAreListedNewestFirstWithEveryTypedNameEscaped() async throws {
        try await withServer { client in
            let first = try await client.startScan("webscan")
            _ = try await client.post("/s/\(first)/start", [("organisation", "<script>alert(1)</script>"), ("respondent", "A & B")])
            let second = try await client.startScan("moskeeonderwijs")
            let page = try await client.get("/").text
            XCTAssertFalse(page.contains("<script>alert(1)"))
            XCTAssertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; · A &amp; B"))
            let newer = try XCTUnwrap(page.range(of: "/s/" + second))
            let older = try XCTUnwrap(page.range(of: "/s/" + first))
            XCTAssertLessThan(newer.lowerBound, older.lowerBound)
        }
    }

    func testTheScriptAndStylesheetsComeFromTheServerItself() async throws {
        try await withServer { client in
            let script = try await client.get("/assets/kader.js")
            XCTAssertEqual(script.headers[.contentType], "text/javascript; charset=utf-8")
            XCTAssertTrue(script.text.contains("form.dataset.answerUrl"))
            let style = try await client.get("/assets/kader.css")
            XCTAssertTrue(style.text.contains(":focus"), "a visible focus ring")
            let report = try await client.get("/assets/report.css")
            XCTAssertTrue(report.text.contains("@media print"))
        }
    }
}
