import CSV
import Foundation
import Kader

/// A survey tool's CSV export, read into a header and rows: UTF-8 with or without a byte-order
/// mark (UTF-16 with a mark and Windows-1252 are read too, with a warning), comma, semicolon or
/// tab delimited (detected from the header line unless given), quoted fields with doubled quotes
/// and line breaks inside. The parsing itself is done by the CSV package (yaslab/CSV.swift).
public struct CSVTable: Sendable {
    /// One data row and where it sits in the file.
    public struct Row: Sendable {
        /// The row number as a spreadsheet shows it: the header is row 1.
        public var number: Int
        /// The fields, as many as the row has.
        public var fields: [String]
    }

    /// The file name, for messages.
    public var name: String
    /// The header row's fields.
    public var header: [String]
    /// The data rows; rows with only empty fields are left out.
    public var rows: [Row]
    /// The delimiter used.
    public var delimiter: Unicode.Scalar

    /// The most data rows (respondents) read: far above any survey, and what is imported
    /// within seconds. A file with more is refused before the rows are imported (a 9 MiB file
    /// of millions of one-character rows ran for minutes).
    public static let maxRows = 100_000
    /// The most fields in the header or in any row.
    public static let maxColumns = 10_000
    /// The longest cell: the longest value a response file may hold.
    public static let maxCellBytes = YAMLLimits.standard.maxScalarBytes

    /// Reads a CSV file's bytes. Returns nil (with an error) when there is no header row.
    public static func read(bytes: [UInt8], name: String, delimiter given: Unicode.Scalar? = nil) -> (CSVTable?, DiagnosticList) {
        var diagnostics = DiagnosticList()
        let start = SourceLocation(file: name, line: 1, column: 1)
        guard let text = decode(bytes, name: name, diagnostics: &diagnostics) else { return (nil, diagnostics) }
        let delimiter = given ?? detectDelimiter(text)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        } catch {
            diagnostics.append(
                .error(.csvUnreadable, Message(nl: "\(name) is niet te lezen als CSV", en: "\(name) cannot be read as CSV"), at: start))
            return (nil, diagnostics)
        }
        var records: [[String]] = []
        while let row = reader.next() {
            if let problem = tooLarge(row, number: records.count + 1, name: name) {
                diagnostics.append(problem)
                return (nil, diagnostics)
            }
            records.append(row)
        }
        if reader.error != nil {
            diagnostics.append(
                .error(
                    .csvUnreadable,
                    Message(nl: "\(name) is niet helemaal te lezen als CSV", en: "\(name) cannot be read completely as CSV"), at: start))
        }
        guard let header = records.first, header.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
            diagnostics.append(
                .error(
                    .csvEmpty,
                    Message(nl: "\(name) heeft geen kopregel met kolomnamen", en: "\(name) has no header row with column names"),
                    fix: Message(
                        nl: "exporteer de antwoorden met kolomkoppen (vraagcodes of vraagteksten)",
                        en: "export the answers with column headings (question codes or question texts)"),
                    at: start))
            return (nil, diagnostics)
        }
        var rows: [Row] = []
        for (index, fields) in records.enumerated().dropFirst()
        where fields.contains(where: { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
            rows.append(Row(number: index + 1, fields: fields))
        }
        return (CSVTable(name: name, header: header, rows: rows, delimiter: delimiter), diagnostics)
    }

    /// The error for the `number`th row (the header is 1) when it is past ``maxRows``, has
    /// more than ``maxColumns`` fields or a field longer than ``maxCellBytes``.
    private static func tooLarge(_ fields: [String], number: Int, name: String) -> Diagnostic? {
        let at = SourceLocation(file: name, line: number, column: 1)
        if number > maxRows + 1 {
            return .error(
                .csvTooManyRows,
                Message(
                    nl: "\(name) heeft meer dan \(maxRows) rijen met antwoorden", en: "\(name) has more than \(maxRows) rows of answers"),
                fix: Message(
                    nl: "splits de export in delen van hooguit \(maxRows) rijen",
                    en: "split the export into parts of at most \(maxRows) rows"), at: at)
        }
        if fields.count > maxColumns {
            return .error(
                .csvTooManyColumns,
                Message(
                    nl: "rij \(number) van \(name) heeft \(fields.count) kolommen; de grens is \(maxColumns)",
                    en: "row \(number) of \(name) has \(fields.count) columns; the limit is \(maxColumns)"),
                fix: Message(
                    nl: "exporteer alleen de vragen van het kader, of controleer het scheidingsteken (--delimiter)",
                    en: "export only the framework's questions, or check the delimiter (--delimiter)"), at: at)
        }
        if let long = fields.firstIndex(where: { $0.utf8.count > maxCellBytes }) {
            return .error(
                .csvCellTooLong,
                Message(
                    nl: "rij \(number), kolom \(columnLetter(long + 1)) van \(name) is langer dan \(maxCellBytes / 1024) KiB",
                    en: "row \(number), column \(columnLetter(long + 1)) of \(name) is longer than \(maxCellBytes / 1024) KiB"),
                fix: Message(
                    nl: "controleer de aanhalingstekens: een niet gesloten \" maakt de rest van het bestand één cel",
                    en: "check the quotes: an unclosed \" makes the rest of the file one cell"),
                at: SourceLocation(file: name, line: number, column: long + 1))
        }
        return nil
    }

    /// The text of the bytes: UTF-8 (a byte-order mark is dropped), UTF-16 with a mark, or
    /// else Windows-1252 with a warning.
    static func decode(_ bytes: [UInt8], name: String, diagnostics: inout DiagnosticList) -> String? {
        let at = SourceLocation(file: name, line: 1, column: 1)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            if let text = String(bytes: bytes.dropFirst(3), encoding: .utf8) { return text }
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            if let text = String(data: Data(bytes), encoding: .utf16) {
                return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
            }
        } else if let text = String(bytes: bytes, encoding: .utf8) {
            return text
        }
        if let text = String(bytes: bytes, encoding: .windowsCP1252) {
            diagnostics.append(
                .warning(
                    .csvEncoding,
                    Message(nl: "\(name) is geen UTF-8; gelezen als Windows-1252", en: "\(name) is not UTF-8; read as Windows-1252"),
                    fix: Message(
                        nl: "controleer letters als é en ë, of exporteer als 'CSV UTF-8'",
                        en: "check letters such as é and ë, or export as 'CSV UTF-8'"), at: at))
            return text
        }
        diagnostics.append(
            .error(
                .csvEncoding, Message(nl: "\(name) is geen tekst in UTF-8", en: "\(name) is not UTF-8 text"),
                fix: Message(nl: "exporteer als 'CSV UTF-8'", en: "export as 'CSV UTF-8'"), at: at))
        return nil
    }

    /// The delimiter that splits the header line into the most fields: `,`, `;` or tab.
    static func detectDelimiter(_ text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" {
                quoted.toggle()
                continue
            }
            if !quoted, scalar == "\n" || scalar == "\r" { break }
            if !quoted, counts[scalar] != nil { counts[scalar, default: 0] += 1 }
        }
        var best: Unicode.Scalar = ","
        for candidate: Unicode.Scalar in [";", "\t"] where counts[candidate, default: 0] > counts[best, default: 0] { best = candidate }
        return best
    }

    /// A spreadsheet's name for a column: 1 → A, 27 → AA.
    public static func columnLetter(_ number: Int) -> String {
        var number = number
        var letters = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + remainder))) + letters
            number = (number - 1) / 26
        }
        return letters
    }
}
