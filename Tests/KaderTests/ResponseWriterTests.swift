import Foundation
import Kader
import KaderFiles
import KaderTestSupport
import XCTest

/// What `kader fill` and `kader import csv` write must read back as exactly the answers given:
/// every example response survives a write and a read, and so does text that YAML would
/// otherwise take for something else.
final class ResponseWriterTests: XCTestCase {
    var framework: String { Self.framework }

    static let framework = """
        id: schrijven
        version: "2.1"
        title: {nl: Schrijven, en: Writing}
        context:
          - {id: gemeente, label: {nl: Gemeente, en: Municipality}}
          - {id: aantal, type: number, label: {nl: Aantal, en: Number}}
        scales:
          - id: mate
            options:
              - {id: nog_niet, value: 0, label: {nl: Nog niet, en: Not yet}}
              - {id: volledig, value: 1, label: {nl: Volledig, en: Fully}}
              - {id: onbekend_hier, role: unknown, label: {nl: Weet niet, en: Don't know}}
              - {id: past_niet, role: not_applicable, label: {nl: N.v.t., en: N/a}}
        domains:
          - id: d
            title: {nl: "Domein: één", en: "Domain: one"}
            questions:
              - {id: schaal, scale: mate, text: {nl: Schaal, en: Scale}}
              - id: keuze
                type: choice
                text: {nl: Keuze, en: Choice}
                options:
                  - {id: "yes", value: 1, label: {nl: Ja, en: Yes}}
                  - {id: "null", value: 0, label: {nl: Niets, en: Nothing}}
              - id: meer
                type: multi
                text: {nl: Meer, en: More}
                options:
                  - {id: app, label: {nl: App, en: App}}
                  - {id: brief, label: {nl: Brief, en: Letter}}
              - {id: janee, type: yesno, text: {nl: Ja of nee, en: Yes or no}}
              - {id: getal, type: number, min: -10, max: 1000, text: {nl: Getal, en: Number}}
              - {id: tekst, type: text, text: {nl: Tekst, en: Text}}
        """

    func testEveryExampleResponseSurvivesAWriteAndARead() throws {
        let library = FrameworkLibrary(explicit: Fixtures.root + "/Frameworks")
        var checked = 0
        for directory in ["moskeeonderwijs", "jeugdhulp_azc", "interventies_samenleven"] {
            let framework = try XCTUnwrap(try library.load(path: Fixtures.root + "/Frameworks/\(directory).yaml").get().value)
            for file in FileReader.yamlFiles(in: Fixtures.root + "/Examples/\(directory)") {
                let original = try XCTUnwrap(
                    ResponseLoader().load(bytes: try FileReader.read(file).get(), name: file, framework: framework).value, file)
                let text = ResponseWriter(framework: framework).write(original)
                let loaded = ResponseLoader().load(text: text, name: "copy.yaml", framework: framework)
                let copy = try XCTUnwrap(
                    loaded.value, DiagnosticFormatter(language: .en).format(loaded.diagnostics, sources: [loaded.source]))
                assertSame(original, copy, file: file)
                XCTAssertEqual(loaded.diagnostics.errors.count, 0)
                // The scores are the same too.
                XCTAssertEqual(
                    Engine(framework: framework).evaluate(original).overall.score,
                    Engine(framework: framework).evaluate(copy).overall.score, file)
                checked += 1
            }
        }
        XCTAssertGreaterThanOrEqual(checked, 10, "the examples should be checked")
    }

