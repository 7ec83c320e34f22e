import Kader
import KaderFiles
import KaderReports
import KaderTestSupport
import XCTest

/// A board reads "make a code of conduct" and wants the example that comes with the framework:
/// advice names the documents it presumes (`resources:`), a wrong name or a missing file is an
/// error with its line and a fix, and every report shows the document beside the advice.
final class FrameworkResourceTests: TemporaryDirectoryTestCase {
    /// A framework with one document and one rule whose advice names it; `1️⃣` marks where a
    /// test puts its mistake.
    func framework(resourceID: String = "gedragscode", file: String = "docs/gedragscode.md") -> String {
        """
        id: demo
        version: "1.0.0"
        title: {nl: Demo, en: Demo}
        resources:
          - id: gedragscode
            title: {nl: "Voorbeeld: gedragscode", en: "Example: code of conduct"}
            file: {nl: 2️⃣\(file), en: docs/code-of-conduct.md}
        scales:
          - id: ja_nee
            options:
              - {id: nee, value: 0, label: {nl: Nee, en: No}}
              - {id: ja, value: 1, label: {nl: Ja, en: Yes}}
        domains:
          - id: veiligheid
            title: {nl: Veiligheid, en: Safety}
            questions:
              - {id: code, scale: ja_nee, text: {nl: Er is een gedragscode., en: There is a code of conduct.}}
        rules:
          - id: geen_code
            when: "code = 'nee'"
            advice:
              text: {nl: Maak een gedragscode., en: Write a code of conduct.}
              resources: [1️⃣\(resourceID)]
        """
    }

    func testAdviceNamingAnUnknownDocumentIsAnErrorWithAFix() {
        let found = LoaderCheck.expect(
            framework(resourceID: "gedragscod").replacingOccurrences(of: "2️⃣", with: ""),
            code: "unknown-reference", message: "unknown document 'gedragscod'")
        XCTAssertEqual(found?.fix?.en, "did you mean 'gedragscode'?")
    }

    func testADocumentOutsideTheFrameworksFolderIsRefused() {
        for path in ["../secret.md", "/etc/passwd", "docs/../../x.md", "C:/x.md"] {
            LoaderCheck.expect(
                framework(file: path).replacingOccurrences(of: "1️⃣", with: ""), code: "invalid-value", at: "2️⃣",
                message: "'\(path)' is not inside the framework's folder")
        }
    }

    func testAMissingFileIsAnErrorAtItsPathWhenTheFrameworkIsOpenedFromAFile() throws {
        let text = MarkedText(framework().replacingOccurrences(of: "1️⃣", with: ""))
        try write(text.text, to: "demo.yaml")
        try FileManager.default.createDirectory(atPath: directory + "/docs", withIntermediateDirectories: true)
        try write("# Code of conduct\n", to: "docs/code-of-conduct.md")
        let loaded = FrameworkLibrary(directories: [directory]).load(path: directory + "/demo.yaml")
        guard case .success(let result) = loaded else { return XCTFail("the framework file should be readable") }
        XCTAssertNil(result.value, "a framework whose document is missing does not open")
        let missing = result.diagnostics.all.filter { $0.code.rawValue == "missing-file" }
        XCTAssertEqual(missing.count, 1, LoaderCheck.describe(result.diagnostics))
        XCTAssertEqual(missing.first?.location, text.location("2️⃣", file: directory + "/demo.yaml"))
        XCTAssertEqual(missing.first?.message.en, "the file 'docs/gedragscode.md' of document 'gedragscode' does not exist")
        XCTAssertNotNil(missing.first?.fix)

        try write("# Gedragscode\n", to: "docs/gedragscode.md")
        guard case .success(let complete) = FrameworkLibrary(directories: [directory]).load(path: directory + "/demo.yaml") else {
            return XCTFail("the framework file should be readable")
        }
        XCTAssertNotNil(complete.value, LoaderCheck.describe(complete.diagnostics))
    }

    func testEveryReportFormatShowsTheDocumentBesideTheAdvice() throws {
        let loaded = Fixtures.framework(framework().replacingOccurrences(of: "1️⃣", with: "").replacingOccurrences(of: "2️⃣", with: ""))
        let framework = try XCTUnwrap(loaded.value, LoaderCheck.describe(loaded.diagnostics))
        let response = try XCTUnwrap(
            ResponseLoader().load(
                text: "framework: demo\nanswers: {code: nee}\n", name: "r.yaml",
                framework: framework
            ).value)
        let result = Engine(framework: framework).evaluate(response)
        XCTAssertEqual(result.advice.first?.resources, ["gedragscode"])

        let html = HTMLRenderer().render(result, framework: framework, options: RenderOptions(language: .nl))
        XCTAssertTrue(html.contains("Om mee te beginnen: <a href=\"docs/gedragscode.md\">Voorbeeld: gedragscode</a>"), html)
        let markdown = MarkdownRenderer().render(result, framework: framework, options: RenderOptions(language: .en))
        XCTAssertTrue(markdown.contains("To start from: [Example: code of conduct](<docs/code-of-conduct.md>)"), markdown)
        let text = TextRenderer().render(result, framework: framework, options: RenderOptions(language: .nl))
        XCTAssertTrue(text.contains("Om mee te beginnen: Voorbeeld: gedragscode (docs/gedragscode.md)"), text)
        XCTAssertTrue(text.contains("kader export demo --as resources --output MAP"), text)
        let json = JSONRenderer().render(result, framework: framework, options: RenderOptions(language: .nl))
        let compact = json.filter { !$0.isWhitespace }
        XCTAssertTrue(compact.contains("\"resources\":[\"gedragscode\"]"), json)
    }

    func testAPathThatCouldBreakOutOfALinkIsShownAsText() {
        XCTAssertEqual(Escape.relativeAddress("resources/moskeeonderwijs/gedragscode.md"), "resources/moskeeonderwijs/gedragscode.md")
        for hostile in ["javascript:alert(1)", "../x.md", "/etc/passwd", "a b.md", "x\".md", "x<y>.md"] {
            XCTAssertNil(Escape.relativeAddress(hostile), hostile)
        }
    }
}
