import Hummingbird
import Kader
import KaderReports

/// An organisation's scans of one framework by date, and "vergelijk met vorige keer": the
/// comparison `kader compare --format html` shows, as a page.
enum HistoryRoutes: RouteGroup {
    static func add(to router: Router<ServerRequestContext>, app: ServerApp) {
        router.get("/s/:token/history") { request, context in
            let history = try await ScanHistory(around: app.sheet(token: context.parameters.require("token")), app: app)
            let page = HistoryPage(history: history, language: context.language)
            return PageShell(language: context.language, path: request.uri.path).response(title: page.title) { page.render(into: &$0) }
        }

        router.get("/s/:token/compare") { request, context in
            let history = try await ScanHistory(around: app.sheet(token: context.parameters.require("token")), app: app)
            let page = ComparePage(history: history, language: context.language)
            return PageShell(language: context.language, path: request.uri.path).response(title: page.title) { page.render(into: &$0) }
        }
    }
}

/// The scans of one organisation with one framework, oldest first, around the scan a page is
/// about. Without an organisation (or respondent) the scan stands alone: nothing to match it by.
struct ScanHistory {
    /// The scan the page is about.
    let current: ScanSheet
    /// Whose scans: the organisation, or the respondent when there is none.
    let name: String?
    /// Every scan of that name and framework, oldest first (the current one among them).
    let sheets: [ScanSheet]

    init(around current: ScanSheet, app: ServerApp) async throws {
        self.current = current
        name = current.scan.header.organisation ?? current.scan.header.respondent
        guard let name else {
            sheets = [current]
            return
        }
        var sheets: [ScanSheet] = []
        // A colleague's scan is no earlier scan of the organisation (docs/serve.md, "Samen invullen").
        let colleagues = try await app.store.colleagueTokens()
        let scans = try await app.store.history(of: name, framework: current.framework.id, organisation: current.scan.organisationID)
        for summary in scans where !colleagues.contains(summary.token) {
            sheets.append(summary.token == current.scan.token ? current : try await app.sheet(token: summary.token.text))
        }
        self.sheets = sheets
    }

    /// The scan before the current one, by date.
    var previous: ScanSheet? {
        guard let index = sheets.firstIndex(where: { $0.scan.token == current.scan.token }), index > 0 else { return nil }
        return sheets[index - 1]
    }

    /// The comparison of the previous scan with the current one, as `kader compare` makes it.
    var comparison: Comparison? {
        guard let previous else { return nil }
        return ComparisonBuilder.compare([(previous.result, previous.framework), (current.result, current.framework)], mode: .overTime)
    }
}
