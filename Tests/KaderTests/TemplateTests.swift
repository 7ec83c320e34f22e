import Foundation
import Kader
import KaderFiles
import KaderTestSupport
import XCTest

/// `kader template`: every question of a framework as a comment above an empty answer. An
/// untouched template is a valid response in which everything is open; a filled-in one scans.
final class TemplateTests: XCTestCase {
    func bundled() throws -> [Framework] {
        let library = FrameworkLibrary(explicit: Fixtures.root + "/Frameworks")
        return try FileReader.yamlFiles(in: Fixtures.root + "/Frameworks").map { try XCTUnwrap(try library.load(path: $0).get().value) }
    }

    func testAnUntouchedTemplateScansWithEverythingOpen() throws {
        for framework in try bundled() {
            for language in Language.allCases {
                let text = TemplateWriter(framework: framework, language: language).write()
                let loaded = ResponseLoader().load(text: text, name: "sjabloon.yaml", framework: framework)
                let response = try XCTUnwrap(
                    loaded.value,
                    "\(framework.id) \(language):\n"
                        + DiagnosticFormatter(language: .en).format(loaded.diagnostics, sources: [loaded.source]))
                XCTAssertTrue(
                    loaded.diagnostics.isEmpty,
                    "\(framework.id): " + DiagnosticFormatter(language: .en).format(loaded.diagnostics, sources: [loaded.source]))
                XCTAssertTrue(response.answers.isEmpty)
                XCTAssertNil(response.respondent)
                XCTAssertEqual(response.frameworkVersion, framework.version)
                let result = Engine(framework: framework).evaluate(response)
                XCTAssertEqual(result.completeness.answered, 0)
                XCTAssertGreaterThan(result.completeness.unanswered, 0)
                XCTAssertNil(result.overall.score, "nothing answered: insufficient data, not a score")
            }
        }
    }

    func testEveryQuestionIsThereWithItsTextHelpAndOptions() throws {
        for framework in try bundled() {
            let text = TemplateWriter(framework: framework, language: .nl).write()
            let lines = text.split(separator: "\n").map(String.init)
            for question in framework.questions {
                let keyLine = try XCTUnwrap(lines.firstIndex(of: "  \(question.id):"), "\(framework.id): no line for \(question.id)")
                // The comment block right above the key holds the question's number and text.
                let block = lines[..<keyLine].reversed().prefix { $0.hasPrefix("  #") }.reversed().joined(separator: " ")
                let words = (question.text.nl ?? "").split(separator: " ").prefix(4).joined(separator: " ")
                XCTAssertTrue(block.contains(words), "\(framework.id)/\(question.id): '\(words)' not in \(block)")
                if question.kind is ScaleQuestion {
                    XCTAssertTrue(block.contains("Kies:"), "\(question.id) lists no options")
                    for option in question.kind.options {
                        XCTAssertTrue(block.contains(option.id), "\(question.id): option \(option.id) missing")
                    }
                }
                if question.relevance != nil { XCTAssertTrue(block.contains("Alleen invullen als"), "\(question.id): condition not shown") }
            }
        }
    }

    func testAFilledInTemplateScans() throws {
        let framework = try XCTUnwrap(try bundled().first { $0.id == "moskeeonderwijs" })
        var text = TemplateWriter(framework: framework, language: .en).write(respondent: "Moskee \"De Brug\"", date: "2026-05-01")
        text = text.replacingOccurrences(of: "  commissie:\n", with: "  commissie: volledig\n")
            .replacingOccurrences(of: "  steun_bestuur:\n", with: "  steun_bestuur: {value: deels, note: \"alleen tijd, nog geen geld\"}\n")
            .replacingOccurrences(of: "  gemeente:   #", with: "  gemeente: Almere   #")
        let response = try Fixtures.response(text, for: framework)
        XCTAssertEqual(response.respondent, "Moskee \"De Brug\"")
        XCTAssertEqual(response.date, "2026-05-01")
        XCTAssertEqual(response.answers["commissie"]?.value, .option("volledig"))
        XCTAssertEqual(response.answers["steun_bestuur"]?.note, "alleen tijd, nog geen geld")
        XCTAssertEqual(response.context["gemeente"], .text("Almere"))
        XCTAssertEqual(Engine(framework: framework).evaluate(response).completeness.answered, 2)
    }

    func testEmptyHeaderFieldsCountAsAbsent() throws {
        let framework = try Fixtures.validFramework(ResponseWriterTests.framework)
        let response = try Fixtures.response(
            "framework: schrijven\nversion:\nrespondent:\norganisation: ~\ndate:\nanswers:\n  schaal:\n", for: framework)
        XCTAssertNil(response.respondent)
        XCTAssertNil(response.organisation)
        XCTAssertNil(response.date)
        XCTAssertNil(response.frameworkVersion)
    }
}
