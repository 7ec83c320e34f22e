import HTTPTypes
import Hummingbird
import Kader
import KaderReports

/// The result page and the downloads. Every format is written by the renderer `kader scan
/// --format …` uses, from the engine's result for the stored answers; the response file is the
/// answers as ``ResponseWriter`` writes them, which `kader scan` reads back to the same result.
enum ResultRoutes: RouteGroup {
    static func add(to router: Router<ServerRequestContext>, app: ServerApp) {
        router.get("/s/:token/result") { request, context in
            let sheet = try await app.sheet(token: context.parameters.require("token"))
            let note = try await TogetherNote(sheet: sheet, app: app, language: context.language)
            let page = ResultPage(
                sheet: sheet, result: sheet.result, language: context.language, origin: request.origin, showsPlan: !note.isColleague)
            return PageShell(language: context.language, path: request.uri.path)
                .response(title: sheet.framework.title.text(in: context.language)) { note.around(&$0, page.render) }
        }

        router.get("/s/:token/download/:file") { _, context in
            let sheet = try await app.sheet(token: context.parameters.require("token"))
            guard let download = Download(rawValue: context.parameters.get("file") ?? "") else {
                throw PageError(.notFound, Message(nl: "Dit bestand bestaat niet.", en: "This file does not exist."))
            }
            return try download.response(for: sheet, language: context.language)
        }
    }
}

/// The files a scan can be downloaded as.
enum Download: String, CaseIterable {
    case responseYAML = "response.yaml"
    case json = "result.json"
    case csv = "result.csv"
    case markdown = "result.md"
    case html = "report.html"
    case summary = "summary.docx"

    /// The element id of its link on the result page.
    var linkID: String {
        switch self {
        case .responseYAML: "download-yaml"
        case .json: "download-json"
        case .csv: "download-csv"
        case .markdown: "download-md"
        case .html: "download-html"
        case .summary: "download-docx"
        }
    }

    func label(_ language: Language) -> String {
        let say = Say(language)
        switch self {
        case .responseYAML: return say("Antwoorden (responsbestand, YAML)", "Answers (response file, YAML)")
        case .json: return say("Uitslag als JSON", "Result as JSON")
        case .csv: return say("Uitslag als CSV (spreadsheet)", "Result as CSV (spreadsheet)")
        case .markdown: return say("Rapport als Markdown", "Report as Markdown")
        case .html: return say("Rapport als HTML-bestand", "Report as an HTML file")
        case .summary: return say("Samenvatting op twee pagina's (Word)", "Two-page summary (Word)")
        }
    }

    /// The file, as the CLI writes it.
    func bytes(for sheet: ScanSheet, language: Language) throws -> [UInt8] {
        let say = Say(language)
        // The summary says where the full report is: on this page, among the downloads.
        let here = say("de resultaatpagina in Kader, onder Downloaden en printen", "the result page in Kader, under Download and print")
        let options = RenderOptions(language: language, fullReport: here)
        let text: String
        switch self {
        case .summary: return try DocxRenderer().render(sheet.result, framework: sheet.framework, options: options)
        case .responseYAML: text = sheet.responseFile
        case .json: text = JSONRenderer().render(sheet.result, framework: sheet.framework, options: options)
        case .csv: text = CSVRenderer().render(sheet.result, framework: sheet.framework, options: options)
        case .markdown: text = MarkdownRenderer().render(sheet.result, framework: sheet.framework, options: options)
        case .html: text = HTMLRenderer().render(sheet.result, framework: sheet.framework, options: options)
        }
        return Array(text.utf8)
    }

    func response(for sheet: ScanSheet, language: Language) throws -> Response {
        let types: [Download: String] = [
            .responseYAML: "application/yaml; charset=utf-8", .json: "application/json; charset=utf-8",
            .csv: "text/csv; charset=utf-8", .markdown: "text/markdown; charset=utf-8", .html: "text/html; charset=utf-8",
            .summary: "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        ]
        var headers: HTTPFields = [:]
        let name = fileName(for: sheet)
        // The HTML report opens in the browser to print; its styles are inline and it has no script.
        headers[.contentDisposition] = (self == .html ? "inline" : "attachment") + "; filename=\"\(name)\""
        if self == .html {
            headers[HTTPField.Name("Content-Security-Policy")!] =
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
        }
        headers[.contentType] = types[self] ?? "text/plain; charset=utf-8"
        return Response(
            status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: try bytes(for: sheet, language: language))))
    }

    /// The response file's name (``ScanSheet/fileName``); the reports add what they are.
    func fileName(for sheet: ScanSheet) -> String {
        let stem = String(sheet.fileName.dropLast(5))
        switch self {
        case .responseYAML: return sheet.fileName
        case .html: return stem + "-rapport.html"
        case .summary: return stem + "-samenvatting.docx"
        default: return stem + "-uitslag." + (rawValue.split(separator: ".").last.map(String.init) ?? "txt")
        }
    }
}
