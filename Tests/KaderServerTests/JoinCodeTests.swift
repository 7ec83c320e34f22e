import Foundation
import HummingbirdTesting
import Kader
import XCTest

@testable import KaderServer

/// The code a participant types on a phone: six characters that cannot be misread, forgiving of
/// case, spaces and dashes; a code that leads nowhere or to a closed room is a clear page in the
/// participant's language, and one device that keeps guessing is made to wait.
final class JoinCodeTests: ServerTestCase, @unchecked Sendable {
    func testACodeIsSixCharactersFromAnAlphabetWithoutLookAlikes() {
        XCTAssertEqual(JoinCode.alphabet.count, 32, "five bits a character, thirty a code")
        XCTAssertEqual(Set(JoinCode.alphabet).count, 32)
        for lookAlike in "0O1I" { XCTAssertFalse(JoinCode.alphabet.contains(lookAlike), "\(lookAlike) is left out") }
        let codes = (0..<2000).map { _ in JoinCode.random().text }
        for code in codes {
            XCTAssertEqual(code.count, 6)
            XCTAssertTrue(code.allSatisfy(JoinCode.alphabet.contains), code)
        }
        XCTAssertGreaterThan(Set(codes).count, 1990, "2000 draws from 2^30 codes hardly ever repeat")
        XCTAssertEqual(Set(codes.joined()).count, 32, "every symbol turns up")
    }

    func testACodeIsReadAsAPhoneUserTypesIt() {
        XCTAssertEqual(JoinCode(typed: " ab3-k9z ")?.text, "AB3K9Z")
        XCTAssertEqual(JoinCode(typed: "AB3 K9Z")?.text, "AB3K9Z")
        for wrong in ["", "AB3K9", "AB3K9ZZ", "AB3K9O", "AB3K91", "AB3K9I", "AB3K9!", "ÄB3K9Z"] {
            XCTAssertNil(JoinCode(typed: wrong), wrong)
        }
    }

    func testTheJoinPageTakesTheCodeFromALinkOrAQRCode() async throws {
        try await withServer { client in
            let page = try await client.get("/m?code=ab3-k9z").text
            XCTAssertTrue(page.contains("value=\"AB3K9Z\""), "the code from the address, as the server reads it")
            let nonsense = try await client.get("/m?code=%3Cscript%3E").text
            XCTAssertFalse(nonsense.contains("<script>"))
        }
    }

    func testAnUnknownCodeIsAClearPageInTheParticipantsLanguage() async throws {
        try await withServer { [self] client in
            let (_, code) = try await client.openExampleRoom()
            let unknown = Self.another(than: code)
            let dutch = try await client.post("/m", [("code", unknown), ("name", "Fatima")])
            XCTAssertEqual(dutch.status, .notFound)
            XCTAssertTrue(dutch.text.contains("Deze code hoort bij geen masterclass. Kijk nog eens op het scherm van de trainer."))
            let english = try await client.post("/m", [("code", unknown), ("name", "Fatima")], cookie: "kader_lang=en")
            XCTAssertEqual(english.status, .notFound)
            XCTAssertTrue(english.text.contains("This code belongs to no masterclass."))
            XCTAssertTrue(english.text.contains("<html lang=\"en\""))
            let malformed = try await client.post("/m", [("code", "AB0O1I"), ("name", "Fatima")])
            XCTAssertEqual(malformed.status, .badRequest)
            XCTAssertTrue(malformed.text.contains("een code is zes letters en cijfers"))
            XCTAssertEqual(try rows("room_participants"), 0)
        }
    }

    func testTheCodeOfAClosedRoomHasExpired() async throws {
        try await withServer { [self] client in
            let (trainer, code) = try await client.openExampleRoom()
            _ = try await client.join(code, as: "Sem")
            _ = try await client.post(trainer + "/close", [])
            let late = try await client.post("/m", [("code", code), ("name", "Laatkomer")], cookie: "kader_lang=en")
            XCTAssertEqual(late.status, .gone)
            XCTAssertTrue(late.text.contains("This masterclass is closed: the code no longer works"))
            XCTAssertTrue(late.text.contains("Ask the trainer for a new code."))
            XCTAssertEqual(try rows("room_participants"), 1)
            let (_, fresh) = try await client.openExampleRoom()
            let joined = try await client.post("/m", [("code", fresh), ("name", "Laatkomer")])
            XCTAssertEqual(joined.status, .seeOther, "the trainer's next room has a code that works")
        }
    }

    func testADeviceThatKeepsGuessingIsMadeToWaitAndWritesNothing() async throws {
        try await withServer { [self] client in
            let (_, code) = try await client.openExampleRoom()
            let guesses = ["AAAAAA", "bbbbbb", "AB0O1I", "12345", "CCCCCC", "DDDDDD", "EEEEEE", "FFFFFF", "GGGGGG", "HHHHHH"]
            for guess in guesses where guess != code {
                let refused = try await client.post("/m", [("code", guess), ("name", "Raad")])
                XCTAssertTrue([.notFound, .badRequest].contains(refused.status), guess)
            }
            let stopped = try await client.post("/m", [("code", code), ("name", "Raad")], cookie: "kader_lang=en")
            XCTAssertEqual(stopped.status, .tooManyRequests, "malformed guesses count as much as wrong ones")
            let wait = try XCTUnwrap(stopped.text.firstMatch(of: /Try again in (\d+) seconds/)?.1)
            XCTAssertEqual(Int(wait), 60, "one more try a minute")
            XCTAssertEqual(try rows("room_participants"), 0)
        }
    }

    /// A well-formed code that is not `code`.
    private static func another(than code: String) -> String { code == "ABCDEF" ? "ABCDEG" : "ABCDEF" }
}
