import Foundation
import Kader
import KaderFiles
import KaderTestSupport
import XCTest

/// Opening a response against a library of frameworks, as the CLI and the web server do: from
/// a file or from uploaded bytes, the framework found by the id the response names (never a
/// path), and every way it can fail told apart.
final class ResponseOpeningTests: TemporaryDirectoryTestCase {
    var library: FrameworkLibrary!
    let mini = Fixtures.yesNoFramework(id: "mini", version: "1.1", questions: ["plan"])

    override func setUpWithError() throws {
        try super.setUpWithError()
        try FileManager.default.createDirectory(atPath: directory + "/kaders", withIntermediateDirectories: true)
        try write(mini, to: "kaders/mini.yaml")
        try write(mini.replacingOccurrences(of: "\"1.1\"", with: "\"1.0\""), to: "kaders/mini-1.0.yaml")
        library = FrameworkLibrary(directories: [directory + "/kaders"])
    }

    func open(_ yaml: String, _ choice: FrameworkLibrary.FrameworkChoice = .named) -> Result<OpenedResponse, OpenFailure> {
        Result { () throws(OpenFailure) in try library.openResponse(bytes: Array(yaml.utf8), name: "upload.yaml", framework: choice) }
    }

    func testAnUploadFindsItsFrameworkByID() throws {
        let opened = try open("framework: mini\nrespondent: Moskee\nanswers: {plan: ja}\n").get()
        XCTAssertEqual(opened.framework.id, "mini")
        XCTAssertEqual(opened.framework.version, "1.1")
        XCTAssertEqual(opened.response.respondent, "Moskee")
        XCTAssertEqual(opened.source.name, "upload.yaml")
        XCTAssertEqual(Engine(framework: opened.framework).evaluate(opened.response).overall.score, 100)
    }

    func testTheVersionAnsweredIsFoundWhenAsked() throws {
        let response = "framework: mini\nversion: \"1.0\"\nanswers: {plan: nee}\n"
        XCTAssertEqual(try open(response, .namedVersion).get().framework.version, "1.0")
        XCTAssertEqual(try open(response, .named).get().framework.version, "1.1", "scored with the current version")
    }

    func testAPathIsNeverOpened() throws {
        for path in [directory + "/kaders/mini.yaml", "../kaders/mini", "kaders/mini.yaml"] {
            guard case .failure(let failure) = open("framework: \(path)\nanswers: {plan: ja}\n") else {
                return XCTFail("\(path) was opened")
            }
            XCTAssertEqual(failure.kind, .invalid)
            XCTAssertEqual(failure.diagnostics.errors.first?.code.rawValue, "invalid-id")
            XCTAssertEqual(failure.diagnostics.errors.first?.location?.line, 1)
            XCTAssertEqual(failure.diagnostics.errors.first?.location?.column, 12)
        }
    }

    func testEveryFailureSaysWhatKindItIs() throws {
        let cases: [(String, OpenFailure.Kind)] = [
            ("answers: {plan: ja}\n", .namesNoFramework),
            ("framework:\nanswers: {plan: ja}\n", .namesNoFramework),
            ("framework: mnii\nanswers: {plan: ja}\n", .frameworkNotFound),
            ("framework: mini\nanswers: {plan: misschien}\n", .invalid),
            ("framework: mini\nanswers: [\n", .invalid)
        ]
        for (yaml, kind) in cases {
            guard case .failure(let failure) = open(yaml) else { return XCTFail("\(yaml) opened") }
            XCTAssertEqual(failure.kind, kind, yaml)
        }
        guard case .failure(let notFound) = open("framework: mnii\n") else { return XCTFail() }
        XCTAssertEqual(notFound.fix?.en.hasPrefix("did you mean 'mini'?"), true, notFound.fix?.en ?? "")
        XCTAssertTrue(notFound.fix?.en.contains("--frameworks DIR or KADER_FRAMEWORKS=DIR") ?? false)
        guard case .failure(let wrongAnswer) = open("framework: mini\nanswers: {plan: misschien}\n") else { return XCTFail() }
        XCTAssertEqual(wrongAnswer.framework?.id, "mini", "the framework it was checked against is known")
    }

    func testAGivenFrameworkIsFoundBeforeTheDirectories() throws {
        let text = mini.replacingOccurrences(of: "\"1.1\"", with: "\"9.0\"")
        let other = try XCTUnwrap(FrameworkLoader().load(text: text, name: "eigen.yaml").value)
        let withGiven = library.adding(
            FrameworkFile(
                framework: other, source: SourceFile(name: "eigen.yaml", text: text),
                warnings: DiagnosticList()))
        let opened = try withGiven.openResponse(bytes: Array("framework: mini\nanswers: {plan: ja}\n".utf8), name: "r.yaml")
        XCTAssertEqual(opened.framework.version, "9.0")
    }

    func testAKnownFrameworkNeedsNoLibrary() throws {
        let framework = try library.framework(id: "mini").framework
        let bytes = Array("framework: mini\nanswers: {plan: nee}\n".utf8)
        let opened = try FrameworkLibrary.openResponse(bytes: bytes, name: "r.yaml", framework: framework)
        XCTAssertEqual(Engine(framework: framework).evaluate(opened.response).overall.score, 0)
    }

    func testABatchFindsItsFrameworkFromTheFirstResponseThatNamesOne() throws {
        try write("answers: [\n", to: "kapot.yaml")
        try write("framework: mini\nanswers: {plan: misschien}\n", to: "fout.yaml")
        try write("framework: mini\nanswers: {plan: ja}\n", to: "goed.yaml")
        let paths = ["kapot.yaml", "fout.yaml", "goed.yaml"].map { directory + "/" + $0 }
        let found = try library.framework(forBatch: paths)
        XCTAssertEqual(found.framework.framework.id, "mini", "a response with a wrong answer still names its framework")
        XCTAssertEqual(found.opened.map(\.path), Array(paths.prefix(2)), "what was opened is kept, the rest is left to the batch")
        let outcomes = found.opened.map { BatchRunner(framework: found.framework.framework).score($0.result, name: $0.path) }
        XCTAssertTrue(outcomes.allSatisfy { $0.result == nil })
        try write("framework: mnii\nanswers: {plan: ja}\n", to: "onbekend.yaml")
        XCTAssertThrowsError(try library.framework(forBatch: [directory + "/onbekend.yaml", directory + "/goed.yaml"])) { error in
            XCTAssertEqual((error as? OpenFailure)?.kind, .frameworkNotFound, "a missing framework is not one file's problem")
        }
    }

    func testAFrameworkFileIsReadAgainOnlyWhenItChanged() throws {
        let path = directory + "/kaders/mini.yaml"
        XCTAssertEqual(try library.framework(at: path).framework.version, "1.1")
        try mini.replacingOccurrences(of: "\"1.1\"", with: "\"1.2\"").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(try library.framework(at: path).framework.version, "1.2")
    }
}
