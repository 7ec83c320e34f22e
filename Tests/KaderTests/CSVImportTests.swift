import Foundation
import Kader
import KaderFiles
import KaderImport
import KaderTestSupport
import XCTest

/// A municipality imports the answers it gathered in a survey tool. Realistic exports in
/// Fixtures/csv/: LimeSurvey (a byte-order mark, semicolons, codes as headings, one column per
/// option), Microsoft Forms (question texts as headings, odd quoting), Google Forms (Dutch
/// dates, a heading with a typo, an unknown answer, a question missing, a short row), and a
/// survey with its own codes read with a mapping file. Nothing is dropped without a word.
final class CSVImportTests: XCTestCase {
    let directory = Fixtures.root + "/Tests/KaderTests/Fixtures/csv/"

    func framework(_ id: String) throws -> Framework {
        try XCTUnwrap(
            try FrameworkLibrary(explicit: Fixtures.root + "/Frameworks").load(path: Fixtures.root + "/Frameworks/\(id).yaml").get().value)
    }

    func read(_ file: String, _ id: String, mapping: ImportMapping? = nil) throws -> SurveyImport.Outcome {
        let bytes = try FileReader.read(directory + file).get()
        return SurveyImport.read(csv: bytes, name: file, framework: try framework(id), mapping: mapping)
    }

