import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Kader
import KaderFiles
import XCTest

@testable import KaderServer

/// An umbrella organisation and its member mosques: the umbrella's admin sees the group overview
/// of the members whose admin opted in, only their latest scan per framework, never ranked, and
/// nothing of a member that did not opt in or stopped sharing.
final class UmbrellaTests: HostedTestCase, @unchecked Sendable {
    /// Unie van Moskeeën (admin Hamid) with members Al-Fath (admin Amina, member Yusuf) and An-Nour
    /// (admin Idris), and Gemeente Veldhoven (admin Els) outside it.
    func addUmbrella() async throws {
        let setup = AccountSetup(store: store, hasher: PasswordHasher(cost: 4))
        _ = try await setup.addOrganisation(name: "Unie van Moskeeën")
        _ = try await setup.addOrganisation(name: "Moskee Al-Fath", umbrella: "Unie van Moskeeën")
        _ = try await setup.addOrganisation(name: "Moskee An-Nour", umbrella: "Unie van Moskeeën")
        _ = try await setup.addOrganisation(name: "Gemeente Veldhoven")
        let people: [(String, Role, String)] = [
            ("hamid@unie.example", .organisationAdmin, "Unie van Moskeeën"), ("amina@alfath.example", .organisationAdmin, "Moskee Al-Fath"),
            ("yusuf@alfath.example", .member, "Moskee Al-Fath"), ("idris@annour.example", .organisationAdmin, "Moskee An-Nour"),
            ("els@veldhoven.example", .organisationAdmin, "Gemeente Veldhoven")
        ]
        for (email, role, organisation) in people {
            _ = try await setup.addUser(email: email, name: email, password: Self.password, role: role, organisation: organisation)
        }
    }

    /// A scan of webscan by `person`, its one answer `plan` and the organisation's name on its form.
    func scan(_ client: any TestClientProtocol, by person: SignedIn, plan: String, name: String) async throws {
        let scan = try await client.startScan("webscan", as: person)
        _ = try await client.post(scan + "/start", [("organisation", name)], as: person)
        let saved = try await client.post(scan + "/answer", [("question", "plan"), ("answer.plan", plan), ("rev.plan", "0")], as: person)
        XCTAssertEqual(saved.status, .ok)
    }

    func testTheUmbrellaSeesOnlyTheMembersThatOptedIn() async throws {
        try await addUmbrella()
        try await withServer(app: hosted) { client in
            try await self.scan(client, by: try await client.signIn("yusuf@alfath.example"), plan: "volledig", name: "Moskee Al-Fath")
            try await self.scan(client, by: try await client.signIn("idris@annour.example"), plan: "deels", name: "Moskee An-Nour")
            let hamid = try await client.signIn("hamid@unie.example")
            let before = try await client.get(UmbrellaRoutes.page, as: hamid).text
            XCTAssertTrue(before.contains("id=\"no-overview\"") && before.contains("Moskee Al-Fath · deelt niet"), before)

            let amina = try await client.signIn("amina@alfath.example")
            let people = try await client.get(OrganisationRoutes.people, as: amina).text
            XCTAssertTrue(people.contains("Uw organisatie deelt niets met Unie van Moskeeën."))
            let optIn = try await client.post(UmbrellaRoutes.sharing, [("share", "1")], as: amina)
            XCTAssertEqual(optIn.status, .seeOther)
            let forged = try await client.post(UmbrellaRoutes.sharing, [("share", "1")], cookie: amina.cookie)
            XCTAssertEqual(forged.status, .forbidden, "opting in takes the CSRF token like every form")

            let after = try await client.get(UmbrellaRoutes.page, as: hamid).text
            XCTAssertTrue(after.contains("1 organisaties: Moskee Al-Fath") && after.contains("Moskee An-Nour · deelt niet"), after)
            let overview = try await client.get(UmbrellaRoutes.overview + "?framework=webscan&version=1.0.0", as: hamid)
            XCTAssertEqual(overview.status, .ok)
            XCTAssertFalse(overview.text.contains("Moskee An-Nour"), "a member that did not opt in is not in the overview")

            let optOut = try await client.post(UmbrellaRoutes.sharing, [("share", "0")], as: amina)
            XCTAssertEqual(optOut.status, .seeOther)
            let stopped = try await client.get(UmbrellaRoutes.overview + "?framework=webscan&version=1.0.0", as: hamid)
            XCTAssertEqual(stopped.status, .notFound, "stopping sharing takes the overview away at once")
        }
    }

    func testOnlyAnUmbrellasAdminSeesItsOverview() async throws {
        try await addUmbrella()
        try await withServer(app: hosted) { client in
            let els = try await client.signIn("els@veldhoven.example")
            let notAnUmbrella = try await client.get(UmbrellaRoutes.page, as: els)
            XCTAssertEqual(notAnUmbrella.status, .notFound)
            let noUmbrella = try await client.post(UmbrellaRoutes.sharing, [("share", "1")], as: els)
            XCTAssertEqual(noUmbrella.status, .notFound, "an organisation without an umbrella has nothing to share with")
            let amina = try await client.signIn("amina@alfath.example")
            let aminas = try await client.get(UmbrellaRoutes.page, as: amina)
            XCTAssertEqual(aminas.status, .notFound, "a member is not the umbrella")
            let yusuf = try await client.signIn("yusuf@alfath.example")
            let member = try await client.post(UmbrellaRoutes.sharing, [("share", "1")], as: yusuf)
            XCTAssertEqual(member.status, .forbidden, "only the organisation's admin opts in")
        }
        XCTAssertEqual(try count("SELECT COUNT(*) FROM organisations WHERE shares_with_umbrella"), 0)
    }
}
