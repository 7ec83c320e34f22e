import KaderTestSupport
import XCTest

@testable import Kader

/// The loader reads a response straight from the parser's events when nothing in it needs a
/// word, and the full way otherwise: both must give the same response.
final class ResponseEventReaderTests: XCTestCase {
    private func framework(_ id: String) throws -> Framework {
        let path = Fixtures.root + "/Frameworks/\(id).yaml"
        let bytes = Array(try String(contentsOfFile: path, encoding: .utf8).utf8)
        return try XCTUnwrap(FrameworkLoader().load(bytes: bytes, name: path).value)
    }

    /// The response the full reading gives (the node tree, read by `ResponseLoader.read`).
    private func fullReading(_ text: String, framework: Framework) -> (Response?, DiagnosticList) {
        let read = YAMLReader().read(text: text, name: "r.yaml")
        guard let root = read.root else { return (nil, read.diagnostics) }
        let sink = DiagnosticSink()
        let response = ResponseLoader.read(root, framework: framework, sink: sink, name: "r.yaml")
        return (sink.hasErrors ? nil : response, sink.list)
    }

    private func assertSame(_ text: String, framework: Framework, direct: Bool, file: StaticString = #filePath, line: UInt = #line) {
        let source = SourceFile(name: "r.yaml", text: YAMLReader().parsedText(text) ?? "")
        let read = ResponseEventReader(framework: SharedFramework(framework), name: "r.yaml").read(source, limits: .standard)?.response
        XCTAssertEqual(read != nil, direct, "read directly", file: file, line: line)
        let loaded = ResponseLoader().load(text: text, name: "r.yaml", framework: framework)
        let (expected, diagnostics) = fullReading(text, framework: framework)
        XCTAssertEqual(loaded.diagnostics.all, diagnostics.all, file: file, line: line)
        guard let expected, let response = loaded.value else {
            XCTAssertNil(loaded.value, file: file, line: line)
            return
        }
        XCTAssertEqual(response.frameworkID, expected.frameworkID, file: file, line: line)
        XCTAssertEqual(response.frameworkVersion, expected.frameworkVersion, file: file, line: line)
        XCTAssertEqual(response.respondent, expected.respondent, file: file, line: line)
        XCTAssertEqual(response.organisation, expected.organisation, file: file, line: line)
        XCTAssertEqual(response.date, expected.date, file: file, line: line)
        XCTAssertEqual(response.context, expected.context, file: file, line: line)
        XCTAssertEqual(response.answers, expected.answers, file: file, line: line)
        XCTAssertEqual(response.answerOrder, expected.answerOrder, file: file, line: line)
        XCTAssertEqual(response.plan, expected.plan, file: file, line: line)
        XCTAssertEqual(response.sourceName, expected.sourceName, file: file, line: line)
    }

    func testEveryBundledExampleIsReadDirectlyAndTheSame() throws {
        for id in ["moskeeonderwijs", "jeugdhulp_azc", "interventies_samenleven"] {
            let framework = try framework(id)
            let directory = Fixtures.root + "/Examples/" + id
            for name in try FileManager.default.contentsOfDirectory(atPath: directory).sorted() where name.hasSuffix(".yaml") {
                let text = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
                assertSame(text, framework: framework, direct: true)
            }
        }
    }

    func testOddButValidFilesAreTheSame() throws {
        let framework = try framework("moskeeonderwijs")
        let header = "framework: moskeeonderwijs\nversion: \"2.1.0\"\n"
        // Blank header fields, numbers in context, a note without an answer, "weet niet", an empty answer list.
        assertSame(
            header
                + "respondent:\ndate: 2026-02-28\ncontext:\n  aantal_kinderen: 85\n  gemeente: \"12\"\n  leeg:\nanswers:\n"
                + "  commissie:\n    note: nog niet besproken\n  steun_imam: weet_niet\n  jaarplan:\n",
            framework: framework, direct: true)
        assertSame(header + "answers:\n", framework: framework, direct: true)
        assertSame("\u{FEFF}" + header + "answers: {commissie: deels}\n", framework: framework, direct: true)
        // A plan: an English status, an empty owner and note, a point without a status, an empty plan.
        assertSame(
            header + "answers:\nplan:\n  - {advice: ouderavond, status: in_progress, owner: , note: ~, due: 2026-05-15}\n"
                + "  - advice: commissie_instellen\n", framework: framework, direct: true)
        assertSame(header + "answers:\nplan:\n", framework: framework, direct: true)
    }

