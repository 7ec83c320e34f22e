import Foundation
import KaderTestSupport
import XCTest

/// Kader as the release archive and `install.sh` lay it out: `bin/kader` with its frameworks in
/// `share/kader/Frameworks/`, started by name from the PATH in some other directory.
final class InstalledLayoutTests: TemporaryDirectoryTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        let manager = FileManager.default
        for folder in ["/bin", "/share/kader/Frameworks", "/elders"] {
            try manager.createDirectory(atPath: directory + folder, withIntermediateDirectories: true)
        }
        // A copy, not a link: the system resolves links to the build folder, whose frameworks
        // are the repository's.
        try manager.copyItem(atPath: CommandRunner.executable, toPath: directory + "/bin/kader")
        try manager.copyItem(
            atPath: Fixtures.root + "/Frameworks/moskeeonderwijs.yaml",
            toPath: directory + "/share/kader/Frameworks/moskeeonderwijs.yaml")
        // As scripts/release.sh ships them: the framework's documents beside it.
        try manager.createDirectory(atPath: directory + "/share/kader/Frameworks/resources", withIntermediateDirectories: true)
        try manager.copyItem(
            atPath: Fixtures.root + "/Frameworks/resources/moskeeonderwijs",
            toPath: directory + "/share/kader/Frameworks/resources/moskeeonderwijs")
    }

    /// Runs `command` in a shell that finds `kader` only on the PATH, from a directory without
    /// frameworks.
    func shell(_ command: String) throws -> CommandRunner.Output {
        try CommandRunner.shell(
            command, directory: directory + "/elders",
            environment: ["PATH": directory + "/bin:/usr/bin:/bin", "KADER_FRAMEWORKS": ""])
    }

    func testStartedFromThePathItFindsTheFrameworksInstalledBesideIt() throws {
        let output = try shell("kader list")
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.contains("moskeeonderwijs"), output.stdout)
        XCTAssertFalse(output.stdout.contains("jeugdhulp_azc"), "only the installed frameworks, not the repository's: \(output.stdout)")
    }

    func testTheInstalledFrameworksDocumentsAreFoundAndCopiedOut() throws {
        let output = try shell("kader export moskeeonderwijs --as resources --output documenten")
        XCTAssertEqual(output.status, 0, output.stderr)
        let copied = directory + "/elders/documenten/resources/moskeeonderwijs/gedragscode.md"
        let original = directory + "/share/kader/Frameworks/resources/moskeeonderwijs/gedragscode.md"
        XCTAssertEqual(FileManager.default.contents(atPath: copied), FileManager.default.contents(atPath: original))
        XCTAssertTrue(output.stderr.contains("documenten/resources/moskeeonderwijs/vog-stappenplan.en.md"), output.stderr)
    }

    func testVersionIsANumberTheReleaseScriptCanNameTheArchiveAfter() throws {
        let output = try shell("kader --version")
        XCTAssertEqual(output.status, 0, output.stderr)
        let firstWord = output.stdout.split(separator: " ").first.map(String.init) ?? ""
        XCTAssertNotNil(
            firstWord.trimmingCharacters(in: .whitespacesAndNewlines).wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+/),
            "kader --version must start with the release number: \(output.stdout)")
    }
}
