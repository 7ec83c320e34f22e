import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import Kader
import KaderTestSupport
import XCTest
import ZIPFoundation

@testable import KaderServer

/// Filling in together: a policy officer invites colleagues from the youth team and JGZ, each
/// fills in by a personal link, and the owner agrees on answers in the combined view.
final class TogetherTests: ServerTestCase, @unchecked Sendable {
    /// The owner's scan of the youth-care scan for Waterland-Oost, with three colleagues invited;
    /// the owner's token and the colleagues' tokens in the order invited.
    func startTogether(_ client: any TestClientProtocol) async throws -> (owner: String, colleagues: [String]) {
        let owner = try await client.startScan("jeugdhulp_azc")
        let start = try await client.post(
            "/s/\(owner)/start",
            [
                ("organisation", "Gemeente Waterland-Oost"), ("respondent", "Beleidsmedewerker"),
                ("date", "2026-11-17")
            ])
        XCTAssertEqual(start.status, .seeOther)
        for (name, role) in [("Sanne", "beleid"), ("Youssef", "jeugdteam"), ("Marieke", "JGZ")] {
            let invited = try await client.post(
                "/s/\(owner)/together/invite", [("form", ScanToken.random().text), ("name", name), ("role", role)])
            XCTAssertEqual(invited.status, .seeOther)
            XCTAssertEqual(invited.headers[.location], "/s/\(owner)/together#colleagues")
        }
        let scan = try await app.scan(token: owner)
        let colleagues = try await store.colleagues(owner: scan.id)
        return (owner, colleagues.map(\.token.text))
    }

    /// One answer saved as the script saves it.
    func answer(_ client: any TestClientProtocol, _ token: String, _ question: String, _ value: String, note: String) async throws {
        let saved = try await client.post(
            "/s/\(token)/answer", [("question", question), ("answer.\(question)", value), ("note.\(question)", note)])
        XCTAssertEqual(saved.status, .ok, saved.text)
    }

    func testThreeColleaguesFillInSeparatelyAndTheOwnerAgreesOnTheLowestAnswerForCrisisCare() async throws {
        try await withServer { client in
            let (owner, colleagues) = try await self.startTogether(client)
            XCTAssertEqual(colleagues.count, 3)
            XCTAssertEqual(Set(colleagues).count, 3)
            XCTAssertTrue(colleagues.allSatisfy { ScanToken($0) != nil }, "each link holds 128 random bits")
            let notes = ["Getest in juni.", "In september nam de nachtdienst twee keer niet op.", "Nummer bekend bij de GGD."]
            for (token, (value, note)) in zip(colleagues, zip(["volledig", "deels", "volledig"], notes)) {
                try await self.answer(client, token, "crisiszorg", value, note: note)
                try await self.answer(client, token, "wethouder", "volledig", note: "")
            }
            let page = try await client.get("/s/\(owner)/together")
            XCTAssertEqual(page.status, .ok)
            let text = page.text
            for name in ["Sanne (beleid)", "Youssef (jeugdteam)", "Marieke (JGZ)"] + notes { XCTAssertTrue(text.contains(name), name) }
            let discuss = try XCTUnwrap(text.range(of: "id=\"discuss\""))
            let crisis = try XCTUnwrap(text.range(of: "id=\"item-crisiszorg\""))
            let wethouder = try XCTUnwrap(text.range(of: "id=\"item-wethouder\""))
            XCTAssertTrue(
                discuss.lowerBound < crisis.lowerBound && crisis.lowerBound < wethouder.lowerBound, "crisis care is discussed first")
            XCTAssertTrue(text.contains("het laagste gegeven antwoord"), "the proposal is marked as the lowest answer")
            XCTAssertTrue(text.contains("value=\"deels\" checked"), "the lowest answer is proposed")
            XCTAssertTrue(text.contains("Youssef (jeugdteam): In september nam de nachtdienst twee keer niet op.</textarea>"))

            let agreed = try await client.post(
                "/s/\(owner)/together/agree",
                [
                    ("form", ScanToken.random().text), ("question", "crisiszorg"), ("answer.crisiszorg", "deels"),
                    ("note.crisiszorg", "Afgesproken: nachtlijn testen in januari.")
                ])
            XCTAssertEqual(agreed.status, .seeOther)
            XCTAssertEqual(agreed.headers[.location], "/s/\(owner)/together#item-crisiszorg")
            let sheet = try await self.app.sheet(token: owner)
            XCTAssertEqual(sheet.value(of: "crisiszorg"), .option("deels"), "the agreed answer is the scan's answer")
            XCTAssertEqual(sheet.stored["crisiszorg"]?.note, "Afgesproken: nachtlijn testen in januari.")
            let file = try await client.get("/s/\(owner)/download/response.yaml")
            XCTAssertTrue(file.text.contains("crisiszorg:"), file.text)
            XCTAssertTrue(file.text.contains("nachtlijn testen in januari"), "the download carries the agreed answer")
            for (token, value) in zip(colleagues, ["volledig", "deels", "volledig"]) {
                let own = try await self.app.sheet(token: token)
                XCTAssertEqual(own.value(of: "crisiszorg"), .option(value), "each colleague's own answer stays kept")
            }
            let after = try await client.get("/s/\(owner)/together")
            XCTAssertTrue(after.text.contains("id=\"agreed-crisiszorg\"><strong>Vastgesteld: </strong>Deels"), "the agreed answer is shown")
        }
    }

