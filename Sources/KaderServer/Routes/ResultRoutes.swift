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
            return download.response(for: sheet, language: context.language)
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

    /// The element id of its link on the result page.
    var linkID: String {
        switch self {
        case .responseYAML: "download-yaml"
        case .json: "download-json"
        case .csv: "download-csv"
        case .markdown: "download-md"
        case .html: "download-html"
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
        }
    }

    /// The file's text, as the CLI writes it.
    func text(for sheet: ScanSheet, language: Language) -> String {
        let options = RenderOptions(language: language)
        switch self {
        case .responseYAML: return sheet.responseFile
        case .json: return JSONRenderer().render(sheet.result, framework: sheet.framework, options: options)
        case .csv: return CSVRenderer().render(sheet.result, framework: sheet.framework, options: options)
        case .markdown: return MarkdownRenderer().render(sheet.result, framework: sheet.framework, options: options)
        case .html: return HTMLRenderer().render(sheet.result, framework: sheet.framework, options: options)
        }
    }

    func response(for sheet: ScanSheet, language: Language) -> Response {
        let types: [Download: String] = [
            .responseYAML: "application/yaml; charset=utf-8", .json: "application/json; charset=utf-8",
            .csv: "text/csv; charset=utf-8", .markdown: "text/markdown; charset=utf-8", .html: "text/html; charset=utf-8"
        ]
        var headers: HTTPFields = [:]
        let name = fileName(for: sheet)
        // The HTML report opens in the browser to print; its styles are inline and it has no script.
        headers[.contentDisposition] = (self == .html ? "inline" : "attachment") + "; filename=\"\(name)\""
        if self == .html {
            headers[HTTPField.Name("Content-Security-Policy")!] =
                "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
        }
        return HTMLResponse.text(text(for: sheet, language: language), type: types[self] ?? "text/plain; charset=utf-8", headers: headers)
    }

    /// The response file's name (``ScanSheet/fileName``); the reports add what they are.
    func fileName(for sheet: ScanSheet) -> String {
        let stem = String(sheet.fileName.dropLast(5))
        switch self {
        case .responseYAML: return sheet.fileName
        case .html: return stem + "-rapport.html"
        default: return stem + "-uitslag." + (rawValue.split(separator: ".").last.map(String.init) ?? "txt")
        }
    }
}
