import Foundation
import HummingbirdTesting
import Kader
import KaderFiles
import XCTest
import ZIPFoundation

@testable import KaderServer

/// A trainer opens a room for the Derby van de Wijk case; participants join on their phones with
/// the code and a first name, score the case, and the projector shows the spread, the questions
/// where they disagree first; at the end the trainer closes the room and takes everything home.
final class MasterclassRoomTests: ServerTestCase, @unchecked Sendable {
    func testATrainerOpensARoomWithTheExampleCaseAndSeesTheCode() async throws {
        try await withServer { [self] client in
            let start = try await client.get("/").text
            XCTAssertTrue(start.contains("<a id=\"room-link\" href=\"/m/new\">"), "the start page leads the trainer to the room")
            let page = try await client.get("/m/new").text
            XCTAssertTrue(page.contains("Derby van de Wijk"), "the session plan's case is offered")
            XCTAssertTrue(page.contains("<form id=\"room-own-form\""))
            let (trainer, code) = try await client.openExampleRoom()
            XCTAssertNotNil(trainer.wholeMatch(of: /\/m\/t\/[0-9a-f]{32}/), "an unguessable trainer link")
            XCTAssertTrue(code.allSatisfy { JoinCode.alphabet.contains($0) })
            let screen = try await client.get(trainer).text
            XCTAssertTrue(screen.contains("<h1>Derby van de Wijk</h1>"))
            XCTAssertTrue(screen.contains("<main id=\"main\" class=\"room-screen\">"))
            XCTAssertTrue(screen.contains("data-events=\"\(trainer)/events\""))
            XCTAssertTrue(screen.contains("0 meegedaan"))
            XCTAssertEqual(try rows("rooms"), 1)
        }
    }

    func testATrainerTypesACaseOfTheirOwn() async throws {
        try await withServer { client in
            let opened = try await client.post(
                "/m/new",
                [
                    ("framework", "interventies_samenleven"), ("title", "Buurtkoor <Noord>"),
                    ("text", "Een **koor** voor de hele wijk.\n\n- zingen\n- eten")
                ])
            let trainer = try XCTUnwrap(opened.headers[.location])
            let screen = try await client.get(trainer).text
            XCTAssertTrue(screen.contains("<h1>Buurtkoor &lt;Noord&gt;</h1>"), "the case's name is escaped")
            let code = try XCTUnwrap(screen.firstMatch(of: /id="join-code" class="room-code">([A-Z2-9]{6})</)?.1)
            let participant = try await client.join(String(code), as: "Fatima")
            let casePage = try await client.get(participant).text
            XCTAssertTrue(casePage.contains("<strong>koor</strong>"), "the case's little Markdown is shown")
            XCTAssertTrue(casePage.contains("U doet mee als Fatima."))
        }
    }

    func testParticipantsJoinAndScoreAndTheScreenShowsTheSpreadDisagreementFirst() async throws {
        try await withServer { [self] client in
            let (trainer, code) = try await client.openExampleRoom()
            let fatima = try await client.join(code.lowercased(), as: "Fatima")
            let joost = try await client.join(String(code.prefix(3)) + " " + String(code.suffix(3)), as: "Joost")
            XCTAssertEqual(try rows("room_participants"), 2)
            // They agree on pa_vorm and lie far apart on pa_groepen.
            for (participant, groups) in [(fatima, "ontbreekt"), (joost, "sterk")] {
                for (question, value) in [("pa_vorm", "voldoende"), ("pa_groepen", groups)] {
                    let reply = try await client.answer(participant, question, value)
                    XCTAssertEqual(reply.status, .ok, reply.text)
                    XCTAssertTrue(try JSONDecoder().decode(PageState.self, from: Data(reply.text.utf8)).saved)
                }
            }
            XCTAssertEqual(try rows("room_answers"), 4)
            XCTAssertEqual(try rows("answers"), 0, "a room's answers are not scans")
            let screen = try await client.get(trainer).text
            XCTAssertTrue(screen.contains("2 meegedaan"))
            XCTAssertTrue(screen.contains("data-answers=\"4\""))
            let groups = try XCTUnwrap(screen.range(of: "id=\"spread-pa_groepen\""))
            let form = try XCTUnwrap(screen.range(of: "id=\"spread-pa_vorm\""))
            XCTAssertLessThan(groups.lowerBound, form.lowerBound, "the question they disagree on comes first")
            XCTAssertTrue(screen.contains("Spreiding per domein"), "the group overview's spread per domain")
            XCTAssertTrue(screen.contains("<meter min=\"0\" max=\"2\" value=\"2\" aria-label=\"Voldoende\">2</meter>"))
            XCTAssertFalse(screen.contains("Fatima"), "no ranking of participants unless the trainer asks")
            XCTAssertFalse(screen.contains("Rangorde"))
        }
    }