    func testAColleaguesLinkOpensOnlyTheirOwnAnswers() async throws {
        try await withServer { client in
            let (owner, colleagues) = try await self.startTogether(client)
            let first = try await client.get("/s/\(colleagues[0])")
            XCTAssertEqual(
                first.headers[.location], "/s/\(colleagues[0])/start",
                "the personal link opens on the first page, which says whose scan it is, although the owner filled in its header")
            let owners = try await client.get("/s/\(owner)")
            XCTAssertEqual(owners.headers[.location], "/s/\(owner)/d/1", "the owner's own link goes on where the owner was")
            try await self.answer(client, colleagues[0], "crisiszorg", "volledig", note: "Notitie van Sanne.")
            try await self.answer(client, colleagues[1], "crisiszorg", "deels", note: "Notitie van Youssef.")
            let own = try await client.get("/s/\(colleagues[1])/d/1")
            XCTAssertEqual(own.status, .ok)
            XCTAssertTrue(own.text.contains("Notitie van Youssef."))
            XCTAssertFalse(own.text.contains("Notitie van Sanne."), "a colleague never sees another colleague's answers")
            let start = try await client.get("/s/\(colleagues[1])/start")
            XCTAssertTrue(start.text.contains("id=\"colleague-note\""))
            XCTAssertFalse(start.text.contains("/together"), "a colleague's page does not lead to the combined view")
            XCTAssertFalse(start.text.contains(owner), "nor to the owner's scan")
            let revision = try self.count("SELECT revision FROM scans WHERE token = ?", [owner])
            for path in ["together", "history", "compare", "history/export.zip", "together/export.zip"] {
                let refused = try await client.get("/s/\(colleagues[1])/\(path)")
                XCTAssertEqual(refused.status, .forbidden, path)
                XCTAssertFalse(refused.text.contains("Notitie van Sanne."), path)
                XCTAssertFalse(refused.text.contains(owner), path)
            }
            for (path, fields) in [
                ("together/invite", [("name", "Indringer")]),
                ("together/agree", [("question", "crisiszorg"), ("answer.crisiszorg", "niet")]),
                ("plan", [("form", "x")])
            ] {
                let refused = try await client.post("/s/\(colleagues[1])/\(path)", fields)
                XCTAssertEqual(refused.status, .forbidden, path)
            }
            XCTAssertEqual(try self.count("SELECT COUNT(*) FROM colleagues"), 3, "nothing was invited")
            XCTAssertEqual(
                try self.count("SELECT revision FROM scans WHERE token = ?", [owner]), revision, "nothing of the owner's scan changed")
            let list = try await client.get("/")
            for token in colleagues { XCTAssertFalse(list.text.contains(token), "colleagues' scans are not listed on the start page") }
            XCTAssertTrue(list.text.contains(owner))
        }
    }

