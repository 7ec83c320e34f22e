import Foundation
import HummingbirdTesting
import Kader
import KaderFiles
import KaderReports
import XCTest

@testable import KaderServer

/// A policy officer fills in a scan page by page without the script: who and when first, then
/// one domain per page, then the result with its downloads.
final class ScanFlowTests: ServerTestCase, @unchecked Sendable {
    func testStartingAScanWritesOneRowWithAnUnguessableLink() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            XCTAssertNotNil(ScanToken(token), "32 hexadecimal digits: 128 random bits")
            XCTAssertEqual(
                try count(
                    "SELECT COUNT(*) FROM scans WHERE token = ? AND framework_id = 'webscan' AND framework_version = '1.0.0'", [token]), 1)
            let other = try await client.startScan("webscan")
            XCTAssertNotEqual(token, other)
            let page = try await client.get("/s/\(token)/start")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.text.contains(#"<label for="field-organisation">Organisatie</label>"#))
            XCTAssertTrue(page.text.contains(#"<label for="field-context-leden">Aantal leden</label>"#))
            XCTAssertTrue(page.text.contains(#"type="date" id="field-date""#))
        }
    }

    func testTheFirstPageSavesWhoWhenAndTheContextAndShowsThemEscaped() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            let saved = try await client.post(
                "/s/\(token)/start",
                [
                    ("form", "n1"), ("organisation", "Stichting \"De Brug\" <b>"), ("respondent", "Fatima & co"), ("date", "2026-03-14"),
                    ("context.plaats", "Den Haag"), ("context.leden", "12,5")
                ])
            XCTAssertEqual(saved.status, .seeOther)
            XCTAssertEqual(saved.headers[.location], "/s/\(token)/d/1")
            XCTAssertEqual(
                try count(
                    "SELECT COUNT(*) FROM scans WHERE organisation = ? AND respondent = ? AND date = '2026-03-14'",
                    ["Stichting \"De Brug\" <b>", "Fatima & co"]), 1)
            XCTAssertEqual(try count("SELECT COUNT(*) FROM scan_context WHERE field_id = 'leden' AND number = 12.5"), 1)
            XCTAssertEqual(try count("SELECT COUNT(*) FROM scan_context WHERE field_id = 'plaats' AND text = 'Den Haag'"), 1)
            let page = try await client.get("/s/\(token)/start").text
            XCTAssertTrue(page.contains(#"value="Stichting &quot;De Brug&quot; &lt;b&gt;""#))
            XCTAssertTrue(page.contains(#"value="Fatima &amp; co""#))
            XCTAssertTrue(page.contains(#"value="12.5""#))
        }
    }

    func testADomainPageAsksEachQuestionByItsShapeInAFieldsetWithItsLegend() async throws {
        try await withServer { client in
            let token = try await client.startScan("webscan")
            let team = try await client.get("/s/\(token)/d/1").text
            XCTAssertTrue(team.contains(#"<p id="progress">Domein 1 van 2 · 0 van 6 vragen beantwoord</p>"#), team)
            XCTAssertTrue(
                team.contains(#"<fieldset class="question" id="q-plan" data-question="plan" aria-describedby="help-plan"><legend>"#))
            XCTAssertTrue(
                team.contains(
                    #"<label for="q-plan-deels"><input type="radio" id="q-plan-deels" name="answer.plan" value="deels">Deels</label>"#))
            XCTAssertTrue(team.contains(#"id="q-plan-weet_niet""#), "the scale allows weet niet")
            XCTAssertFalse(team.contains(#"id="q-streng-weet_niet""#), "this scale does not")
            XCTAssertTrue(team.contains(#"id="q-heeft_team-ja" name="answer.heeft_team" value="ja""#))
            XCTAssertTrue(team.contains(#"<label for="note-plan">"#) && team.contains(#"<textarea id="note-plan" name="note.plan""#))
            XCTAssertTrue(team.contains(#"<p class="hint" id="help-plan">Bewijs - het plan zelf.</p>"#))
            XCTAssertTrue(team.contains(#"<p id="save-status" role="status" aria-live="polite"></p>"#))
            XCTAssertTrue(team.contains(#"<aside id="live-score""#))
            let figures = try await client.get("/s/\(token)/d/2").text
            XCTAssertTrue(figures.contains(#"<label for="q-leden_actief-input">Getal (0–500)"#))
            XCTAssertTrue(figures.contains(#"<textarea id="q-opmerking-input" name="answer.opmerking""#))
            XCTAssertTrue(figures.contains(#"<input type="checkbox" id="q-activiteiten-sport" name="answer.activiteiten" value="sport">"#))
            XCTAssertTrue(figures.contains(#"<button id="next" type="submit" name="go" value="next">Opslaan en naar de uitslag</button>"#))
        }
    }

    func testAQuestionThatDoesNotApplyIsHiddenUntilAnAnswerMakesItApply() async throws {
        try await withServer { client in
            let token = try await client.startScan("webscan")
            let before = try await client.get("/s/\(token)/d/1").text
            XCTAssertTrue(
                before.contains(#"<fieldset class="question not-relevant" id="q-team_overleg" data-question="team_overleg" hidden>"#))
            let saved = try await client.post("/s/\(token)/d/1", [("form", "a"), ("answer.heeft_team", "ja"), ("go", "next")])
            XCTAssertEqual(saved.headers[.location], "/s/\(token)/d/1?added=1", "stays: a question appeared on this page")
            let after = try await client.get("/s/\(token)/d/1?added=1").text
            XCTAssertTrue(after.contains(#"<fieldset class="question" id="q-team_overleg" data-question="team_overleg">"#))
            XCTAssertTrue(after.contains("zijn er vragen bijgekomen"))
            XCTAssertTrue(after.contains("1 van 7 vragen beantwoord"))
        }
    }

    func testSavingAPageWritesWhatChangedAndGoesToTheNextDomain() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            let saved = try await client.post(
                "/s/\(token)/d/1",
                [
                    ("form", "a"), ("answer.plan", "volledig"), ("note.plan", "Zie \"jaarplan\" <2026>"), ("evidence.plan", "notulen mei"),
                    ("rev.plan", "0"), ("answer.streng", "ja"), ("note.streng", ""), ("answer.heeft_team", "nee"), ("go", "next")
                ])
            XCTAssertEqual(saved.headers[.location], "/s/\(token)/d/2")
            XCTAssertEqual(
                try count(
                    "SELECT COUNT(*) FROM answers WHERE question_id = 'plan' AND value = 'volledig' "
                        + "AND note = ? AND evidence = 'notulen mei'",
                    ["Zie \"jaarplan\" <2026>"]), 1)
            XCTAssertEqual(try count("SELECT COUNT(*) FROM answers"), 3)
            let again = try await client.post(
                "/s/\(token)/d/1",
                [
                    ("form", "b"), ("answer.plan", "volledig"), ("note.plan", "Zie \"jaarplan\" <2026>"),
                    ("evidence.plan", "notulen mei"), ("go", "previous")
                ])
            XCTAssertEqual(again.headers[.location], "/s/\(token)/start")
            XCTAssertEqual(
                try count("SELECT MAX(revision) FROM answers WHERE question_id = 'plan'"), 1, "unchanged answers are not written again")
            let page = try await client.get("/s/\(token)/d/1").text
            XCTAssertTrue(page.contains("Zie &quot;jaarplan&quot; &lt;2026&gt;</textarea>"))
            XCTAssertTrue(page.contains(#"value="volledig" checked>"#))
            let figures = try await client.post(
                "/s/\(token)/d/2",
                [
                    ("form", "c"), ("answer.leden_actief", "42"), ("answer.opmerking", "<i>goed</i>"),
                    ("answer.activiteiten", "les"), ("answer.activiteiten", "uitje"), ("go", "next")
                ])
            XCTAssertEqual(figures.headers[.location], "/s/\(token)/result")
            XCTAssertEqual(try count("SELECT COUNT(*) FROM answers WHERE question_id = 'activiteiten' AND value = '[les, uitje]'"), 1)
            XCTAssertEqual(try count("SELECT COUNT(*) FROM answers WHERE question_id = 'opmerking' AND value = '\"<i>goed</i>\"'"), 1)
            let second = try await client.get("/s/\(token)/d/2").text
            XCTAssertTrue(second.contains("&lt;i&gt;goed&lt;/i&gt;</textarea>"))
            XCTAssertFalse(second.contains("<i>goed</i>"))
        }
    }

    func testTheLinkLeadsBackToTheFirstDomainWithAnOpenQuestion() async throws {
        try await withServer { client in
            let token = try await client.startScan("webscan")
            let fresh = try await client.get("/s/\(token)")
            XCTAssertEqual(fresh.headers[.location], "/s/\(token)/start")
            _ = try await client.post(
                "/s/\(token)/d/1", [("form", "a"), ("answer.plan", "deels"), ("answer.heeft_team", "nee"), ("answer.streng", "nee")])
            let resumed = try await client.get("/s/\(token)")
            XCTAssertEqual(resumed.headers[.location], "/s/\(token)/d/2")
        }
    }

    func testTheResultIsTheReportOfKaderScanWithEveryDownload() async throws {
        try await withServer { client in
            let token = try await client.startScan("webscan")
            _ = try await client.post("/s/\(token)/start", [("organisation", "De <Brug>"), ("date", "2026-03-14")])
            _ = try await client.post(
                "/s/\(token)/d/1",
                [
                    ("answer.plan", "deels"), ("note.plan", "<script>x</script>"), ("answer.heeft_team", "ja"),
                    ("answer.team_overleg", "volledig"), ("answer.streng", "ja")
                ])
            let page = try await client.get("/s/\(token)/result")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.text.contains(#"<section id="report""#))
            XCTAssertFalse(page.text.contains("<script>x</script>"))
            for id in ["download-yaml", "download-json", "download-csv", "download-md", "download-html", "print"] {
                XCTAssertTrue(page.text.contains("id=\"\(id)\""), id)
            }
            let yaml = try await client.get("/s/\(token)/download/response.yaml")
            XCTAssertEqual(yaml.headers[.contentDisposition], "attachment; filename=\"webscan-de-brug-2026-03-14.yaml\"")
            let csv = try await client.get("/s/\(token)/download/result.csv")
            XCTAssertTrue(csv.text.hasPrefix("domain") || csv.text.contains(","), csv.text)
            let markdown = try await client.get("/s/\(token)/download/result.md")
            XCTAssertTrue(markdown.text.hasPrefix("# "))
            let html = try await client.get("/s/\(token)/download/report.html")
            XCTAssertTrue(html.text.contains("@media print"), "the print stylesheet")
            XCTAssertFalse(html.text.contains("<script"))
        }
    }

    func testTheDownloadedResponseReadsBackInKaderScanToTheIdenticalJSON() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("moskeeonderwijs")
            _ = try await client.post("/s/\(token)/start", [("organisation", "Moskee Al-Fath"), ("context.aantal_kinderen", "80")])
            _ = try await client.post(
                "/s/\(token)/d/1",
                [
                    ("answer.commissie", "deels"), ("note.commissie", "met \"quotes\": en # teken"),
                    ("answer.steun_bestuur", "weet_niet"), ("answer.jaarplan", "nvt")
                ])
            _ = try await client.post("/s/\(token)/d/2", [("answer.visie_op_papier", "volledig")])
            let yaml = try await client.get("/s/\(token)/download/response.yaml")
            let name = String((yaml.headers[.contentDisposition] ?? "").split(separator: "\"")[1])
            let opened = try app.library.openResponse(bytes: Array(yaml.text.utf8), name: name)
            let cli = JSONRenderer().render(
                Engine(framework: opened.framework).evaluate(opened.response), framework: opened.framework,
                options: RenderOptions(language: .nl))
            let server = try await client.get("/s/\(token)/download/result.json")
            XCTAssertEqual(server.text, cli)
            XCTAssertTrue(cli.contains("\"commissie\""))
        }
    }

    func testTheLiveScoreIsTheEngineResultForTheAnswersSoFar() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            _ = try await client.post(
                "/s/\(token)/d/1",
                [
                    ("answer.plan", "volledig"), ("answer.heeft_team", "ja"), ("answer.team_overleg", "deels"),
                    ("answer.streng", "ja")
                ])
            let sheet = try await app.sheet(token: token)
            let result = Engine(framework: sheet.framework).evaluate(sheet.response)
            let expected = LiveScore(result: result, framework: sheet.framework, domain: 0, language: .nl)
            XCTAssertTrue(expected.domain.hasPrefix("Het team: score "), expected.domain)
            let page = try await client.get("/s/\(token)/d/1").text
            XCTAssertTrue(page.contains("<p id=\"live-domain\">\(expected.domain)</p>"), page)
            XCTAssertTrue(page.contains("<p id=\"live-overall\">\(expected.overall)</p>"))
        }
    }
}
