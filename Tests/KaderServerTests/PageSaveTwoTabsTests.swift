import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kader
import XCTest

@testable import KaderServer

/// Two board members fill in the same scan without JavaScript, each in a tab of their own. One
/// answers a question; the other, whose page was loaded before that, presses "Volgende" on the same
/// page without touching that question. The newer answer stays; what the second did change is saved.
final class PageSaveTwoTabsTests: ServerTestCase, @unchecked Sendable {
    private func fields(of page: String) -> [(String, String)] {
        var fields: [(String, String)] = []
        for match in page.matches(of: /<input type="hidden" name="([a-z._]+)" value="([^"]*)">/) {
            fields.append((String(match.1), String(match.2)))
        }
        for match in page.matches(of: /name="(answer\.[a-z_]+)" value="([^"]*)" checked/) {
            fields.append((String(match.1), String(match.2)))
        }
        for match in page.matches(of: /<textarea id="note-([a-z_]+)" name="note\.[a-z_]+" rows="2">([^<]*)<\/textarea>/) {
            fields.append(("note." + String(match.1), String(match.2).replacingOccurrences(of: "\n", with: "\r\n")))
        }
        return fields
    }

    func testAnUntouchedQuestionOfAnOlderPageKeepsTheNewerAnswerFromTheOtherTab() async throws {
        try await withServer { [self] client in
            let token = try await client.startScan("webscan")
            _ = try await client.post(
                "/s/\(token)/answer", [("question", "plan"), ("answer.plan", "deels"), ("note.plan", "Eerste\nregel")])
            let older = try await client.get("/s/\(token)/d/1").text
            // The other tab: "volledig" now.
            let other = try await client.post("/s/\(token)/answer", [("question", "plan"), ("answer.plan", "volledig"), ("rev.plan", "1")])
            XCTAssertEqual(other.status, .ok)
            // This tab sends its whole page back, 'plan' as it showed it, and answers 'heeft_team'.
            let sent = try await client.post("/s/\(token)/d/1", fields(of: older) + [("answer.heeft_team", "ja"), ("go", "next")])
            XCTAssertEqual(sent.status, .seeOther)
            XCTAssertFalse(sent.headers[.location]?.contains("replaced") ?? true, "nothing of the other tab was replaced")
            XCTAssertEqual(
                try count("SELECT COUNT(*) FROM answers WHERE question_id = 'plan' AND value = 'volledig'"), 1, "the newer answer stays")
            XCTAssertEqual(
                try count("SELECT COUNT(*) FROM answers WHERE question_id = 'heeft_team' AND value = 'ja'"), 1, "the change is saved")

            // A change this tab did make to a question the other tab changed: the later save wins, and it is told.
            let stale = try await client.get("/s/\(token)/d/1").text
            _ = try await client.post("/s/\(token)/answer", [("question", "plan"), ("answer.plan", "nog_niet")])
            let changed = fields(of: stale).filter { $0.0 != "answer.plan" } + [("answer.plan", "deels")]
            let replaced = try await client.post("/s/\(token)/d/1", changed)
            XCTAssertTrue(replaced.headers[.location]?.contains("replaced=plan") ?? false, replaced.headers[.location] ?? "")
            XCTAssertEqual(try count("SELECT COUNT(*) FROM answers WHERE question_id = 'plan' AND value = 'deels'"), 1)
        }
    }
}
