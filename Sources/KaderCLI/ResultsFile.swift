import Kader
import KaderFiles
import KaderReports

/// What `aggregate --results FILE` writes (docs/result.md): a `.csv` file is the wide table,
/// any other file JSON lines, compact by default (a header, then a short line per respondent)
/// or with `--results-form full` the full result per line, as `kader scan --format json` gives it.
struct ResultsFile {
    /// How each result becomes a line.
    enum Form: Sendable {
        case compact
        case full(Language)
        case table(ResultTable)

        /// A result's line, without its line end (encoded on the batch's worker threads).
        func line(_ result: AssessmentResult, file: String?) -> [UInt8] {
            switch self {
            case .compact: ResultLine.line(result, file: file)
            case .full(let language): ResultJSON.line(result, language: language)
            // CR LF, as RFC 4180 and spreadsheets expect: the writer adds the LF.
            case .table(let table): Array(table.row(result, file: file).utf8) + [0x0D]
            }
        }

        /// What each result must keep: the full form writes the reasons, the others figures and ids.
        var detail: ResultDetail {
            if case .full = self { .full } else { .figures }
        }
    }

    let form: Form
    private let writer: StreamingWriter

    /// Opens `path` (refusing an existing file unless `force`) and writes the header the form has:
    /// the framework with the SHA-256 of its file for the compact form, the column names (after a
    /// byte-order mark when `byteOrderMark`) for the table.
    init(path: String, force: Bool, form: Form, framework: FrameworkFile, byteOrderMark: Bool) throws(CLIFailure) {
        self.form = form
        do { writer = try StreamingWriter(path: path, overwrite: force) } catch { throw CLIFailure(error) }
        switch form {
        case .compact:
            writer.write(line: ResultLine.header(framework: framework.framework, sha256: SHA256.hex(framework.source.text.utf8)))
        case .full: break
        case .table(let table):
            writer.write(line: (byteOrderMark ? ResultTable.byteOrderMark : []) + Array(table.header().utf8) + [0x0D])
        }
    }

    /// Appends a line made by ``Form/line(_:file:)``.
    func write(line: [UInt8]) { writer.write(line: line) }

    /// Flushes, syncs and moves the file into place.
    func finish() throws(CLIFailure) {
        do { try writer.finish() } catch { throw CLIFailure(error) }
    }
}
