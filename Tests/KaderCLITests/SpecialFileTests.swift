import Foundation
import KaderTestSupport
import XCTest

/// Paths that are not regular files: a FIFO, a device, a directory, a socket. Reading one is
/// refused at once in every command (a FIFO used to block forever); writing over one with
/// `--force` never renames a regular file over it: standard output, a terminal, `/dev/null`
/// and a FIFO someone reads are written through, anything else is refused.
final class SpecialFileTests: TemporaryDirectoryTestCase {
    let example = Fixtures.root + "/Examples/moskeeonderwijs/al-amal-startend.yaml"
    let csv = Fixtures.root + "/Tests/KaderTests/Fixtures/csv/"

    override func setUpWithError() throws {
        try super.setUpWithError()
        XCTAssertEqual(mkfifo(directory + "/pijp.yaml", 0o644), 0)
        XCTAssertEqual(mkfifo(directory + "/pijp.csv", 0o644), 0)
        try SpecialFiles.socket(at: directory + "/stopcontact.yaml")
        try FileManager.default.createDirectory(atPath: directory + "/map.yaml", withIntermediateDirectories: true)
    }

    func kader(_ arguments: [String], input: String? = nil) throws -> CommandRunner.Output {
        let output = try CommandRunner.run(
            arguments + ["--frameworks", Fixtures.root + "/Frameworks"], input: input, directory: directory,
            timeLimit: 20)
        XCTAssertFalse(output.timedOut, "\(arguments) hung")
        XCTAssertFalse(output.signalled, "\(arguments) crashed: \(output.stderr)")
        return output
    }

    func testEveryCommandRefusesToReadAFIFOAtOnce() throws {
        let commands: [[String]] = [
            ["scan", "pijp.yaml"], ["validate", "pijp.yaml"], ["lint", "pijp.yaml"], ["explain", "pijp.yaml"],
            ["compare", "pijp.yaml", example],
            ["aggregate", "pijp.yaml"], ["aggregate", example, "--combine", "pijp.yaml"], ["fill", "--resume", "pijp.yaml"],
            ["test", "pijp.yaml"], ["show", "pijp.yaml"], ["template", "pijp.yaml"], ["export", "pijp.yaml"],
            ["scan", example, "--framework", "pijp.yaml"],
            ["import", "csv", "pijp.csv", "--framework", "jeugdhulp_azc"],
            ["import", "csv", csv + "codes_jeugdhulp.csv", "--framework", "jeugdhulp_azc", "--map", "pijp.yaml"],
            ["aggregate", "pijp.csv", "--framework", "jeugdhulp_azc"]
        ]
        for command in commands {
            let output = try kader(command)
            XCTAssertEqual(output.status, 2, "\(command): \(output.stderr)")
            XCTAssertTrue(output.stderr.contains("is een named pipe (FIFO), geen gewoon bestand"), "\(command): \(output.stderr)")
        }
    }

    func testDevicesSocketsAndDirectoriesAreRefusedToo() throws {
        for path in ["/dev/zero", "stopcontact.yaml"] {
            let output = try kader(["scan", path, "--lang", "en"])
            XCTAssertEqual(output.status, 2, output.stderr)
            let kind = path == "/dev/zero" ? "device" : "socket"
            XCTAssertTrue(output.stderr.contains("\(path) is a \(kind), not a regular file"), output.stderr)
        }
        let folder = try kader(["scan", "map.yaml", "--lang", "en"])
        XCTAssertEqual(folder.status, 2)
        XCTAssertTrue(folder.stderr.contains("map.yaml is a directory, not a file"), folder.stderr)
    }

    func testSpecialFilesAmongTheFrameworksAreListedNotWaitedFor() throws {
        let output = try CommandRunner.run(["list", "--frameworks", directory], directory: directory, timeLimit: 20)
        XCTAssertFalse(output.timedOut || output.signalled, output.stderr)
        XCTAssertTrue(output.stdout.contains("pijp.yaml is een named pipe (FIFO), geen gewoon bestand"), output.stdout)
        XCTAssertTrue(output.stdout.contains("stopcontact.yaml is een socket, geen gewoon bestand"), output.stdout)
    }

    func testStandardInputStaysAvailableAsADash() throws {
        let output = try kader(["scan", "-"], input: try String(contentsOfFile: example, encoding: .utf8))
        XCTAssertEqual(output.status, 0, output.stderr)
        XCTAssertTrue(output.stdout.contains("Moskee Al-Amal"), output.stdout)
    }

