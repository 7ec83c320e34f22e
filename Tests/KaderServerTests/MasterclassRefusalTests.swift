import Foundation
import HTTPTypes
import HummingbirdTesting
import Kader
import XCTest

@testable import KaderServer

/// Every way into the room that is not right is refused with a clear page and writes nothing: a
/// guessed trainer or participant link, a wrong, malformed or closed code, guessing codes from one
/// address, a missing name, an oversized body, a question the framework does not have.
final class MasterclassRefusalTests: ServerTestCase, @unchecked Sendable {
    func testGuessedLinksLeadNowhere() async throws {
        try await withServer { [self] client in
            _ = try await client.openExampleRoom()
            for path in [
                "/m/t/" + ScanToken.random().text, "/m/t/nietsgeheims", "/m/t/\(ScanToken.random().text)/events",
                "/m/t/\(ScanToken.random().text)/responses.zip", "/m/t/\(ScanToken.random().text)/overview.html",
                "/m/p/" + ScanToken.random().text, "/m/p/\(ScanToken.random().text)/d/1", "/m/p/\(ScanToken.random().text)/result"
            ] {
                let response = try await client.get(path)
                XCTAssertEqual(response.status, .notFound, path)
                XCTAssertTrue(response.text.contains("Deze masterclass bestaat niet"), path)
            }
            for path in ["/m/t/\(ScanToken.random().text)/close", "/m/t/\(ScanToken.random().text)/ranking"] {
                let response = try await client.post(path, [("show", "1")])
                XCTAssertEqual(response.status, .notFound, path)
            }
            let answer = try await client.answer("/m/p/" + ScanToken.random().text, "pa_vorm", "sterk")
            XCTAssertEqual(answer.status, .notFound)
            XCTAssertEqual(try rows("room_answers"), 0)
        }
    }

    func testWrongAndMalformedCodesAndMissingNamesWriteNothing() async throws {
        try await withServer { [self] client in
            let (_, code) = try await client.openExampleRoom()
            let wrong = code == "ABCDEF" ? "ABCDEG" : "ABCDEF"
            let unknown = try await client.post("/m", [("code", wrong), ("name", "Fatima")])
            XCTAssertEqual(unknown.status, .notFound)
            XCTAssertTrue(unknown.text.contains("Deze code hoort bij geen masterclass"))
            for typed in ["12345", "ABC0O1", "ABCDEFG", "", "ÀBCDEF"] {
                let malformed = try await client.post("/m", [("code", typed), ("name", "Fatima")])
                XCTAssertEqual(malformed.status, .badRequest, typed)
            }
            for name in ["", "   ", String(repeating: "a", count: 61), "Fa\ntima"] {
                let nameless = try await client.post("/m", [("code", code), ("name", name)])
                XCTAssertEqual(nameless.status, .badRequest, name)
            }
            let huge = try await client.post("/m", raw: "code=\(code)&name=" + String(repeating: "x", count: 300 * 1024))
            XCTAssertEqual(huge.status, .contentTooLarge)
            XCTAssertEqual(try rows("room_participants"), 0)
        }
    }

    func testGuessingCodesFromOneAddressIsStoppedButTheRightCodeDoesNotCount() async throws {
        try await withServer { [self] client in
            let (_, code) = try await client.openExampleRoom()
            for number in 0..<12 { _ = try await client.join(code, as: "Deelnemer \(number)") }
            let wrong = code == "ABCDEF" ? "ABCDEG" : "ABCDEF"
            for _ in 0..<10 {
                let guess = try await client.post("/m", [("code", wrong), ("name", "Raad")])
                XCTAssertEqual(guess.status, .notFound)
            }
            let stopped = try await client.post("/m", [("code", code), ("name", "Eerlijk")])
            XCTAssertEqual(stopped.status, .tooManyRequests)
            XCTAssertTrue(stopped.text.contains("Te veel verkeerde codes"))
            XCTAssertEqual(try rows("room_participants"), 12)
        }
    }

    func testTheLimiterGivesOneTryBackPerInterval() {
        let now = HandClock()
        let limiter = JoinLimiter(allowance: 2, interval: 60, clock: { now.seconds })
        limiter.failed("10.0.0.7")
        limiter.failed("10.0.0.7")
        XCTAssertFalse(limiter.allows("10.0.0.7"))
        XCTAssertTrue(limiter.allows("10.0.0.8"), "another address is not affected")
        XCTAssertEqual(limiter.wait(for: "10.0.0.7"), 60)
        now.seconds += 61
        XCTAssertTrue(limiter.allows("10.0.0.7"))
        limiter.failed("10.0.0.7")
        XCTAssertFalse(limiter.allows("10.0.0.7"))
    }

    func testATrainerFormThatIsNotRightOpensNoRoom() async throws {
        try await withServer { [self] client in
            let cases: [([(String, String)], HTTPResponse.Status)] = [
                ([("framework", "interventies_samenleven"), ("title", "  ")], .badRequest),
                ([("framework", "interventies_samenleven"), ("title", String(repeating: "x", count: 201))], .contentTooLarge),
                ([("framework", "bestaat_niet"), ("title", "Casus")], .notFound),
                ([("framework", "../etc"), ("title", "Casus")], .badRequest),
                ([("framework", "interventies_samenleven"), ("example", "interventies_samenleven.verzonnen.9")], .badRequest)
            ]
            for (fields, status) in cases {
                let response = try await client.post("/m/new", fields)
                XCTAssertEqual(response.status, status, "\(fields)")
            }
            let broken = try await client.post("/m/new", raw: "framework=interventies_samenleven&title=%ZZ")
            XCTAssertEqual(broken.status, .badRequest)
            XCTAssertEqual(try rows("rooms"), 0)
            let (trainer, _) = try await client.openExampleRoom()
            let toggle = try await client.post(trainer + "/ranking", [("show", "misschien")])
            XCTAssertEqual(toggle.status, .badRequest)
        }
    }

    func testAParticipantCannotAnswerAQuestionTheFrameworkDoesNotHave() async throws {
        try await withServer { [self] client in
            let (_, code) = try await client.openExampleRoom()
            let participant = try await client.join(code, as: "Sem")
            let unknown = try await client.answer(participant, "bestaat_niet", "sterk")
            XCTAssertEqual(unknown.status, .badRequest)
            let wrongOption = try await client.answer(participant, "pa_vorm", "geweldig")
            XCTAssertEqual(wrongOption.status, .badRequest)
            let page = try await client.post(participant + "/d/2", [("form", ScanToken.random().text), ("answer.andere_vraag", "sterk")])
            XCTAssertEqual(page.status, .badRequest)
            let noDomain = try await client.get(participant + "/d/99")
            XCTAssertEqual(noDomain.status, .notFound)
            XCTAssertEqual(try rows("room_answers"), 0)
        }
    }
}

/// A clock the test moves by hand.
private final class HandClock: @unchecked Sendable {
    var seconds = 1000.0
}
