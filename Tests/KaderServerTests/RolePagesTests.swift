import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kader
import XCTest

@testable import KaderServer

/// The roles of an organisation as its people meet them: a member fills in scans, a trainer opens
/// rooms, the organisation's admin does both and adds people; each page offers only what the
/// role may do, and what it may not is refused without writing anything.
final class RolePagesTests: HostedTestCase, @unchecked Sendable {
    func testAMemberFillsInScansAndOpensNoRoom() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let yusuf = try await client.signIn("yusuf@alfath.example")
            let start = try await client.get("/", as: yusuf).text
            XCTAssertTrue(start.contains("id=\"start-webscan\"") && start.contains("id=\"sign-out\""))
            XCTAssertTrue(start.contains("Scans van uw organisatie") && !start.contains("op deze computer"), "not 'on this computer'")
            XCTAssertFalse(start.contains("href=\"/m/new\"") || start.contains("id=\"people-link\""), "no rooms, no people")
            for path in ["/m/new", OrganisationRoutes.people, OrganisationRoutes.log] {
                let refused = try await client.get(path, as: yusuf)
                XCTAssertEqual(refused.status, .forbidden, path)
                XCTAssertTrue(refused.text.contains("u bent lid"), refused.text)
            }
            let room = try await client.post("/m/new", [("framework", "interventies_samenleven"), ("title", "Casus")], as: yusuf)
            XCTAssertEqual(room.status, .forbidden)
        }
        XCTAssertEqual(try rows("rooms"), 0)
    }

    func testATrainerOpensRoomsAndReachesNoScan() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let yusuf = try await client.signIn("yusuf@alfath.example")
            let scan = try await client.startScan("webscan", as: yusuf)
            let karim = try await client.signIn("karim@alfath.example")
            let start = try await client.get("/", as: karim).text
            XCTAssertTrue(start.contains("href=\"/m/new\""))
            XCTAssertFalse(start.contains("id=\"start-webscan\"") || start.contains(String(scan.dropFirst(3))), "no scans for a trainer")
            XCTAssertTrue(start.contains("id=\"no-rooms\""))
            let newRoom = try await client.get("/m/new", as: karim)
            XCTAssertEqual(newRoom.status, .ok)
            let opened = try await client.post(
                "/m/new", [("framework", "interventies_samenleven"), ("title", "Iftar in de wijk"), ("text", "De casus.")], as: karim)
            let room = try XCTUnwrap(opened.headers[.location])
            let again = try await client.get("/", as: karim).text
            XCTAssertTrue(again.contains("<a href=\"\(room)\">Iftar in de wijk</a>") && again.contains("open, code "), again)
            let amina = try await client.signIn("amina@alfath.example")
            let aminasStart = try await client.get("/", as: amina).text
            XCTAssertTrue(aminasStart.contains(room), "the organisation's admin finds the room too")
            for path in [scan + "/result", "/upload"] {
                let refused = try await client.get(path, as: karim)
                XCTAssertEqual(refused.status, .forbidden, path)
            }
            let refused = try await client.post("/scans", [("framework", "webscan")], as: karim)
            XCTAssertEqual(refused.status, .forbidden)
        }
        XCTAssertEqual(try rows("scans"), 1)
    }

    func testTheOrganisationsAdminAddsPeopleToTheirOwnOrganisationOnly() async throws {
        try await addPeople()
        try await withServer(app: hosted) { client in
            let amina = try await client.signIn("amina@alfath.example")
            let start = try await client.get("/", as: amina).text
            XCTAssertTrue(
                start.contains("id=\"people-link\"") && start.contains("id=\"start-webscan\"") && start.contains("href=\"/m/new\""))
            let people = try await client.get(OrganisationRoutes.people, as: amina).text
            XCTAssertTrue(people.contains("yusuf@alfath.example") && people.contains("karim@alfath.example"))
            XCTAssertFalse(people.contains("els@veldhoven.example"), "another organisation's people are not listed")

            let short = try await client.post(
                OrganisationRoutes.people,
                [("email", "bilal@alfath.example"), ("name", "Bilal"), ("role", "trainer"), ("password", "kort")],
                as: amina)
            XCTAssertEqual(short.status, .unprocessableContent)
            XCTAssertTrue(short.text.contains("minstens 12 tekens") && short.text.contains("value=\"bilal@alfath.example\""), short.text)
            XCTAssertFalse(short.text.contains("value=\"kort\""), "a password is never written back into the page")
            let taken = try await client.post(
                OrganisationRoutes.people,
                [("email", "els@veldhoven.example"), ("name", "Els"), ("role", "member"), ("password", ServerTestCase.password)], as: amina)
            XCTAssertEqual(taken.status, .unprocessableContent, "an address with an account elsewhere is not moved")
            for tampered in ["owner", "site_admin", ""] {
                let refused = try await client.post(
                    OrganisationRoutes.people,
                    [("email", "bilal@alfath.example"), ("name", "Bilal"), ("role", tampered), ("password", ServerTestCase.password)],
                    as: amina)
                XCTAssertEqual(refused.status, .badRequest, "role '\(tampered)' is not one the form offers")
                XCTAssertTrue(refused.text.contains("Onbekende rol"), refused.text)
            }

            let added = try await client.post(
                OrganisationRoutes.people,
                [("email", "bilal@alfath.example"), ("name", "Bilal"), ("role", "trainer"), ("password", ServerTestCase.password)],
                as: amina)
            XCTAssertEqual(added.status, .seeOther)
            let bilal = try await client.signIn("bilal@alfath.example")
            let bilalsStart = try await client.get("/", as: bilal)
            XCTAssertTrue(bilalsStart.text.contains("href=\"/m/new\""), "Bilal signs in as a trainer")
        }
        let row = try store.pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT a.role, o.name FROM accounts a JOIN organisations o ON o.id = a.organisation_id WHERE email = ?",
                arguments: ["bilal@alfath.example"])
        }
        XCTAssertEqual(row?["role"], "trainer")
        XCTAssertEqual(row?["name"], "Moskee Al-Fath")
        XCTAssertEqual(try count("SELECT COUNT(*) FROM accounts"), 6, "the refused additions added nobody")
    }

    func testTheOrganisationsAdminGivesSomeoneWhoForgotTheirPasswordANewOne() async throws {
        try await addPeople()
        let new = "een nieuwe zin voor yusuf"
        try await withServer(app: hosted) { client in
            let yusuf = try await client.signIn("yusuf@alfath.example")
            let amina = try await client.signIn("amina@alfath.example")
            let people = try await client.get(OrganisationRoutes.people, as: amina).text
            XCTAssertTrue(people.contains("<option value=\"yusuf@alfath.example\">") && !people.contains("els@veldhoven.example"))
            let short = try await client.post(
                OrganisationRoutes.password, [("email", "yusuf@alfath.example"), ("password", "kort")], as: amina)
            XCTAssertEqual(short.status, .unprocessableContent)
            XCTAssertTrue(short.text.contains("id=\"new-password-problem\"") && short.text.contains("minstens 12 tekens"))
            let elsewhere = try await client.post(
                OrganisationRoutes.password, [("email", "els@veldhoven.example"), ("password", new)], as: amina)
            XCTAssertEqual(elsewhere.status, .unprocessableContent, "another organisation's person is not hers to change")
            let replaced = try await client.post(
                OrganisationRoutes.password, [("email", "yusuf@alfath.example"), ("password", new)], as: amina)
            XCTAssertEqual(replaced.status, .seeOther)
            let old = try await client.get("/", as: yusuf)
            XCTAssertEqual(old.headers[.location], "/login", "Yusuf is signed out everywhere")
            let oldPassword = try await client.post("/login", [("email", "yusuf@alfath.example"), ("password", ServerTestCase.password)])
            XCTAssertEqual(oldPassword.status, .unauthorized)
            let newPassword = try await client.post("/login", [("email", "yusuf@alfath.example"), ("password", new)])
            XCTAssertEqual(newPassword.status, .seeOther)
            let els = try await client.post("/login", [("email", "els@veldhoven.example"), ("password", ServerTestCase.password)])
            XCTAssertEqual(els.status, .seeOther, "Els's password is unchanged")
        }
    }

    func testWithoutHostedThereIsNoSignOutAndNoOrganisationPage() async throws {
        try await withServer { client in
            let start = try await client.get("/").text
            XCTAssertFalse(start.contains("id=\"sign-out\"") || start.contains("id=\"people-link\""))
            XCTAssertTrue(start.contains("Kader draait op deze computer"))
            XCTAssertTrue(start.contains("id=\"start-webscan\"") && start.contains("href=\"/m/new\""), "everything, as before")
            let people = try await client.get(OrganisationRoutes.people)
            XCTAssertEqual(people.status, .notFound)
        }
    }
}