    func testTamperedAndUnknownLinksAreNotFoundAndWriteNothing() async throws {
        try await withServer { client in
            let (owner, _) = try await self.startTogether(client)
            let tampered = String(owner.dropLast()) + (owner.last == "0" ? "1" : "0")
            for path in [
                "/s/\(tampered)/together", "/s/\(owner.uppercased())/together", "/s/zz/together", "/s/\(tampered)/together/export.zip"
            ] {
                let response = try await client.get(path)
                XCTAssertEqual(response.status, .notFound, path)
            }
            let invite = try await client.post("/s/\(tampered)/together/invite", [("name", "Iemand")])
            XCTAssertEqual(invite.status, .notFound)
            let agree = try await client.post("/s/\(tampered)/together/agree", [("question", "crisiszorg"), ("answer.crisiszorg", "deels")])
            XCTAssertEqual(agree.status, .notFound)
            XCTAssertEqual(try self.count("SELECT COUNT(*) FROM colleagues"), 3)
            XCTAssertEqual(try self.count("SELECT COUNT(*) FROM answers"), 0)
        }
    }

    func testOversizedAndBrokenFormsAreRefusedAndWriteNothing() async throws {
        try await withServer { client in
            let (owner, _) = try await self.startTogether(client)
            let huge = try await client.post("/s/\(owner)/together/invite", raw: "name=" + String(repeating: "a", count: 300 * 1024))
            XCTAssertEqual(huge.status, .contentTooLarge)
            let long = try await client.post("/s/\(owner)/together/invite", [("name", String(repeating: "b", count: 201))])
            XCTAssertEqual(long.status, .contentTooLarge)
            let empty = try await client.post("/s/\(owner)/together/invite", [("name", "  "), ("role", "jeugdteam")])
            XCTAssertEqual(empty.status, .badRequest)
            XCTAssertTrue(empty.text.contains("niemand uitgenodigd"))
            let note = try await client.post(
                "/s/\(owner)/together/agree",
                [
                    ("question", "crisiszorg"), ("answer.crisiszorg", "deels"),
                    ("note.crisiszorg", String(repeating: "c", count: 10_001))
                ])
            XCTAssertEqual(note.status, .contentTooLarge)
            let unknown = try await client.post("/s/\(owner)/together/agree", [("question", "bestaat_niet"), ("answer.bestaat_niet", "ja")])
            XCTAssertEqual(unknown.status, .badRequest)
            let option = try await client.post(
                "/s/\(owner)/together/agree", [("question", "crisiszorg"), ("answer.crisiszorg", "misschien")])
            XCTAssertEqual(option.status, .badRequest)
            let other = try await client.post("/s/\(owner)/together/agree", [("question", "crisiszorg"), ("answer.wethouder", "volledig")])
            XCTAssertEqual(other.status, .badRequest, "a form naming another question than it says")
            let broken = try await client.post("/s/\(owner)/together/invite", raw: "name=%E0%A4%A")
            XCTAssertEqual(broken.status, .badRequest)
            XCTAssertEqual(try self.count("SELECT COUNT(*) FROM colleagues"), 3)
            XCTAssertEqual(try self.count("SELECT COUNT(*) FROM answers"), 0)
            let nonce = ScanToken.random().text
            let first = try await client.post("/s/\(owner)/together/invite", [("form", nonce), ("name", "Ahmed"), ("role", "leerplicht")])
            XCTAssertEqual(first.status, .seeOther)
            let again = try await client.post("/s/\(owner)/together/invite", [("form", nonce), ("name", "Ahmed"), ("role", "leerplicht")])
            XCTAssertEqual(again.status, .conflict, "a form sent twice invites once")
            XCTAssertEqual(try self.count("SELECT COUNT(*) FROM colleagues"), 4)
        }
    }