    func testAFIFOInsideADirectoryIsListedAsNotScoredAndTheRestIsScored() throws {
        try FileManager.default.createDirectory(atPath: directory + "/antwoorden", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: example, toPath: directory + "/antwoorden/a.yaml")
        XCTAssertEqual(mkfifo(directory + "/antwoorden/b.yaml", 0o644), 0)
        let output = try kader(["aggregate", "antwoorden", "--lang", "en"])
        XCTAssertEqual(output.status, 1, output.stderr)
        XCTAssertTrue(output.stderr.contains("antwoorden/b.yaml is a named pipe (FIFO), not a regular file"), output.stderr)
        XCTAssertTrue(output.stdout.contains("Moskee Al-Amal"), output.stdout)
        XCTAssertTrue(output.stdout.contains("not scored: antwoorden/b.yaml"), output.stdout)
    }

    func testStandardOutputAndTheNullDeviceAreWrittenThrough() throws {
        let stdout = try kader(["scan", example, "--output", "/dev/stdout"])
        XCTAssertEqual(stdout.status, 0, stdout.stderr)
        XCTAssertTrue(stdout.stdout.contains("Moskee Al-Amal"), stdout.stdout)
        let null = try kader(["scan", example, "--output", "/dev/null", "--force"])
        XCTAssertEqual(null.status, 0, null.stderr)
        XCTAssertTrue(SpecialFiles.isCharacterDevice("/dev/null"))
    }

    func testAFIFOIsWrittenThroughWhenSomeoneReadsItAndRefusedWhenNobodyDoes() throws {
        let nobody = try kader(["scan", example, "--output", "pijp.yaml", "--force", "--lang", "en"])
        XCTAssertEqual(nobody.status, 2, nobody.stderr)
        XCTAssertTrue(nobody.stderr.contains("nobody reads the named pipe pijp.yaml"), nobody.stderr)
        let reader = SpecialFiles.Reader(path: directory + "/pijp.yaml")
        let read = try kader(["scan", example, "--output", "pijp.yaml", "--force"])
        XCTAssertEqual(read.status, 0, read.stderr)
        XCTAssertTrue(reader.text().contains("Moskee Al-Amal"))
        XCTAssertTrue(SpecialFiles.isFIFO(directory + "/pijp.yaml"), "still a FIFO")
    }

    func testASocketOrALinkToOneIsNeverReplaced() throws {
        try FileManager.default.createSymbolicLink(atPath: directory + "/link.yaml", withDestinationPath: directory + "/stopcontact.yaml")
        try FileManager.default.createDirectory(atPath: directory + "/uit", withIntermediateDirectories: true)
        try SpecialFiles.socket(at: directory + "/uit/gemeente-waterland.yaml")
        let commands: [[String]] = [
            ["scan", example, "--output", "stopcontact.yaml", "--force"], ["scan", example, "--output", "link.yaml", "--force"],
            ["aggregate", example, "--results", "stopcontact.yaml", "--force"],
            ["fill", "moskeeonderwijs", "--output", "stopcontact.yaml", "--force", "--respondent", "X"],
            ["template", "moskeeonderwijs", "--output", "link.yaml", "--force"],
            [
                "import", "csv", csv + "codes_jeugdhulp.csv", "--framework", "jeugdhulp_azc", "--map", csv + "koppeling_jeugdhulp.yaml",
                "--output-dir", "uit", "--force"
            ]
        ]
        for command in commands {
            let output = try kader(command + ["--lang", "en"], input: "q\n")
            XCTAssertEqual(output.status, 2, "\(command): \(output.stderr)")
            XCTAssertTrue(
                output.stderr.contains("is a socket, not a regular file; Kader does not write over it"),
                "\(command): \(output.stderr)")
        }
        XCTAssertTrue(SpecialFiles.isSocket(directory + "/stopcontact.yaml"))
        XCTAssertTrue(SpecialFiles.isSocket(directory + "/uit/gemeente-waterland.yaml"))
        let linked = try FileManager.default.destinationOfSymbolicLink(atPath: directory + "/link.yaml")
        XCTAssertEqual(linked, directory + "/stopcontact.yaml", "the link is still a link")
    }

    func testADeviceNodeIsNeverReplacedEvenByRoot() throws {
        try XCTSkipUnless(getuid() == 0, "only root can make a device node")
        XCTAssertEqual(mknod(directory + "/schijf", S_IFBLK | 0o600, dev_t((7 << 8) | 200)), 0)
        let output = try kader(["scan", example, "--output", "schijf", "--force", "--lang", "en"])
        XCTAssertEqual(output.status, 2, output.stderr)
        XCTAssertTrue(output.stderr.contains("schijf is a block device (a disk), not a regular file"), output.stderr)
        var info = stat()
        XCTAssertEqual(stat(directory + "/schijf", &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFBLK, "still a device node")
    }
}