    func testTextThatLooksLikeSomethingElseStaysText() throws {
        let framework = try Fixtures.validFramework(self.framework)
        let awkward = [
            "null", "yes", "No", "~", "007", "1e3", "- lijst", "a: b", "# geen commentaar", "  spaties  ",
            "\"aanhalingstekens\" en 'enkele'",
            "regel één\nregel twee\r\nen \\ backslash", "tab\there", "emoji 🕌 en é", "\u{2028}scheiding", "bom\u{FEFF}",
            "control \u{07} bell",
            "{nl: geen mapping}", "[geen, lijst]", "&anker *alias !tag", "%YAML", "@at `backtick`", ""
        ]
        for text in awkward {
            var response = Response(
                frameworkID: framework.id, frameworkVersion: "2.1", respondent: text, organisation: text, date: "2026-03-14",
                context: ["gemeente": .text(text), "aantal": .number(12.5)])
            let at = SourceLocation(file: "x", line: 1, column: 1)
            response.answers = [
                "tekst": Answer(value: .text(text), note: text, evidence: text, location: at),
                "schaal": Answer(value: .option("volledig"), note: text, location: at)
            ]
            response.answerOrder = ["schaal", "tekst"]
            let written = ResponseWriter(framework: framework).write(response, comments: ["opmerking met\nregeleinde: " + text])
            let loaded = ResponseLoader().load(text: written, name: "awkward.yaml", framework: framework)
            let copy = try XCTUnwrap(
                loaded.value,
                "\(text.debugDescription):\n\(written)\n"
                    + DiagnosticFormatter(language: .en).format(loaded.diagnostics, sources: [loaded.source]))
            assertSame(response, copy, file: text.debugDescription)
        }
    }

    func testEveryKindOfAnswerRoundTrips() throws {
        let framework = try Fixtures.validFramework(self.framework)
        let at = SourceLocation(file: "x", line: 1, column: 1)
        let cases: [(String, AnswerValue)] = [
            ("schaal", .unknown), ("schaal", .notApplicable), ("schaal", .option("nog_niet")),
            ("keuze", .option("yes")), ("keuze", .option("null")), ("keuze", .unknown), ("keuze", .notApplicable),
            ("meer", .options(["brief", "app"])), ("meer", .options([])), ("meer", .unknown),
            ("janee", .bool(true)), ("janee", .bool(false)), ("janee", .notApplicable),
            ("getal", .number(-7.125)), ("getal", .number(0.1 + 0.2)), ("getal", .number(1000)), ("getal", .unknown)
        ]
        for (id, value) in cases {
            let response = Response(frameworkID: framework.id, answers: [id: Answer(value: value, location: at)])
            let written = ResponseWriter(framework: framework).write(response)
            let loaded = ResponseLoader().load(text: written, name: "kind.yaml", framework: framework)
            XCTAssertEqual(loaded.value?.answers[id]?.value, value, "\(id) = \(value):\n\(written)")
        }
        // "weet niet" and "n.v.t." are written with the scale's own option ids.
        let written = ResponseWriter(framework: framework).write(
            Response(frameworkID: framework.id, answers: ["schaal": Answer(value: .unknown, location: at)]))
        XCTAssertTrue(written.contains("schaal: onbekend_hier"), written)
    }

    func testAnswersComeInFrameworkOrderUnderTheirDomain() throws {
        let framework = try Fixtures.validFramework(self.framework)
        let response = try Fixtures.answers("tekst: \"laatste\"\nschaal: volledig\njanee: ja", for: framework)
        let written = ResponseWriter(framework: framework, language: .en).write(response)
        XCTAssertEqual(
            written,
            """
            framework: schrijven
            answers:
              # Domain: one
              schaal: volledig
              janee: ja
              tekst: "laatste"

            """)
        XCTAssertEqual(
            ResponseWriter(framework: framework).write(Response(frameworkID: "schrijven")), "framework: schrijven\nanswers: {}\n")
    }

    private func assertSame(_ a: Response, _ b: Response, file: String) {
        XCTAssertEqual(a.frameworkID, b.frameworkID, file)
        XCTAssertEqual(a.frameworkVersion, b.frameworkVersion, file)
        XCTAssertEqual(a.respondent, b.respondent, file)
        XCTAssertEqual(a.organisation, b.organisation, file)
        XCTAssertEqual(a.date, b.date, file)
        XCTAssertEqual(a.context, b.context, file)
        XCTAssertEqual(Set(a.answers.keys), Set(b.answers.keys), file)
        for (id, answer) in a.answers {
            XCTAssertEqual(answer.value, b.answers[id]?.value, "\(file): \(id)")
            XCTAssertEqual(answer.note, b.answers[id]?.note, "\(file): \(id) note")
            XCTAssertEqual(answer.evidence, b.answers[id]?.evidence, "\(file): \(id) evidence")
        }
    }
}