    func testAnAgreedNumberTypedAsAWordComesBackAsTypedWithItsNote() async throws {
        try await withServer { client in
            let (owner, colleagues) = try await self.startTogether(client)
            try await self.answer(client, colleagues[0], "aantal_in_hulp", "12", note: "Telling jeugdteam")
            let slip = try await client.post(
                "/s/\(owner)/together/agree",
                [
                    ("form", ScanToken.random().text), ("question", "aantal_in_hulp"), ("answer.aantal_in_hulp", "een stuk of tien"),
                    ("note.aantal_in_hulp", "Afgesproken na het overleg van dinsdag")
                ])
            XCTAssertEqual(slip.status, .unprocessableContent)
            XCTAssertTrue(slip.text.contains(#"value="een stuk of tien" aria-invalid="true""#), slip.text)
            XCTAssertTrue(slip.text.contains("Afgesproken na het overleg van dinsdag</textarea>"), "the note typed stays")
            XCTAssertTrue(slip.text.contains(#"id="agree-error-aantal_in_hulp" role="alert">Niet vastgelegd: "#))
            XCTAssertEqual(try self.count("SELECT COUNT(*) FROM answers WHERE question_id = 'aantal_in_hulp'"), 1, "only the colleague's")
        }
    }

    func testTheZIPHoldsTheAgreedAnswersAndEachColleaguesOwnFile() async throws {
        try await withServer { client in
            let (owner, colleagues) = try await self.startTogether(client)
            try await self.answer(client, colleagues[1], "crisiszorg", "deels", note: "Twee keer niet opgenomen.")
            let response = try await client.get("/s/\(owner)/together/export.zip")
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "application/zip")
            let framework = try self.app.framework(id: "jeugdhulp_azc")
            let archive = try Archive(data: Data(response.body.readableBytesView), accessMode: .read)
            var files: [(name: String, response: Kader.Response)] = []
            for entry in archive {
                var data = Data()
                _ = try archive.extract(entry) { data.append($0) }
                let read = ResponseLoader().load(text: String(decoding: data, as: UTF8.self), name: entry.path, framework: framework)
                files.append((entry.path, try XCTUnwrap(read.value, entry.path)))
            }
            let stem = "jeugdhulp-azc-gemeente-waterland-oost-2026-11-17"
            XCTAssertEqual(
                files.map(\.name),
                [
                    stem + "-samen.yaml", stem + "-collega-1-sanne-beleid.yaml",
                    stem + "-collega-2-youssef-jeugdteam.yaml", stem + "-collega-3-marieke-jgz.yaml"
                ])
            XCTAssertEqual(
                files.map(\.response.respondent), ["Beleidsmedewerker", "Sanne (beleid)", "Youssef (jeugdteam)", "Marieke (JGZ)"])
            XCTAssertEqual(files[2].response.answers["crisiszorg"]?.value, .option("deels"), "each colleague's own answers, read back")
            XCTAssertEqual(files[2].response.answers["crisiszorg"]?.note, "Twee keer niet opgenomen.")
        }
    }

    func testTheHistoryOfTheOrganisationLeavesColleaguesOut() async throws {
        try await withServer { client in
            let (owner, colleagues) = try await self.startTogether(client)
            let history = try await client.get("/s/\(owner)/history")
            XCTAssertEqual(history.status, .ok)
            for token in colleagues {
                XCTAssertFalse(history.text.contains(token), "a colleague's scan is no earlier scan of the organisation")
            }
            let result = try await client.get("/s/\(owner)/result")
            XCTAssertTrue(result.text.contains("id=\"together-link\""), "the owner finds the way to fill in together")
        }
    }
}
