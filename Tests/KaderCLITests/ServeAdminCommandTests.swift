import Foundation
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

    func testWithoutHostedTheServerStaysOnThisComputer() throws {
        let open = try kader(["serve", "--host", "0.0.0.0", "--port", "0"])
        XCTAssertEqual(open.status, 2)
        XCTAssertTrue(open.stderr.contains("zonder --hosted luistert kader serve alleen op deze computer"), open.stderr)
        let hosted = try kader(["serve", "--hosted", "--host", "0.0.0.0", "--port", "0", "--lang", "en"])
        XCTAssertEqual(hosted.status, 2)
        XCTAssertTrue(hosted.stderr.contains("needs a site admin"), hosted.stderr)
    }
}
