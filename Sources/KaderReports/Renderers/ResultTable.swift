import Kader

/// The wide table of `kader aggregate --results FILE.csv`: a header row of column names, then
/// one row per respondent, the columns of ``ResultsTableFormat`` (docs/result.md). Every text
/// cell passes the one formula guard (``Escape/csvCell(_:isNumber:)``); numbers are written as
/// numbers, with a decimal comma when the delimiter is `;`, as Dutch spreadsheets read them.
/// Rows end with CR LF (RFC 4180); ``byteOrderMark`` is for Excel, which reads a CSV without
/// one in the system's old code page.
public struct ResultTable: Sendable {
    /// The framework every row was scored with.
    public let framework: Framework
    /// With a column per question's points.
    public let items: Bool
    /// `,`, `;` or a tab.
    public let delimiter: Character

    /// UTF-8's byte-order mark, written first when asked for.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// A table for results of `framework`.
    public init(framework: Framework, items: Bool, delimiter: Character) {
        self.framework = framework
        self.items = items
        self.delimiter = delimiter
    }

    /// The header row, without its line end.
    public func header() -> String {
        ResultsTableFormat.names(for: framework, items: items).map { Escape.csvCell($0) }.joined(separator: String(delimiter))
    }

    /// One respondent's row, without its line end; `file` names the response it came from.
    public func row(_ result: AssessmentResult, file: String?) -> String {
        var cells: [String] = []
        for column in ResultsTableFormat.columns.keys {
            switch column.name {
            case "file": cells.append(text(file))
            case "respondent": cells.append(text(result.respondent))
            case "organisation": cells.append(text(result.organisation))
            case "date": cells.append(text(result.date))
            case "framework": cells.append(text(result.framework.id))
            case "version": cells.append(text(result.framework.version))
            case "context.FIELD":
                for field in framework.context {
                    switch result.context.first(where: { $0.key == field.id })?.value {
                    case .text(let value)?: cells.append(text(value))
                    case .number(let value)?: cells.append(number(value))
                    case nil: cells.append("")
                    }
                }
            case "overall.score": cells.append(number(result.overall.score))
            case "overall.level": cells.append(text(result.overall.level))
            case "overall.grade": cells.append(number(result.overall.grade))
            case "overall.completeness": cells.append(number(result.completeness.roundedPercentage))
            case "domain.DOMAIN.score": cells += result.domains.map { number($0.score) }
            case "domain.DOMAIN.level": cells += result.domains.map { text($0.level) }
            case "domain.DOMAIN.grade": cells += result.domains.map { number($0.grade) }
            case "score.SCORE":
                for score in framework.scoring.derived { cells.append(number(result.scores.first { $0.id == score.id }?.score)) }
            case "item.QUESTION":
                guard items else { continue }
                for domain in result.domains { cells += domain.items.map { number($0.points) } }
            default:
                // A column described but not written here; the tests compare every row with the header.
                cells.append("")
            }
        }
        return cells.joined(separator: String(delimiter))
    }

    private func text(_ value: String?) -> String { Escape.csvCell(value ?? "") }

    private func number(_ value: Double?) -> String {
        guard let value else { return "" }
        let cell = Escape.csvCell(ExpressionFormat.number(value), isNumber: true)
        // The decimal comma after the guard: with `;` between cells it needs no quotes.
        return delimiter == ";" ? String(cell.map { $0 == "." ? "," : $0 }) : cell
    }
}
