import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kader
import XCTest

@testable import KaderServer

/// The audit log as an organisation's admin reads it: every answer a colleague saves, by the
/// page's script or by a whole page, shows who saved it and when; another organisation's
/// changes never appear.
final class AnswerLogTests: HostedTestCase, @unchecked Sendable {
    func testTheAdminSeesWhoChangedWhichAnswerWhen() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let yusuf = try await client.signIn("yusuf@alfath.example")
            let scan = try await client.startScan("webscan", as: yusuf)
            _ = try await client.post(scan + "/start", [("organisation", "Moskee Al-Fath")], as: yusuf)
            let saved = try await client.post(
                scan + "/answer", [("question", "plan"), ("answer.plan", "deels"), ("note.plan", "<b>eerst</b> de kas"), ("rev.plan", "0")],
                as: yusuf)
            XCTAssertEqual(saved.status, .ok)
            let els = try await client.signIn("els@veldhoven.example")
            let elsScan = try await client.startScan("webscan", as: els)
            _ = try await client.post(elsScan + "/answer", [("question", "plan"), ("answer.plan", "volledig"), ("rev.plan", "0")], as: els)

            let amina = try await client.signIn("amina@alfath.example")
            let people = try await client.get(OrganisationRoutes.people, as: amina).text
            XCTAssertTrue(people.contains("href=\"/organisation/log\""))
            let log = try await client.get(OrganisationRoutes.log, as: amina)
            XCTAssertEqual(log.status, .ok)
            XCTAssertTrue(log.text.contains("<a id=\"people-link\" href=\"/organisation/people\">Mensen</a>"), "the way back")
            XCTAssertTrue(log.text.contains("Yusuf &lt;yusuf@alfath.example&gt;"), log.text)
            XCTAssertTrue(log.text.contains("&lt;b&gt;eerst&lt;/b&gt; de kas"), "a note reaches the page only through the escaper")
            XCTAssertTrue(log.text.contains("href=\"\(scan)/result\">Moskee Al-Fath</a>"))
            XCTAssertFalse(log.text.contains("els@veldhoven.example") || log.text.contains(elsScan), "another organisation's changes")
        }
        XCTAssertEqual(try count("SELECT COUNT(*) FROM answer_log"), 2)
    }

    func testWithoutHostedNothingIsLogged() async throws {
        try await withServer { client in
            let token = try await client.startScan("webscan")
            let saved = try await client.post("/s/\(token)/answer", [("question", "plan"), ("answer.plan", "deels"), ("rev.plan", "0")])
            XCTAssertEqual(saved.status, .ok)
        }
        XCTAssertEqual(try count("SELECT COUNT(*) FROM answers"), 1)
        XCTAssertEqual(try count("SELECT COUNT(*) FROM answer_log"), 0, "no one is signed in: no who to log")
    }
}
