import Foundation
import Kader
import KaderTestSupport
import XCTest

@testable import KaderServer

/// Setting up a hosted installation (issue 15, point 4): the loopback rule without `--hosted`,
/// a site admin before `--hosted` starts, and the checks on every name, address and password.
final class HostedSetupTests: TemporaryDirectoryTestCase, @unchecked Sendable {
    /// bcrypt's lowest cost: the same hashes, quick enough for tests.
    let hasher = PasswordHasher(cost: 4)
    let password = "vier losse woorden samen"

    func testWithoutHostedTheServerRefusesToListenBeyondThisComputer() async throws {
        let data = directory + "/data"
        for host in ["0.0.0.0", "192.168.1.20", "::", "kader.example.org"] {
            do {
                try await ServerLauncher.run(ServerConfiguration(host: host, port: 0, dataDirectory: data)) { _ in }
                XCTFail("\(host) was accepted without --hosted")
            } catch {
                XCTAssertTrue(error.message.en.contains("without --hosted"), error.message.en)
                XCTAssertTrue(error.fix?.nl.contains("kader serve --hosted --host \(host)") == true)
            }
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: data), "refused before anything was opened or created")
    }

    func testLoopbackMeansThisComputerOnly() {
        for host in ["127.0.0.1", "localhost", "LOCALHOST", "::1", "127.0.0.2", "127.255.255.254"] {
            XCTAssertTrue(ListenAddress.isLoopback(host), host)
        }
        for host in ["0.0.0.0", "::", "10.0.0.11", "127.0.0.1.example.org", "127.0.0", "127.0.0.256", "127.0.0.1x", "", "localhost.example"]
        {
            XCTAssertFalse(ListenAddress.isLoopback(host), host)
        }
    }

    func testHostedRefusesToStartWithoutASiteAdmin() async throws {
        let configuration = ServerConfiguration(host: "0.0.0.0", port: 0, dataDirectory: directory, hosted: true)
        do {
            try await ServerLauncher.run(configuration) { _ in }
            XCTFail("a hosted installation started without a site admin")
        } catch {
            XCTAssertTrue(error.message.nl.contains("heeft een sitebeheerder nodig"), error.message.nl)
            XCTAssertTrue(error.fix?.en.contains("kader serve admin add-site-admin") == true)
        }
    }

    func testASiteAdminOrganisationsAndPeopleAreAddedWithHashedPasswords() async throws {
        let store = try SQLiteScanStore(path: directory + "/kader.sqlite")
        defer { try? store.close() }
        let setup = AccountSetup(store: store, hasher: hasher)
        let admin = try await setup.addSiteAdmin(email: " Beheer@Kader.Example ", name: "Amina", password: password)
        XCTAssertEqual(admin.email, "beheer@kader.example")
        let umbrella = try await setup.addOrganisation(name: "Unie van Moskeeën")
        let mosque = try await setup.addOrganisation(name: "Moskee Al-Fath", umbrella: "unie van moskeeën")
        XCTAssertEqual(mosque.umbrellaID, umbrella.id)
        _ = try await setup.addUser(
            email: "yusuf@alfath.example", name: "Yusuf", password: password, role: .organisationAdmin, organisation: "Moskee Al-Fath")
        let credentials = try await store.credentials(email: "beheer@kader.example")
        let stored = try XCTUnwrap(credentials)
        XCTAssertTrue(stored.passwordHash.hasPrefix("$2b$04$"), "a bcrypt hash, never the password")
        XCTAssertFalse(stored.passwordHash.contains(password))
        XCTAssertTrue(hasher.verify(password, hash: stored.passwordHash))
        XCTAssertFalse(hasher.verify(password + "!", hash: stored.passwordHash))
        let overview = try await setup.overview()
        XCTAssertEqual(overview.siteAdmins.map(\.name), ["Amina"])
        XCTAssertEqual(
            overview.organisations.map { "\($0.0.name): \($0.1.map(\.name))" }, ["Moskee Al-Fath: [\"Yusuf\"]", "Unie van Moskeeën: []"])
    }

    func testEveryBadInputIsRefusedWithAFixAndAddsNothing() async throws {
        let store = try SQLiteScanStore(path: directory + "/kader.sqlite")
        defer { try? store.close() }
        let setup = AccountSetup(store: store, hasher: hasher)
        _ = try await setup.addOrganisation(name: "Gemeente Ter Aa")
        let attempts: [(String, @Sendable () async throws -> Void)] = [
            ("minstens 12 tekens", { _ = try await setup.addSiteAdmin(email: "a@b.example", name: "A", password: "kort") }),
            (
                "hoogstens 72 bytes",
                { _ = try await setup.addSiteAdmin(email: "a@b.example", name: "A", password: String(repeating: "é", count: 40)) }
            ),
            ("geen e-mailadres", { _ = try await setup.addSiteAdmin(email: "amina", name: "A", password: self.password) }),
            ("geen e-mailadres", { _ = try await setup.addSiteAdmin(email: "a b@c.example", name: "A", password: self.password) }),
            ("1 tot 100 tekens", { _ = try await setup.addSiteAdmin(email: "a@b.example", name: "  ", password: self.password) }),
            ("1 tot 100 tekens", { _ = try await setup.addSiteAdmin(email: "a@b.example", name: "A\u{1B}[2J", password: self.password) }),
            ("al een organisatie", { _ = try await setup.addOrganisation(name: "gemeente ter  aa") }),
            ("geen organisatie die Nergens", { _ = try await setup.addOrganisation(name: "Dorp", umbrella: "Nergens") }),
            (
                "geen organisatie die Nergens",
                {
                    _ = try await setup.addUser(
                        email: "a@b.example", name: "A", password: self.password, role: .member, organisation: "Nergens")
                }
            ),
            (
                "hoort bij geen organisatie",
                {
                    _ = try await setup.addUser(
                        email: "a@b.example", name: "A", password: self.password, role: .siteAdmin, organisation: "Gemeente Ter Aa")
                }
            )
        ]
        for (expected, attempt) in attempts {
            do {
                try await attempt()
                XCTFail("accepted; expected “\(expected)”")
            } catch {
                let failure = try XCTUnwrap(error as? AccountSetup.Failure, "\(error)")
                XCTAssertTrue(failure.message.nl.contains(expected), "\(failure.message.nl) lacks “\(expected)”")
                XCTAssertNotNil(failure.fix)
                if expected == "hoogstens 72 bytes" {
                    XCTAssertTrue(
                        failure.fix?.nl.contains("kortere zin") == true, "too long is fixed by a shorter one: \(failure.fix?.nl ?? "")")
                }
            }
        }
        _ = try await setup.addUser(email: "a@b.example", name: "A", password: password, role: .member, organisation: "Gemeente Ter Aa")
        do {
            _ = try await setup.addUser(
                email: "A@B.example", name: "B", password: password, role: .trainer, organisation: "Gemeente Ter Aa")
            XCTFail("a second account for one address")
        } catch {
            XCTAssertEqual(error.message.en, "there is already an account for a@b.example")
        }
        let overview = try await setup.overview()
        XCTAssertTrue(overview.siteAdmins.isEmpty)
        XCTAssertEqual(overview.organisations.map(\.0.name), ["Gemeente Ter Aa"])
        XCTAssertEqual(overview.organisations.first?.1.map(\.name), ["A"])
    }
}
