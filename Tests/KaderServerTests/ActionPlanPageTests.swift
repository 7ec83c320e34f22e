import Foundation
import HTTPTypes
import HummingbirdTesting
import Kader
import KaderFiles
import KaderReports
import KaderTestSupport
import XCTest

@testable import KaderServer

/// A mosque board looks at its result in the browser, chooses the advice it will work on (who,
/// by when, how far), saves it, sees it in the report, and downloads the response file with the
/// plan in it. A tampered or resent form writes nothing.
final class ActionPlanPageTests: PlanServerTestCase, @unchecked Sendable {
    static let attack = "<script>alert(1)</script>"

    func testTheBoardSavesItsPlanOnTheResultPageAndGetsItBackInTheFile() async throws {
        let scan = try await importExample("Examples/moskeeonderwijs/al-amal-startend.yaml", keepPlan: false)
        let base = "/s/\(scan.token.text)"
        let store = self.store!
        try await withServer { client in
            let page = try await client.execute(uri: base + "/result", method: .get).text
            XCTAssertTrue(page.contains("<form id=\"plan-edit\" method=\"post\" action=\"\(base)/plan\">"), page)
            XCTAssertTrue(page.contains("<fieldset class=\"plan-point\" id=\"plan-commissie_instellen\">"))
            XCTAssertTrue(page.contains("<label for=\"owner-commissie_instellen\">"))
            XCTAssertFalse(page.contains("<section id=\"plan\""), "no plan yet, so no plan in the report")

            let saved = try await client.post(
                base + "/plan",
                [
                    ("form", "plan-1"), ("plan", "commissie_instellen"), ("owner.commissie_instellen", "Penningmeester " + Self.attack),
                    ("due.commissie_instellen", "2026-06-01"), ("status.commissie_instellen", "bezig"),
                    ("plan-note.commissie_instellen", "Drie kandidaten gevraagd."),
                    ("plan", "ouderavond"), ("status.ouderavond", "planned"), ("owner.ouderavond", "  "),
                    // Fields of an advice that is not ticked are not part of the plan.
                    ("owner.ehbo_regelen", "niemand")
                ])
            XCTAssertEqual(saved.status, .seeOther)
            XCTAssertEqual(saved.headers[.location], base + "/result#plan-form")
            let plan = try await store.plan(scan: scan.id)
            XCTAssertEqual(plan.map(\.adviceID), ["commissie_instellen", "ouderavond"])
            XCTAssertEqual(plan.map(\.status), [.inProgress, .planned])
            XCTAssertEqual(plan.map(\.owner), ["Penningmeester " + Self.attack, nil])
            XCTAssertEqual(plan.first?.due, "2026-06-01")
            XCTAssertEqual(plan.first?.note, "Drie kandidaten gevraagd.")

            let report = try await client.execute(uri: base + "/result", method: .get).text
            XCTAssertTrue(report.contains("Actieplan"))
            XCTAssertTrue(report.contains("Penningmeester &lt;script&gt;alert(1)&lt;/script&gt;"))
            XCTAssertFalse(report.contains(Self.attack), "what a board member typed never becomes markup")
            XCTAssertTrue(
                report.contains(
                    "<input type=\"checkbox\" name=\"plan\" value=\"commissie_instellen\" id=\"plan-commissie_instellen-chosen\" checked>"))

            let file = try await client.execute(uri: base + "/download/response.yaml", method: .get).text
            XCTAssertTrue(file.contains("plan:\n  - advice: commissie_instellen\n"), file)
            XCTAssertTrue(file.contains("    status: bezig\n"))
            // `kader scan` reads the file back to the same plan and the same JSON result.
            let framework = try FrameworkLibrary(explicit: Fixtures.root + "/Frameworks").framework(id: "moskeeonderwijs").framework
            let response = try XCTUnwrap(ResponseLoader().load(text: file, name: "al-amal.yaml", framework: framework).value)
            XCTAssertEqual(response.plan.map(\.adviceID), ["commissie_instellen", "ouderavond"])
            let json = try await client.execute(uri: base + "/download/result.json?lang=nl", method: .get).text
            XCTAssertEqual(
                json,
                JSONRenderer().render(
                    Engine(framework: framework).evaluate(response), framework: framework,
                    options: RenderOptions(language: .nl)))
        }
    }

    func testATamperedOrResentPlanFormIsRefusedAndNothingIsWritten() async throws {
        let scan = try await importExample("Examples/moskeeonderwijs/al-amal-startend.yaml")
        let base = "/s/\(scan.token.text)"
        let store = self.store!
        let before = try await store.plan(scan: scan.id)
        XCTAssertEqual(before.count, 3)
        try await withServer { client in
            let cases: [(fields: [(String, String)], status: HTTPResponse.Status, message: String)] = [
                ([("plan", "geen_advies")], .badRequest, "Het kader kent geen advies 'geen_advies'"),
                ([("plan", "commissie_sterk")], .badRequest, "Het kader kent geen advies 'commissie_sterk'"),
                ([("plan", "ouderavond"), ("status.ouderavond", "klaar")], .badRequest, "'klaar' is geen status"),
                ([("plan", "ouderavond"), ("due.ouderavond", "2026-02-30")], .badRequest, "'2026-02-30' is geen datum")
            ]
            for (fields, status, message) in cases {
                let response = try await client.post(base + "/plan", fields)
                XCTAssertEqual(response.status, status, message)
                // Quotes in messages are written as &#39; by the escaper.
                XCTAssertTrue(response.text.replacingOccurrences(of: "&#39;", with: "'").contains(message), response.text)
                XCTAssertTrue(response.text.contains("class=\"error-page\""))
            }
            let english = try await client.post(base + "/plan?lang=en", [("plan", "ouderavond"), ("status.ouderavond", "klaar")])
            XCTAssertTrue(english.text.replacingOccurrences(of: "&#39;", with: "'").contains("'klaar' is not a status"), english.text)
            let broken = try await client.post(base + "/plan", raw: "plan=%zz")
            XCTAssertEqual(broken.status, .badRequest)
            let unknown = try await client.post("/s/0123456789abcdef0123456789abcdef/plan", [("plan", "ouderavond")])
            XCTAssertEqual(unknown.status, .notFound)

            // The same form twice: the second is a duplicate.
            let first = try await client.post(base + "/plan", [("form", "once"), ("plan", "ouderavond")])
            XCTAssertEqual(first.status, .seeOther)
            let second = try await client.post(base + "/plan", [("form", "once"), ("plan", "commissie_instellen")])
            XCTAssertEqual(second.status, .conflict)
        }
        let after = try await store.plan(scan: scan.id)
        XCTAssertEqual(after.map(\.adviceID), ["ouderavond"], "only the first send of the valid form was written")
    }
}
