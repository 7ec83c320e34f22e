import Foundation
import Kader

/// Answers from a survey tool's CSV export (LimeSurvey, Microsoft Forms, Google Forms: one row
/// per respondent) as responses to a framework.
///
/// Columns are matched to questions by id, by question text, or by a mapping file
/// (``ImportMapping``); values to options by id, label or value. Every column that is not
/// imported and every value that is not understood is reported with its row and column
/// (`file:row:column`, the header being row 1); an answer that is not understood is kept as a
/// note on the question, so nothing disappears without a word.
///
/// ```swift
/// let outcome = SurveyImport.read(csv: bytes, name: "enquete.csv", framework: framework)
/// outcome.responses      // [Response], ready for the engine or for aggregation
/// outcome.diagnostics    // every unmatched column and unknown value, with row and column
/// ```
public enum SurveyImport {
    /// One respondent's answers and where they came from.
    public struct Imported: Sendable {
        /// The response.
        public var response: Response
        /// The row it came from (the header is row 1).
        public var row: Int
        /// A file name for it: the respondent's name, or the CSV's name and the row.
        public var fileName: String
    }

    /// What an import produced.
    public struct Outcome: Sendable {
        /// The responses, in row order.
        public var imported: [Imported]
        /// What each column was matched to.
        public var columns: [ColumnMatch]
        /// Every problem and every column or value not imported.
        public var diagnostics: DiagnosticList
        /// The responses alone.
        public var responses: [Response] { imported.map(\.response) }
    }

    /// Reads a CSV export's bytes into responses to `framework`. `language` is used for the
    /// notes that keep answers that were not understood.
    public static func read(
        csv bytes: [UInt8], name: String, framework: Framework, mapping: ImportMapping? = nil,
        delimiter: Unicode.Scalar? = nil, language: Language = .nl
    ) -> Outcome {
        let (table, readDiagnostics) = CSVTable.read(bytes: bytes, name: name, delimiter: delimiter ?? mapping?.delimiter)
        var outcome = Outcome(imported: [], columns: [], diagnostics: readDiagnostics)
        guard let table else { return outcome }
        let matcher = ColumnMatcher(framework: framework, mapping: mapping)
        outcome.columns = matcher.match(table.header)
        ColumnReport(framework: framework, mapping: mapping, matcher: matcher, table: table).report(
            outcome.columns, into: &outcome.diagnostics)
        guard outcome.columns.contains(where: { $0.target?.questionID != nil && $0.kind != .duplicate }) else { return outcome }
        var rows = RowImporter(framework: framework, table: table, columns: outcome.columns, mapping: mapping, language: language)
        var names: Set<String> = []
        let base = ((name as NSString).lastPathComponent as NSString).deletingPathExtension
        for row in table.rows {
            guard let response = rows.response(row, diagnostics: &outcome.diagnostics) else { continue }
            var fileName = response.respondent.map(slug) ?? ""
            if fileName.isEmpty || names.contains(fileName) { fileName = (fileName.isEmpty ? slug(base) : fileName) + "-rij-\(row.number)" }
            names.insert(fileName)
            // Written and read back, as a file would be: an answer that does not survive is reported.
            let text = ResponseWriter(framework: framework, language: language).write(response)
            let check = ResponseLoader().load(text: text, name: fileName + ".yaml", framework: framework)
            for problem in check.diagnostics.errors {
                outcome.diagnostics.append(
                    .error(
                        .importRoundtrip,
                        Message(nl: "rij \(row.number): \(problem.message.nl)", en: "row \(row.number): \(problem.message.en)"),
                        at: SourceLocation(file: name, line: row.number, column: 1)))
            }
            if check.value != nil { outcome.imported.append(Imported(response: response, row: row.number, fileName: fileName + ".yaml")) }
        }
        return outcome
    }

    /// A file name from a respondent's name: lower case letters and digits joined by `-`.
    public static func slug(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
            .lowercased()
        var out = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return String(out.prefix(60))
    }
}

/// Reports the columns: those not imported, mapping entries without a column, and questions
/// without a column.
struct ColumnReport {
    let framework: Framework
    let mapping: ImportMapping?
    let matcher: ColumnMatcher
    let table: CSVTable