    func testTheRankingShowsOnlyWhenTheTrainerAsksWithFirstNamesNeverTheCase() async throws {
        try await withServer { client in
            let (trainer, code) = try await client.openExampleRoom()
            let fatima = try await client.join(code, as: "Fatima")
            _ = try await client.answer(fatima, "pa_vorm", "sterk")
            let shown = try await client.post(trainer + "/ranking", [("show", "1")])
            XCTAssertEqual(shown.status, .seeOther)
            let screen = try await client.get(trainer).text
            XCTAssertTrue(screen.contains("Rangorde"))
            XCTAssertTrue(screen.contains("Fatima"))
            XCTAssertTrue(screen.contains("Verberg de rangorde"))
            _ = try await client.post(trainer + "/ranking", [("show", "0")])
            let hidden = try await client.get(trainer).text
            XCTAssertFalse(hidden.contains("Rangorde"))
        }
    }

    func testTheParticipantFillsInDomainPagesWithTheScanAutosave() async throws {
        try await withServer { [self] client in
            let (_, code) = try await client.openExampleRoom()
            let participant = try await client.join(code, as: "Anouk")
            let page = try await client.get(participant + "/d/2").text
            XCTAssertTrue(page.contains("action=\"\(participant)/d/2\""))
            XCTAssertTrue(page.contains("data-answer-url=\"\(participant)/answer\""))
            XCTAssertTrue(page.contains("name=\"answer.pa_vorm\""), "the scan's own question fieldsets")
            XCTAssertTrue(page.contains("De casus: Derby van de Wijk"))
            let nonce = try XCTUnwrap(page.firstMatch(of: /name="form" value="([0-9a-f]{32})"/)?.1)
            let sent = try await client.post(
                participant + "/d/2",
                [
                    ("form", String(nonce)), ("answer.pa_vorm", "summier"),
                    ("note.pa_vorm", "alleen <politiecijfers>"), ("go", "next")
                ])
            XCTAssertEqual(sent.status, .seeOther)
            XCTAssertEqual(sent.headers[.location], participant + "/d/3")
            let again = try await client.post(participant + "/d/2", [("form", String(nonce)), ("answer.pa_vorm", "sterk"), ("go", "next")])
            XCTAssertEqual(again.status, .conflict, "a form sent twice is not saved twice")
            XCTAssertEqual(try count("SELECT COUNT(*) FROM room_answers WHERE value = 'summier' AND note = 'alleen <politiecijfers>'"), 1)
            let state = try await client.get(participant + "/state?since=0&domain=2")
            XCTAssertEqual(try JSONDecoder().decode(PageState.self, from: Data(state.text.utf8)).changed.map(\.question), ["pa_vorm"])
            let done = try await client.get(participant + "/result").text
            XCTAssertTrue(done.contains("Dank u wel"))
            XCTAssertTrue(done.contains("1 van "))
        }
    }

    func testClosingTheRoomStopsTheCodeAndEverySaveAtOnce() async throws {
        try await withServer { [self] client in
            let (trainer, code) = try await client.openExampleRoom()
            let participant = try await client.join(code, as: "Sem")
            _ = try await client.answer(participant, "pa_vorm", "sterk")
            let closed = try await client.post(trainer + "/close", [])
            XCTAssertEqual(closed.status, .seeOther)
            let late = try await client.post("/m", [("code", code), ("name", "Laatkomer")])
            XCTAssertEqual(late.status, .gone)
            XCTAssertTrue(late.text.contains("Deze masterclass is gesloten"))
            let save = try await client.answer(participant, "pa_groepen", "sterk")
            XCTAssertEqual(save.status, .gone)
            XCTAssertFalse(try JSONDecoder().decode(PageState.self, from: Data(save.text.utf8)).saved)
            let page = try await client.post(participant + "/d/2", [("form", ScanToken.random().text), ("answer.pa_groepen", "sterk")])
            XCTAssertEqual(page.status, .gone)
            XCTAssertEqual(try rows("room_participants"), 1)
            XCTAssertEqual(try rows("room_answers"), 1, "nothing written after the close")
            let screen = try await client.get(trainer).text
            XCTAssertTrue(screen.contains("Deze ruimte is gesloten"))
            XCTAssertFalse(screen.contains("id=\"join-code\""))
            let casePage = try await client.get(participant).text
            XCTAssertTrue(casePage.contains("De trainer heeft de ruimte gesloten"))
        }
    }

