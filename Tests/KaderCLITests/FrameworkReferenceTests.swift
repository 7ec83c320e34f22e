import Foundation
import KaderTestSupport
import XCTest

/// What a response names as its framework is an id, looked up in the framework library, never
/// a path to open: a response from someone else cannot make Kader read `/etc/passwd` and show
/// its first line. A framework file is opened only when the user names it. And when the id is
/// missing or unknown, the message says what to do.
final class FrameworkReferenceTests: TemporaryDirectoryTestCase {

    override func setUpWithError() throws {
        try super.setUpWithError()
        try FileManager.default.createDirectory(atPath: directory + "/geheim", withIntermediateDirectories: true)
        // A framework file that is not in the library: only a path could reach it.
        try write(
            String(contentsOfFile: Fixtures.root + "/Frameworks/moskeeonderwijs.yaml", encoding: .utf8)
                .replacingOccurrences(of: "id: moskeeonderwijs", with: "id: verstopt"), to: "geheim/verstopt.yaml")
        // With the documents it names, beside it, as a copied framework needs them.
        try FileManager.default.createDirectory(atPath: directory + "/geheim/resources", withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: Fixtures.root + "/Frameworks/resources/moskeeonderwijs",
            toPath: directory + "/geheim/resources/moskeeonderwijs")
    }

    func kader(_ arguments: [String]) throws -> CommandRunner.Output {
        let output = try CommandRunner.run(arguments + ["--frameworks", Fixtures.root + "/Frameworks"], directory: directory, timeLimit: 20)
        XCTAssertFalse(output.signalled || output.timedOut, "\(arguments): \(output.stderr)")
        return output
    }

    func response(_ name: String, framework: String) throws {
        try write("framework: \(framework)\nrespondent: X\nanswers:\n  commissie: deels\n", to: name)
    }

    func testAPathInFrameworkIsNeverOpened() throws {
        let paths = ["/etc/passwd", "/proc/self/environ", "geheim/verstopt.yaml", "../geheim/verstopt", "./geheim/verstopt.yaml"]
        for (index, path) in paths.enumerated() {
            try response("r\(index).yaml", framework: path)
            try FileManager.default.createDirectory(atPath: directory + "/map\(index)", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: directory + "/r\(index).yaml", toPath: directory + "/map\(index)/r.yaml")
            for command in [
                ["scan", "r\(index).yaml"], ["validate", "r\(index).yaml"], ["explain", "r\(index).yaml"],
                ["aggregate", "map\(index)"],
                ["compare", "r\(index).yaml", "r\(index).yaml"], ["fill", "--resume", "r\(index).yaml"]
            ] {
                let output = try kader(command + ["--lang", "en"])
                XCTAssertEqual(output.status, 1, "\(command) \(path): \(output.stderr)")
                XCTAssertTrue(output.stderr.contains("error: '\(path)' is not a framework id"), "\(command) \(path): \(output.stderr)")
                XCTAssertTrue(output.stderr.contains("give a framework file yourself with --framework FILE"), output.stderr)
                // Nothing of the file it named reaches the output.
                XCTAssertFalse(["root:", "PATH=", "Pedagogisch"].contains(where: output.stderr.contains), output.stderr)
            }
        }
    }

    func testAFrameworkFileTheUserNamesIsOpened() throws {
        try response("eigen.yaml", framework: "verstopt")
        let named = try kader(["scan", "eigen.yaml", "--framework", "geheim/verstopt.yaml"])
        XCTAssertEqual(named.status, 0, named.stderr)
        let validated = try kader(["validate", "geheim/verstopt.yaml", "eigen.yaml"])
        XCTAssertEqual(validated.status, 0, validated.stderr)
        XCTAssertTrue(validated.stderr.contains("eigen.yaml: in orde"), validated.stderr)
        // Also when the response comes first: frameworks on the command line are read before responses.
        let reversed = try kader(["validate", "eigen.yaml", "geheim/verstopt.yaml"])
        XCTAssertEqual(reversed.status, 0, reversed.stderr)
    }

    func testAResponseWithoutFrameworkSaysSo() throws {
        try write("respondent: X\nanswers:\n  commissie: deels\n", to: "zonder.yaml")
        for command in [["scan", "zonder.yaml"], ["validate", "zonder.yaml"], ["aggregate", "zonder.yaml"]] {
            let output = try kader(command)
            XCTAssertEqual(output.status, 1, "\(command): \(output.stderr)")
            XCTAssertTrue(output.stderr.contains("zonder.yaml noemt geen kader ('framework:')"), "\(command): \(output.stderr)")
            XCTAssertTrue(output.stderr.contains("voeg 'framework: <id>' toe, of kies het kader met --framework ID|BESTAND"), output.stderr)
            XCTAssertFalse(output.stderr.contains("kader '' niet gevonden"), output.stderr)
        }
    }

    func testAnUnknownFrameworkListsTheWaysToFindIt() throws {
        try response("onbekend.yaml", framework: "moskeeonderwys")
        for command in [["scan", "onbekend.yaml"], ["validate", "onbekend.yaml"], ["show", "moskeeonderwys"]] {
            let output = try kader(command + ["--lang", "en"])
            XCTAssertEqual(output.status, 2, "\(command): \(output.stderr)")
            XCTAssertTrue(output.stderr.contains("error: framework 'moskeeonderwys' not found"), output.stderr)
            XCTAssertTrue(output.stderr.contains("did you mean 'moskeeonderwijs'?"), output.stderr)
            for fix in ["--frameworks DIR", "KADER_FRAMEWORKS=DIR", "--framework FILE"] {
                XCTAssertTrue(output.stderr.contains(fix), "\(fix) missing from: \(output.stderr)")
            }
        }
    }

    func testAMappingFileNamingAPathOpensNothing() throws {
        let csv = Fixtures.root + "/Tests/KaderTests/Fixtures/csv/"
        let mapping = try String(contentsOfFile: csv + "koppeling_jeugdhulp.yaml", encoding: .utf8)
            .replacingOccurrences(of: "framework: jeugdhulp_azc", with: "framework: /etc/passwd")
        XCTAssertTrue(mapping.contains("framework: /etc/passwd"), "the fixture names its framework")
        try write(mapping, to: "koppeling.yaml")
        let output = try kader([
            "import", "csv", csv + "codes_jeugdhulp.csv", "--framework", "jeugdhulp_azc", "--map", "koppeling.yaml",
            "--lang", "en"
        ])
        XCTAssertEqual(output.status, 1, output.stderr)
        XCTAssertTrue(output.stderr.contains("this mapping is for framework '/etc/passwd', not 'jeugdhulp_azc'"), output.stderr)
        XCTAssertFalse(output.stderr.contains("root:"), output.stderr)
    }
}
