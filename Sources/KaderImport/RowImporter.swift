import Foundation
import Kader

/// Turns one CSV row into a response, reporting every cell it cannot use at its row and column.
struct RowImporter {
    let framework: Framework
    let table: CSVTable
    let columns: [ColumnMatch]
    let mapping: ImportMapping?
    let language: Language
    let dates: DateCells
    private var reportedGuess = false

    init(framework: Framework, table: CSVTable, columns: [ColumnMatch], mapping: ImportMapping?, language: Language) {
        self.framework = framework
        self.table = table
        self.columns = columns
        self.mapping = mapping
        self.language = language
        let dateColumns = columns.filter { $0.target == .date }.map { $0.number - 1 }
        dates = DateCells(cells: table.rows.flatMap { row in dateColumns.compactMap { $0 < row.fields.count ? row.fields[$0] : nil } })
    }

    static let ticked: Set<String> = ["y", "yes", "ja", "j", "x", "1", "true", "waar", "✓", "✔", "checked", "aangevinkt"]
    static let unticked: Set<String> = ["n", "no", "nee", "0", "false", "onwaar"]

    mutating func response(_ row: CSVTable.Row, diagnostics: inout DiagnosticList) -> Response? {
        let name = table.name
        var response = Response(frameworkID: framework.id, frameworkVersion: framework.version, sourceName: name)
        var chosen: [String: (ids: [String], column: Int)] = [:]
        if row.fields.count != table.header.count {
            diagnostics.append(
                .warning(
                    .csvRaggedRow,
                    Message(
                        nl: "rij \(row.number) heeft \(row.fields.count) velden, de kopregel \(table.header.count)",
                        en: "row \(row.number) has \(row.fields.count) fields, the header \(table.header.count)"),
                    fix: Message(nl: "controleer de aanhalingstekens in deze rij", en: "check the quotes in this row"),
                    at: SourceLocation(file: name, line: row.number, column: 1)))
            for index in table.header.count..<max(table.header.count, row.fields.count)
            where !row.fields[index].trimmingWhitespaceAndQuotes().isEmpty {
                diagnostics.append(
                    .warning(
                        .csvExtraCell,
                        Message(
                            nl:
                                "rij \(row.number), kolom \(CSVTable.columnLetter(index + 1)): '\(row.fields[index])' "
                                + "staat buiten de kolommen; niet geïmporteerd",
                            en:
                                "row \(row.number), column \(CSVTable.columnLetter(index + 1)): '\(row.fields[index])' "
                                + "is outside the columns; not imported"
                        ),
                        at: SourceLocation(file: name, line: row.number, column: index + 1)))
            }
        }
        for column in columns where column.kind != .duplicate {
            guard let target = column.target, column.number - 1 < row.fields.count else { continue }
            let cell = row.fields[column.number - 1]
            let text = cell.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            let at = SourceLocation(file: name, line: row.number, column: column.number)
            let place = Message(
                nl: "rij \(row.number), kolom \(CSVTable.columnLetter(column.number)) ('\(column.heading)')",
                en: "row \(row.number), column \(CSVTable.columnLetter(column.number)) ('\(column.heading)')")
            switch target {
            case .question(let id):
                guard let question = framework.question(id) else { continue }
                let values = (mapping?.values ?? [:]).merging(column.values) { _, own in own }
                switch CellReader(question: question, values: values).read(text) {
                case .success(let value): set(&response, id, at: at) { $0.value = value }
                case .failure(let problem):
                    diagnostics.append(
                        .warning(
                            .csvUnknownValue,
                            Message(
                                nl: "\(place.nl): \(problem.message.nl); bewaard als toelichting",
                                en: "\(place.en): \(problem.message.en); kept as a note"), fix: problem.fix, at: at))
                    keep(&response, id, text, column: column.number, row: row.number, at: at)
                }
            case .note(let id): set(&response, id, at: at) { $0.note = [$0.note, text].compactMap { $0 }.joined(separator: " · ") }
            case .evidence(let id):
                set(&response, id, at: at) { $0.evidence = [$0.evidence, text].compactMap { $0 }.joined(separator: " · ") }
            case .choice(let id, let option):
                let normal = Normalize.text(text)
                let label = framework.question(id)?.kind.options.first { $0.id == option }?.label
                if Self.ticked.contains(normal) || normal == option.lowercased() || normal == Normalize.text(label?.nl ?? "\u{0}")
                    || normal == Normalize.text(label?.en ?? "\u{0}")
                {
                    chosen[id, default: ([], column.number)].ids.append(option)
                } else if Self.unticked.contains(normal) {
                    _ = chosen[id, default: ([], column.number)]
                } else {
                    diagnostics.append(
                        .warning(
                            .csvUnknownValue,
                            Message(
                                nl: "\(place.nl): '\(text)' is geen vinkje (verwacht Y, ja, 1 of leeg); bewaard als toelichting",
                                en: "\(place.en): '\(text)' is not a tick (expected Y, yes, 1 or empty); kept as a note"), at: at))
                    keep(&response, id, text, column: column.number, row: row.number, at: at)
                }
            case .respondent: response.respondent = text
            case .organisation: response.organisation = text
            case .date:
                if let date = dates.date(text) {
                    response.date = date
                    if dates.guessed, !reportedGuess {
                        reportedGuess = true
                        let order =
                            dates.order == .dayFirst
                            ? Message(nl: "dag-maand-jaar", en: "day-month-year") : Message(nl: "maand/dag/jaar", en: "month/day/year")
                        diagnostics.append(
                            Diagnostic(
                                .note, code: .csvDateOrder,
                                Message(
                                    nl: "data in kolom \(CSVTable.columnLetter(column.number)) gelezen als \(order.nl)",
                                    en: "dates in column \(CSVTable.columnLetter(column.number)) read as \(order.en)"), at: at))
                    }
                } else {
                    diagnostics.append(
                        .warning(
                            .csvInvalidDate,
                            Message(
                                nl: "\(place.nl): '\(text)' is geen datum; datum blijft leeg",
                                en: "\(place.en): '\(text)' is not a date; the date stays empty"),
                            fix: Message(
                                nl: "verwacht bijvoorbeeld 2026-03-14 of 14-3-2026", en: "expected for example 2026-03-14 or 3/14/2026"),
                            at: at))
                }
            case .context(let id):
                if framework.context.first(where: { $0.id == id })?.kind == .number {
                    if let number = NumberText.finite(text.replacingOccurrences(of: ",", with: ".")) {
                        response.context[id] = .number(number)
                    } else {
                        diagnostics.append(
                            .warning(
                                .csvUnknownValue,
                                Message(
                                    nl: "\(place.nl): '\(text)' is geen getal; niet geïmporteerd",
                                    en: "\(place.en): '\(text)' is not a number; not imported"), at: at))
                    }
                } else {
                    response.context[id] = .text(text)
                }
            case .ignored: break
            }
        }
        for (id, choice) in chosen.sorted(by: { $0.key < $1.key }) {
            guard let question = framework.question(id) else { continue }
            let at = SourceLocation(file: name, line: row.number, column: choice.column)
            let sink = DiagnosticSink()
            let node = YAMLNode(.sequence(choice.ids.map { YAMLNode(.scalar($0, .plain), at: at) }), at: at)
            if let value = question.kind.read(node, questionID: id, sink: sink), !sink.hasErrors {
                set(&response, id, at: at) { $0.value = value }
            } else if let problem = sink.list.errors.first {
                diagnostics.append(
                    .warning(
                        .csvUnknownValue,
                        Message(
                            nl: "rij \(row.number): \(problem.message.nl); bewaard als toelichting",
                            en: "row \(row.number): \(problem.message.en); kept as a note"), fix: problem.fix, at: at))
                keep(&response, id, choice.ids.joined(separator: ", "), column: choice.column, row: row.number, at: at)
            }
        }
        response.answerOrder = framework.questions.map(\.id).filter { response.answers[$0] != nil }
        return response
    }

    private func set(_ response: inout Response, _ id: String, at: SourceLocation, _ change: (inout Answer) -> Void) {
        var answer = response.answers[id] ?? Answer(value: .unanswered, location: at)
        change(&answer)
        response.answers[id] = answer
    }

    /// An answer that was not understood, kept as a note so that it stays in the file.
    private func keep(_ response: inout Response, _ id: String, _ text: String, column: Int, row: Int, at: SourceLocation) {
        let file = (table.name as NSString).lastPathComponent
        let letter = CSVTable.columnLetter(column)
        let note =
            language == .nl
            ? "niet herkend antwoord uit \(file), rij \(row), kolom \(letter): '\(text)'"
            : "answer not recognised from \(file), row \(row), column \(letter): '\(text)'"
        set(&response, id, at: at) { $0.note = [$0.note, note].compactMap { $0 }.joined(separator: " · ") }
    }
}