    func testTheEventStreamSendsTheOverviewAndEndsWhenTheRoomCloses() async throws {
        try await withServer { client in
            let (trainer, code) = try await client.openExampleRoom()
            let participant = try await client.join(code, as: "Noor <b>")
            _ = try await client.answer(participant, "pa_vorm", "sterk")
            _ = try await client.post(trainer + "/ranking", [("show", "1")])
            _ = try await client.post(trainer + "/close", [])
            let stream = try await client.get(trainer + "/events")
            XCTAssertEqual(stream.status, .ok)
            XCTAssertEqual(stream.headers[.contentType], "text/event-stream; charset=utf-8")
            let text = stream.text
            XCTAssertTrue(text.hasPrefix("retry: 2000\n\nevent: overview\ndata: <p id=\"room-counts\""))
            XCTAssertTrue(text.contains("data-answers=\"1\""))
            XCTAssertTrue(text.contains("Noor &lt;b&gt;"), "every text escaped, also in an event")
            XCTAssertFalse(text.contains("Noor <b>"))
            XCTAssertTrue(text.hasSuffix("event: closed\ndata: closed\n\n"))
            for block in text.split(separator: "\n\n") {
                XCTAssertTrue(
                    block.split(separator: "\n").allSatisfy { $0.hasPrefix("data: ") || $0.hasPrefix("event: ") || $0.hasPrefix("retry: ") }
                )
            }
        }
    }

    func testTheScreenLooksLessOftenWhenLookingIsExpensiveButAtLeastEverySecond() {
        XCTAssertEqual(RoomEventRoutes.pause(after: .milliseconds(5)), RoomEventRoutes.tick, "a quiet room: four looks a second")
        XCTAssertEqual(RoomEventRoutes.pause(after: .milliseconds(300)), .milliseconds(600), "a busy room: twice the look's time")
        XCTAssertEqual(RoomEventRoutes.pause(after: .seconds(3)), .seconds(1), "never more than a second between looks")
    }

    func testTheTrainerTakesTheResponsesAndTheGroupOverviewHome() async throws {
        try await withServer { [self] client in
            let (trainer, code) = try await client.openExampleRoom()
            for (name, value) in [("Fatima", "sterk"), ("Joost", "summier"), ("Fatima", "voldoende")] {
                let participant = try await client.join(code, as: name)
                _ = try await client.answer(participant, "pa_vorm", value, note: "volgens " + name)
            }
            let zip = try await client.get(trainer + "/responses.zip")
            XCTAssertEqual(zip.headers[.contentType], "application/zip")
            XCTAssertTrue(zip.headers[.contentDisposition]?.contains("masterclass-derby-van-de-wijk-") ?? false)
            let archive = try Archive(data: Data(zip.body.readableBytesView), accessMode: .read)
            let names = archive.map(\.path).sorted()
            XCTAssertEqual(names.count, 3)
            XCTAssertTrue(names.allSatisfy { $0.hasPrefix("interventies-samenleven-") && $0.hasSuffix(".yaml") })
            var respondents: [String] = []
            for entry in archive {
                var bytes = Data()
                _ = try archive.extract(entry) { bytes.append($0) }
                let opened = try FrameworkLibrary.openResponse(
                    bytes: Array(bytes), name: entry.path, framework: try app.framework(id: "interventies_samenleven"))
                respondents.append(try XCTUnwrap(opened.response.respondent))
                XCTAssertEqual(opened.response.answers["pa_vorm"]?.note, "volgens " + (opened.response.respondent ?? ""))
            }
            XCTAssertEqual(respondents.sorted(), ["Fatima", "Fatima", "Joost"], "labelled by first names, never by the case")
            let overview = try await client.get(trainer + "/overview.html")
            XCTAssertEqual(overview.headers[.contentType], "text/html; charset=utf-8")
            XCTAssertTrue(overview.text.contains("Spreiding per domein"))
            XCTAssertFalse(overview.text.contains("Rangorde"), "no ranking unless the trainer asked for it")
            _ = try await client.post(trainer + "/ranking", [("show", "1")])
            let ranked = try await client.get(trainer + "/overview.html").text
            XCTAssertTrue(ranked.contains("Joost"))
        }
    }
}
