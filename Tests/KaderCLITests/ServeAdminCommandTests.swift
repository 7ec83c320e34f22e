import Foundation
import Kader
import KaderServer
import KaderTestSupport
import XCTest

/// `kader serve admin` and `kader serve --hosted`: the person who runs a hosted installation adds
/// the site admin, an umbrella with a member organisation and its people from the command line,
/// and a server without `--hosted` stays on this computer.
final class ServeAdminCommandTests: TemporaryDirectoryTestCase, @unchecked Sendable {
    func kader(_ arguments: [String], input: String? = nil) throws -> CommandRunner.Output {
        let output = try CommandRunner.run(arguments + ["--data", directory + "/data"], input: input, directory: directory)
        XCTAssertFalse(output.stderr.contains("Fatal error"), "a crash: \(output.stderr)")
        return output
    }

    func testTheSiteAdminAddsAnUmbrellaAMosqueAndItsPeople() throws {
        let admin = try kader(
            ["serve", "admin", "add-site-admin", "beheer@kader.example", "--name", "Amina"], input: "vier losse woorden samen\n")
        XCTAssertEqual(admin.status, 0, admin.stderr)
        XCTAssertEqual(admin.stderr, "sitebeheerder toegevoegd: beheer@kader.example\n")
        XCTAssertEqual(try kader(["serve", "admin", "add-organisation", "Unie van Moskeeën"]).status, 0)
        let mosque = try kader(["serve", "admin", "add-organisation", "Moskee Al-Fath", "--umbrella", "Unie van Moskeeën", "--lang", "en"])
        XCTAssertEqual(mosque.stderr, "organisation added: Moskee Al-Fath\n")
        let yusuf = try kader(
            [
                "serve", "admin", "add-user", "yusuf@alfath.example", "--name", "Yusuf", "--organisation", "Moskee Al-Fath", "--role",
                "admin"
            ],
            input: "een ander lang wachtwoord\n")
        XCTAssertEqual(yusuf.status, 0, yusuf.stderr)
        let list = try kader(["serve", "admin", "list"])
        XCTAssertEqual(
            list.stdout,
            """
            Sitebeheerders:
              beheer@kader.example  Amina
            Moskee Al-Fath (lid van Unie van Moskeeën)
              yusuf@alfath.example  Yusuf  beheerder van de organisatie
            Unie van Moskeeën

            """)
        XCTAssertFalse(list.stdout.contains("woorden"), "passwords are never shown")
    }

    func testMistakesAreUsageErrorsThatSayWhatToDo() throws {
        let short = try kader(["serve", "admin", "add-site-admin", "beheer@kader.example", "--name", "Amina"], input: "geheim\n")
        XCTAssertEqual(short.status, 2)
        XCTAssertTrue(short.stderr.contains("minstens 12 tekens"), short.stderr)
        let none = try kader(["serve", "admin", "add-site-admin", "beheer@kader.example", "--name", "Amina"], input: "")
        XCTAssertEqual(none.status, 2)
        XCTAssertTrue(none.stderr.contains("geen wachtwoord op de standaardinvoer"), none.stderr)
        let unknown = try kader(
            ["serve", "admin", "add-user", "a@b.example", "--name", "A", "--organisation", "Nergens", "--role", "member"],
            input: "vier losse woorden samen\n")
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("kader serve admin add-organisation"), unknown.stderr)
        let role = try kader(["serve", "admin", "add-user", "a@b.example", "--name", "A", "--organisation", "X", "--role", "site_admin"])
        XCTAssertEqual(role.status, 2)
        XCTAssertTrue(role.stderr.contains("--role must be admin, member or trainer"), role.stderr)
        XCTAssertEqual(try kader(["serve", "admin", "list"]).stdout, "Sitebeheerders:\n")
    }

    func testScansMadeBeforeHostedAreGivenToAnOrganisationOnce() async throws {
        // A mosque used `kader serve` on its own computer first: two scans without an organisation.
        try FileManager.default.createDirectory(atPath: directory + "/data", withIntermediateDirectories: true)
        let store = try SQLiteScanStore(path: directory + "/data/" + SQLiteScanStore.fileName)
        let first = try await store.createScan(framework: "moskeeonderwijs", version: "2.1.0", language: .nl, organisation: nil)
        _ = try await store.createScan(framework: "moskeeonderwijs", version: "2.1.0", language: .nl, organisation: nil)
        try store.close()

        let unknown = try kader(["serve", "admin", "assign", "--organisation", "Moskee Al-Fath", "--all-unowned"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("er is geen organisatie die Moskee Al-Fath heet"), unknown.stderr)
        XCTAssertEqual(try kader(["serve", "admin", "add-organisation", "Moskee Al-Fath"]).status, 0)
        XCTAssertEqual(try kader(["serve", "admin", "add-organisation", "Moskee Noor"]).status, 0)
        let one = try kader([
            "serve", "admin", "assign", "--organisation", "moskee al-fath", "--scan", "http://kader.local/s/\(first.token)"
        ])
        XCTAssertEqual(one.status, 0, one.stderr)
        XCTAssertEqual(one.stderr, "1 scan en 0 ruimtes horen nu bij Moskee Al-Fath\n")
        let moved = try kader(["serve", "admin", "assign", "--organisation", "Moskee Noor", "--scan", first.token.text])
        XCTAssertEqual(moved.status, 2, "a scan with an owner never moves")
        XCTAssertTrue(moved.stderr.contains("hoort al bij een andere organisatie"), moved.stderr)
        let rest = try kader(["serve", "admin", "assign", "--organisation", "Moskee Noor", "--all-unowned", "--lang", "en"])
        XCTAssertEqual(rest.stderr, "1 scan and 0 rooms now belong to Moskee Noor\n")
        for wrong in [["--all-unowned", "--room", "ABCDEF"], [], ["--scan", "/etc/passwd"], ["--room", "ABC"]] {
            let refused = try kader(["serve", "admin", "assign", "--organisation", "Moskee Noor"] + wrong)
            XCTAssertEqual(refused.status, 2, "\(wrong): \(refused.stderr)")
        }
        let reopened = try SQLiteScanStore(path: directory + "/data/" + SQLiteScanStore.fileName)
        let fath = try await reopened.organisation(named: "Moskee Al-Fath")
        let given = try await reopened.scan(token: first.token)
        XCTAssertEqual(given?.organisationID, fath?.id)
        let unowned = try await reopened.scans(limit: 10, organisation: nil)
        XCTAssertTrue(unowned.isEmpty)
        try reopened.close()
    }

    func testWithoutHostedTheServerStaysOnThisComputer() throws {
        let open = try kader(["serve", "--host", "0.0.0.0", "--port", "0"])
        XCTAssertEqual(open.status, 2)
        XCTAssertTrue(open.stderr.contains("zonder --hosted luistert kader serve alleen op deze computer"), open.stderr)
        let hosted = try kader(["serve", "--hosted", "--host", "0.0.0.0", "--port", "0", "--lang", "en"])
        XCTAssertEqual(hosted.status, 2)
        XCTAssertTrue(hosted.stderr.contains("needs a site admin"), hosted.stderr)
    }
}
