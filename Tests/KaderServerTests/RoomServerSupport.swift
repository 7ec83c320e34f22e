import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kader
import XCTest

@testable import KaderServer

/// The masterclass room's steps as a trainer's and participants' browsers take them.
extension TestClientProtocol {
    /// Opens a room with the example case of interventies_samenleven; the trainer's path and the join code.
    func openExampleRoom() async throws -> (trainer: String, code: String) {
        let page = try await get("/m/new").text
        let example = try XCTUnwrap(page.firstMatch(of: /name="example" value="(interventies_samenleven\.[^"]+)"/)?.1)
        let opened = try await post("/m/new", [("framework", "interventies_samenleven"), ("example", String(example))])
        XCTAssertEqual(opened.status, .seeOther)
        let trainer = try XCTUnwrap(opened.headers[.location])
        let screen = try await get(trainer).text
        let code = try XCTUnwrap(screen.firstMatch(of: /id="join-code" class="room-code">([A-Z2-9]{6})</)?.1)
        return (trainer, String(code))
    }

    /// Joins with `code` as `name`; the participant's path (`/m/p/<token>`).
    func join(_ code: String, as name: String) async throws -> String {
        let joined = try await post("/m", [("code", code), ("name", name)])
        XCTAssertEqual(joined.status, .seeOther, joined.text)
        return try XCTUnwrap(joined.headers[.location])
    }

    /// Saves one answer as the page's script does; the reply.
    func answer(_ participant: String, _ question: String, _ value: String, note: String? = nil) async throws -> TestResponse {
        var fields = [("question", question), ("answer." + question, value), ("rev." + question, "0")]
        if let note { fields.append(("note." + question, note)) }
        return try await post(participant + "/answer", fields)
    }
}

extension ServerTestCase {
    /// The number of rows of a table of the room.
    func rows(_ table: String) throws -> Int { try count("SELECT COUNT(*) FROM \(table)") }
}