    /// A question whose `allow:` leaves out "n.v.t." (``RestrictedAnswers``): its other options
    /// are read directly from the table of option ids (``OptionPicks``), the refused one the full
    /// way, which reports it; an option named by its label is read through the question's kind.
    func testAnswersToARestrictedQuestionAreTheSame() throws {
        let framework = try framework("moskeeonderwijs")
        let header = "framework: moskeeonderwijs\nversion: \"2.1.0\"\n"
        for answer in ["volledig", "deels", "weet_niet", "nog_niet"] {
            assertSame(header + "answers:\n  geen_straf: \(answer)\n  veilig_in_de_les: '\(answer)'\n", framework: framework, direct: true)
        }
        assertSame(header + "answers:\n  geen_straf: nvt\n", framework: framework, direct: false)
        assertSame(header + "answers:\n  veilig_in_de_les: {value: nvt, note: geen lessen}\n", framework: framework, direct: false)
        assertSame(header + "answers:\n  geen_straf: Volledig\n", framework: framework, direct: true)
        assertSame(header + "answers:\n  commissie: nvt\n  geen_straf: volledig\n", framework: framework, direct: true)
    }

    /// Without a framework given, the one the response names is found as the parse reaches
    /// `framework:`, and the answers are read against it in the same parse: the same response
    /// as when the framework was given, keys kept as the framework's own strings.
    func testTheFrameworkIsFoundFromTheSameParse() throws {
        let framework = try framework("moskeeonderwijs")
        for path in Fixtures.exampleFiles(for: "moskeeonderwijs") {
            let bytes = Array(try String(contentsOfFile: path, encoding: .utf8).utf8)
            var asked: [String] = []
            let found = ResponseLoader().load(bytes: bytes, name: path) { id in
                asked.append(id)
                return id == framework.id ? framework : nil
            }
            let (loaded, used) = try XCTUnwrap(found, path)
            XCTAssertEqual(asked, ["moskeeonderwijs"], "asked once, by the id the response names")
            XCTAssertEqual(used.id, framework.id)
            let given = try XCTUnwrap(ResponseLoader().load(bytes: bytes, name: path, framework: framework).value)
            let response = try XCTUnwrap(loaded.value)
            XCTAssertEqual(response.answers, given.answers, path)
            XCTAssertEqual(response.answerOrder, given.answerOrder, path)
            XCTAssertEqual(response.context, given.context, path)
            XCTAssertEqual(response.respondent, given.respondent, path)
        }
        let header = "framework: moskeeonderwijs\nversion: \"2.1.0\"\n"
        let late = Array(("version: \"2.1.0\"\nanswers: {commissie: deels}\nframework: moskeeonderwijs\n").utf8)
        XCTAssertNil(ResponseLoader().load(bytes: late, name: "r.yaml") { _ in framework }, "framework: after the answers: the full way")
        XCTAssertNil(
            ResponseLoader().load(bytes: Array((header + "answers: {commissie: deels}\n").utf8), name: "r.yaml") { _ in nil },
            "a framework not found: the full way, which reports it")
        let wrong = Array((header + "answers: {commissie: misschien}\n").utf8)
        XCTAssertNil(ResponseLoader().load(bytes: wrong, name: "r.yaml") { _ in framework }, "not an option: the full way reports it")
    }

    func testFilesWithProblemsAreReadTheFullWayWithTheSameDiagnostics() throws {
        let framework = try framework("moskeeonderwijs")
        let header = "framework: moskeeonderwijs\nversion: \"2.1.0\"\n"
        for text in [
            header + "answers:\n  commissie: deels\n  commissie: nog_niet\n",  // answered twice
            header + "answers:\n  geen_vraag: deels\n",  // unknown question
            header + "answers:\n  commissie: misschien\n",  // not an option
            header + "answers:\n  commissie: {value: deels, notitie: x}\n",  // unknown key
            header + "answers:\n  commissie: {value: deels, note: }\n",  // empty note
            header + "onbekend: 1\nanswers:\n",  // unknown top-level key
            header + "date: 28-02-2026\nanswers:\n",  // not a date
            "framework: moskeeonderwijs\nversion: \"2.0\"\nanswers:\n",  // other version
            "framework: ander_kader\nanswers:\n",  // other framework
            header + "answers:\n  commissie: &a deels\n  steun_imam: *a\n",  // alias
            header + "answers:\n  commissie: !!str deels\n",  // tag
            header + "answers:\n  commissie: [deels\n",  // syntax error
            header + "answers:\n  commissie: deels\n---\nframework: x\n",  // two documents
            "",  // empty
            header + "plan:\n  - advice: geen_advies\n",  // unknown advice
            header + "plan:\n  - advice: commissie_sterk\n",  // a rule without advice
            header + "plan:\n  - {advice: ouderavond, status: klaar}\n",  // not a status
            header + "plan:\n  - {advice: ouderavond, status: }\n",  // empty status
            header + "plan:\n  - {advice: ouderavond, due: 2026-02-30}\n",  // not a date
            header + "plan:\n  - advice: ouderavond\n  - advice: ouderavond\n",  // planned twice
            header + "plan:\n  - {advice: ouderavond, wie: bestuur}\n",  // unknown key
            header + "plan:\n  - {advice: ouderavond, advice: ouderavond}\n",  // key twice
            header + "plan: ouderavond\n",  // not a list
            header + "plan:\n  - {advice: !!str ouderavond}\n"  // tag
        ] {
            assertSame(text, framework: framework, direct: false)
        }
    }
}