    func report(_ columns: [ColumnMatch], into diagnostics: inout DiagnosticList) {
        let name = table.name
        for column in columns {
            let at = SourceLocation(file: name, line: 1, column: column.number)
            let place = Message(
                nl: "kolom \(CSVTable.columnLetter(column.number)) ('\(column.heading)')",
                en: "column \(CSVTable.columnLetter(column.number)) ('\(column.heading)')")
            switch column.kind {
            case .unmatched:
                var fix = Message(
                    nl:
                        "koppel de kolom in een koppelbestand (--map): "
                        + "columns: {\(YAMLText.quoted(column.heading)): vraag_id}, of 'ignore'",
                    en: "map the column in a mapping file (--map): columns: {\(YAMLText.quoted(column.heading)): question_id}, or 'ignore'")
                // A suggestion compares the heading with every question: only for a warning that is kept.
                if diagnostics.all.count < diagnostics.limit, let question = matcher.closestQuestion(to: column.heading) {
                    fix = Message(
                        nl:
                            "bedoelde je vraag '\(question.id)' (\(question.text.text(in: .nl)))? "
                            + "Koppel de kolom dan in een koppelbestand (--map)",
                        en:
                            "did you mean question '\(question.id)' (\(question.text.text(in: .en)))? "
                            + "Then map the column in a mapping file (--map)"
                    )
                }
                diagnostics.append(
                    .warning(
                        .csvUnmatchedColumn,
                        Message(
                            nl: "\(place.nl) hoort bij geen vraag; niet geïmporteerd", en: "\(place.en) matches no question; not imported"),
                        fix: fix, at: at))
            case .duplicate:
                let what = column.target?.questionID.map { "'\($0)'" } ?? "\(column.target.map { "\($0)" } ?? "")"
                diagnostics.append(
                    .warning(
                        .csvDuplicateColumn,
                        Message(
                            nl: "\(place.nl): \(what) heeft al een eerdere kolom; deze wordt niet geïmporteerd",
                            en: "\(place.en): \(what) already has an earlier column; this one is not imported"),
                        fix: Message(
                            nl: "koppel een van beide anders, of zet 'ignore' erbij in het koppelbestand",
                            en: "map one of them differently, or mark it 'ignore' in the mapping file"), at: at))
            default: break
            }
        }
        let tool = columns.filter { $0.kind == .toolColumn && !$0.heading.trimmingWhitespaceAndQuotes().isEmpty }
        if !tool.isEmpty {
            let list = tool.map { "\(CSVTable.columnLetter($0.number)) '\($0.heading)'" }.joined(separator: ", ")
            diagnostics.append(
                Diagnostic(
                    .note, code: .csvToolColumns,
                    Message(
                        nl: "kolommen van het enquêteprogramma, niet geïmporteerd: \(list)",
                        en: "survey tool columns, not imported: \(list)"),
                    at: SourceLocation(file: name, line: 1, column: tool[0].number)))
        }
        if let mapping {
            let headings = Set(table.header.map(Normalize.text))
            for entry in mapping.columns where !headings.contains(Normalize.text(entry.heading)) {
                diagnostics.append(
                    .warning(
                        .mappingUnused,
                        Message(nl: "kolom '\(entry.heading)' staat niet in \(name)", en: "column '\(entry.heading)' is not in \(name)"),
                        fix: Suggestion.closest(to: entry.heading, in: table.header).map {
                            Message(nl: "bedoelde je '\($0)'?", en: "did you mean '\($0)'?")
                        }, at: entry.location))
            }
        }
        let covered = Set(
            columns.filter { $0.kind != .duplicate }.compactMap { column -> String? in
                if case .note = column.target { return nil }
                if case .evidence = column.target { return nil }
                return column.target?.questionID
            })
        let missing = framework.questions.filter { !covered.contains($0.id) }
        if covered.isEmpty {
            diagnostics.append(
                .error(
                    .csvNoQuestions,
                    Message(
                        nl: "geen enkele kolom van \(name) hoort bij een vraag van kader '\(framework.id)'",
                        en: "no column of \(name) matches a question of framework '\(framework.id)'"),
                    fix: Message(
                        nl: "maak een koppelbestand (docs/import.md) en geef het met --map",
                        en: "write a mapping file (docs/import.md) and pass it with --map"),
                    at: SourceLocation(file: name, line: 1, column: 1)))
        } else if !missing.isEmpty {
            let list = missing.prefix(15).map(\.id).joined(separator: ", ") + (missing.count > 15 ? ", …" : "")
            diagnostics.append(
                .warning(
                    .csvMissingColumn,
                    Message(
                        nl: "geen kolom voor \(missing.count) \(missing.count == 1 ? "vraag" : "vragen") (blijft open): \(list)",
                        en: "no column for \(missing.count) \(missing.count == 1 ? "question" : "questions") (left open): \(list)"),
                    fix: Message(
                        nl: "klopt dit niet, koppel de kolom dan in een koppelbestand (--map)",
                        en: "if this is wrong, map the column in a mapping file (--map)"),
                    at: SourceLocation(file: name, line: 1, column: 1)))
        }
    }
}
