import Foundation
import KaderTestSupport
import XCTest

/// Kader as the release archive and `install.sh` lay it out: `bin/kader` with its frameworks in
/// `share/kader/Frameworks/`, started by name from the PATH in some other directory, with
/// nothing else in the environment.
final class InstalledLayoutTests: XCTestCase {
    var prefix: String!

    override func setUpWithError() throws {
        prefix = NSTemporaryDirectory() + "kader-prefix-\(UUID().uuidString)"
        let manager = FileManager.default
        try manager.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: prefix + "/share/kader/Frameworks", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: prefix + "/elders", withIntermediateDirectories: true)
        // A copy, not a link: the system resolves links to the build folder, whose frameworks
        // are the repository's.
        try manager.copyItem(atPath: CommandRunner.executable, toPath: prefix + "/bin/kader")
        try manager.copyItem(atPath: Fixtures.root + "/Frameworks/moskeeonderwijs.yaml",
                             toPath: prefix + "/share/kader/Frameworks/moskeeonderwijs.yaml")
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: prefix) }

    /// Runs `command` in a shell with only PATH set, from a directory without frameworks.
    func shell(_ command: String) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.environment = ["PATH": prefix + "/bin:/usr/bin:/bin"]
        process.currentDirectoryURL = URL(fileURLWithPath: prefix + "/elders")
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    func testStartedFromThePathItFindsTheFrameworksInstalledBesideIt() throws {
        let output = try shell("kader list")
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.contains("moskeeonderwijs"), output.stdout)
        XCTAssertFalse(output.stdout.contains("jeugdhulp_azc"), "only the installed frameworks, not the repository's: \(output.stdout)")
    }

    func testVersionIsANumberTheReleaseScriptCanNameTheArchiveAfter() throws {
        let output = try shell("kader --version")
        XCTAssertEqual(output.status, 0, output.stderr)
        let firstWord = output.stdout.split(separator: " ").first.map(String.init) ?? ""
        XCTAssertNotNil(firstWord.trimmingCharacters(in: .whitespacesAndNewlines).wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+/),
                        "kader --version must start with the release number: \(output.stdout)")
    }
}