    func codes(_ outcome: SurveyImport.Outcome) -> [String] {
        outcome.diagnostics.all.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code)" }
    }

    func testLimeSurveyWithBOMAndSemicolons() throws {
        let outcome = try read("limesurvey_jeugdhulp.csv", "jeugdhulp_azc")
        XCTAssertFalse(outcome.diagnostics.hasErrors)
        XCTAssertEqual(outcome.responses.count, 3)
        let waterland = outcome.responses[0]
        XCTAssertEqual(
            waterland.context["gemeente"], .text("Waterland"),
            "the BOM is not part of the first heading, and 'gemeente' is the context field")
        XCTAssertEqual(waterland.date, "2026-03-14")
        XCTAssertEqual(waterland.answers["wethouder"]?.value, .option("volledig"), "matched by label")
        XCTAssertEqual(
            waterland.answers["wethouder"]?.note, "Wethouder jeugd; sinds 2025 ook portefeuille asiel.", "the [comment] column is the note")
        XCTAssertEqual(waterland.answers["beleid_noemt_kinderen"]?.value, .unknown)
        XCTAssertEqual(waterland.answers["crisiszorg"]?.value, .option("volledig"), "'code. text' heading")
        XCTAssertEqual(
            waterland.answers["regie_goed"]?.value, .text("Korte lijnen met de locatiemanager;\nelke maand overleg."),
            "a line break inside quotes")
        XCTAssertEqual(waterland.answers["mdo_deelnemers"]?.value, .options(["coa", "jeugdteam"]), "one column per option, Y or empty")
        XCTAssertEqual(waterland.answers["aantal_in_hulp"]?.value, .number(14))
        XCTAssertEqual(waterland.answers["eerste_scan"]?.value, .bool(true))
        let hoogdijk = outcome.responses[1]
        XCTAssertEqual(hoogdijk.answers["beleid_noemt_kinderen"]?.value, .notApplicable)
        XCTAssertEqual(hoogdijk.answers["scan_opvolging"]?.value, .option("deels"))
        // "3,5" for a whole number: reported at row 3, column R, and kept as a note.
        XCTAssertTrue(codes(outcome).contains("3:18 csv-unknown-value"), "\(codes(outcome))")
        XCTAssertEqual(hoogdijk.answers["aantal_in_hulp"]?.value, .unanswered)
        XCTAssertTrue(hoogdijk.answers["aantal_in_hulp"]?.note?.contains("rij 3, kolom R: '3,5'") ?? false)
        // The tool's own columns are named in a note, not imported.
        let note = try XCTUnwrap(outcome.diagnostics.all.first { $0.code.rawValue == "csv-tool-columns" })
        XCTAssertTrue(note.message.en.contains("A 'id', C 'lastpage', D 'startlanguage', E 'seed'"), note.message.en)
        XCTAssertEqual(
            outcome.imported.map(\.fileName),
            ["limesurvey-jeugdhulp-rij-2.yaml", "limesurvey-jeugdhulp-rij-3.yaml", "limesurvey-jeugdhulp-rij-4.yaml"])
    }

    func testMicrosoftFormsWithQuestionTextsAndOddQuoting() throws {
        let outcome = try read("msforms_moskee.csv", "moskeeonderwijs")
        XCTAssertEqual(
            outcome.responses.map(\.respondent), ["Moskee Al-Amal", "Stichting Yeni Hilal", "De Lantaarn 12\""],
            "a stray quote inside an unquoted field is kept")
        let alAmal = outcome.responses[0]
        XCTAssertEqual(alAmal.date, "2026-03-14", "3/14/26: month first, read from the completion time")
        XCTAssertEqual(alAmal.answers["commissie"]?.value, .option("deels"), "heading with a trailing non-breaking space")
        XCTAssertEqual(alAmal.answers["steun_leskrachten"]?.value, .unknown)
        XCTAssertEqual(
            alAmal.answers["afspraak_pedagogiek"]?.value, .option("nog_niet"), "a heading with a semicolon in a comma-separated file")
        let lantaarn = outcome.responses[2]
        XCTAssertEqual(lantaarn.answers["commissie"]?.value, .notApplicable)
        XCTAssertEqual(lantaarn.answers["steun_bestuur"]?.value, .option("volledig"), "an option's value, 3")
        // The note column with doubled quotes in its heading matches nothing: reported at row 1, column J.
        let unmatched = try XCTUnwrap(outcome.diagnostics.all.first { $0.code.rawValue == "csv-unmatched-column" })
        XCTAssertEqual(unmatched.location, SourceLocation(file: "msforms_moskee.csv", line: 1, column: 10))
        XCTAssertTrue(unmatched.message.nl.contains("kolom J ('Toelichting bij \"de leskrachten\"')"), unmatched.message.nl)
        XCTAssertEqual(outcome.imported.map(\.fileName), ["moskee-al-amal.yaml", "stichting-yeni-hilal.yaml", "de-lantaarn-12.yaml"])
    }

    func testGoogleFormsWithAMissingColumnAndAnUnknownValue() throws {
        let outcome = try read("googleforms_jeugdhulp.csv", "jeugdhulp_azc")
        XCTAssertFalse(outcome.diagnostics.hasErrors)
        XCTAssertEqual(
            Set(codes(outcome)),
            [
                "1:1 csv-missing-column", "1:2 csv-tool-columns", "1:5 csv-unmatched-column", "2:6 csv-unknown-value",
                "3:1 csv-ragged-row", "3:8 csv-unknown-value"
            ])
        let waterland = outcome.responses[0]
        XCTAssertEqual(waterland.date, "2026-03-14", "14-3-2026: day first")
        XCTAssertEqual(
            waterland.answers["mdo_deelnemers"]?.value, .options(["coa", "ggd_jgz", "jeugdteam"]),
            "labels separated by ', ', one with a comma-free bracket")
        XCTAssertEqual(waterland.answers["beleid_noemt_kinderen"]?.value, .unanswered)
        XCTAssertEqual(
            waterland.answers["beleid_noemt_kinderen"]?.note, "niet herkend antwoord uit googleforms_jeugdhulp.csv, rij 2, kolom F: 'Soms'")
        let typo = try XCTUnwrap(outcome.diagnostics.all.first { $0.code.rawValue == "csv-unmatched-column" })
        XCTAssertTrue(typo.fix?.en.contains("did you mean question 'beleidsmedewerker'") ?? false, typo.fix?.en ?? "")
        let missing = try XCTUnwrap(outcome.diagnostics.all.first { $0.code.rawValue == "csv-missing-column" })
        XCTAssertTrue(missing.message.en.contains("beleidsmedewerker"), "the question whose heading has a typo has no column")
        let hoogdijk = outcome.responses[1]
        XCTAssertNil(hoogdijk.answers["regie_goed"], "the short row has no text answer")
        XCTAssertEqual(hoogdijk.answers["mdo_deelnemers"]?.value, .options(["geen"]))
        XCTAssertEqual(hoogdijk.answers["wethouder"]?.value, .option("grotendeels"))
    }

    func testASurveyWithItsOwnCodesNeedsAMapping() throws {
        let framework = try framework("jeugdhulp_azc")
        let without = try read("codes_jeugdhulp.csv", "jeugdhulp_azc")
        XCTAssertTrue(without.diagnostics.hasErrors, "no column matches a question")
        XCTAssertEqual(without.diagnostics.errors.first?.code.rawValue, "csv-no-questions")
        XCTAssertTrue(without.responses.isEmpty)

        let mappingFile = directory + "koppeling_jeugdhulp.yaml"
        let loaded = ImportMapping.load(bytes: try FileReader.read(mappingFile).get(), name: mappingFile, framework: framework)
        let mapping = try XCTUnwrap(loaded.value, DiagnosticFormatter(language: .en).format(loaded.diagnostics, sources: [loaded.source]))
        XCTAssertEqual(mapping.delimiter, ";")
        let outcome = try read("codes_jeugdhulp.csv", "jeugdhulp_azc", mapping: mapping)
        XCTAssertEqual(codes(outcome), ["1:1 csv-missing-column"], "everything else is mapped or ignored on purpose")
        XCTAssertEqual(outcome.responses.map(\.respondent), ["Gemeente Waterland", "Gemeente Hoogdijk"])
        let waterland = outcome.responses[0]
        XCTAssertEqual(waterland.answers["wethouder"]?.value, .option("volledig"))
        XCTAssertEqual(waterland.answers["wethouder"]?.note, "Sinds januari.")
        XCTAssertEqual(waterland.answers["beleidsmedewerker"]?.value, .option("deels"))
        XCTAssertEqual(waterland.answers["beleid_noemt_kinderen"]?.value, .option("niet"), "the column's own values")
        XCTAssertEqual(outcome.responses[1].answers["beleid_noemt_kinderen"]?.value, .unknown, "mapped to weet_niet")
        XCTAssertEqual(outcome.imported.map(\.fileName), ["gemeente-waterland.yaml", "gemeente-hoogdijk.yaml"])
        // The responses score like any other.
        XCTAssertNotNil(Engine(framework: framework).evaluate(waterland).domains.first { $0.id == "regie" })
    }

    func testMistakesInAMappingAreReportedAtTheirPlace() throws {
        let framework = try framework("jeugdhulp_azc")
        let text = MarkedText(
            """
            columns:
              Q1: 1️⃣wethouders
              Q2: {to: wethouder, values: {"Ja": 2️⃣volledg}}
              Q3: 3️⃣mdo_deelnemers[bus]
            delimiter: "4️⃣#"
            """)
        let loaded = ImportMapping.load(bytes: Array(text.text.utf8), name: "koppeling.yaml", framework: framework)
        XCTAssertNil(loaded.value)
        let found = loaded.diagnostics.all.map { "\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.code)" }
        for (marker, code) in [
            ("1️⃣", "unknown-question"), ("2️⃣", "invalid-option"),
            ("3️⃣", "invalid-option"), ("4️⃣", "invalid-value")
        ] {
            let at = try XCTUnwrap(text.location(marker, file: "koppeling.yaml"))
            let expected = "\(at.line):\(at.column - (marker == "4️⃣" ? 1 : 0)) \(code)"
            XCTAssertTrue(found.contains(expected), "expected \(expected) in \(found)")
        }
        XCTAssertTrue(loaded.diagnostics.all.contains { $0.fix?.en == "did you mean 'wethouder'?" })
    }

    func testEncodingsAndDelimiters() throws {
        let framework = try framework("moskeeonderwijs")
        let csv = "naam;commissie;steun_bestuur\n\"Café Één\";Volledig;2\n\n"
        // Windows-1252, as older Excel versions save "CSV (semicolon)": read, with a warning.
        let latin1 = try XCTUnwrap(csv.data(using: .windowsCP1252))
        let fromLatin1 = SurveyImport.read(csv: [UInt8](latin1), name: "excel.csv", framework: framework)
        XCTAssertEqual(fromLatin1.responses.first?.respondent, "Café Één")
        XCTAssertTrue(fromLatin1.diagnostics.all.contains { $0.code.rawValue == "csv-encoding" && $0.severity == .warning })
        // UTF-16 with a byte-order mark.
        let utf16 = try XCTUnwrap(csv.data(using: .utf16))
        XCTAssertEqual(
            SurveyImport.read(csv: [UInt8](utf16), name: "unicode.csv", framework: framework).responses.first?.answers["steun_bestuur"]?
                .value, .option("grotendeels"))
        // A tab-separated export.
        let tabbed = SurveyImport.read(
            csv: Array(csv.replacingOccurrences(of: ";", with: "\t").utf8), name: "tab.csv", framework: framework)
        XCTAssertEqual(tabbed.responses.first?.answers["commissie"]?.value, .option("volledig"))
        // Empty and header-only files.
        XCTAssertEqual(
            SurveyImport.read(csv: [], name: "leeg.csv", framework: framework).diagnostics.errors.first?.code.rawValue, "csv-empty")
        let headerOnly = SurveyImport.read(csv: Array("commissie\n".utf8), name: "kop.csv", framework: framework)
        XCTAssertFalse(headerOnly.diagnostics.hasErrors)
        XCTAssertTrue(headerOnly.responses.isEmpty)
    }

    func testEveryImportedResponseReadsBackFromItsFile() throws {
        for (file, id) in [
            ("limesurvey_jeugdhulp.csv", "jeugdhulp_azc"), ("msforms_moskee.csv", "moskeeonderwijs"),
            ("googleforms_jeugdhulp.csv", "jeugdhulp_azc")
        ] {
            let framework = try framework(id)
            for imported in try read(file, id).imported {
                let text = ResponseWriter(framework: framework).write(imported.response)
                let loaded = ResponseLoader().load(text: text, name: imported.fileName, framework: framework)
                XCTAssertNotNil(loaded.value, "\(file) row \(imported.row)")
                XCTAssertEqual(loaded.value?.answers.count, imported.response.answers.count)
            }
        }
    }
}
