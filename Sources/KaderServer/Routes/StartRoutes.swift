import Hummingbird
import Kader
import KaderReports

/// `GET /`: the start page.
enum StartRoutes: RouteGroup {
    static func add(to router: Router<ServerRequestContext>, app: ServerApp) {
        router.get("/") { request, context in
            let say = Say(context.language)
            // Colleagues' scans are reached through their owner's combined view, not listed here.
            let colleagues = try await app.store.colleagueTokens()
            let scans = try await app.store.scans(limit: 500).filter { !colleagues.contains($0.token) }
            let page = StartPage(catalog: FrameworkCatalog(app.library), scans: scans, language: context.language)
            return PageShell(language: context.language, path: request.uri.path).response(title: say("Start", "Start")) { main in
                page.render(into: &main)
            }
        }
    }
}
