import Hummingbird
import Kader
import KaderReports

/// `GET /`: the start page.
enum StartRoutes: RouteGroup {
    static func add(to router: Router<ServerRequestContext>, app: ServerApp) {
        router.get("/") { request, context in
            let say = Say(context.language)
            if let account = context.session?.account, account.organisationID == nil {
                return SiteAdminPage(organisations: try await organisations(app), language: context.language)
                    .response(path: request.uri.path)
            }
            // Colleagues' scans are reached through their owner's combined view, not listed here.
            let colleagues = try await app.store.colleagueTokens()
            let scans = try await app.store.scans(limit: 500, organisation: context.organisation).filter { !colleagues.contains($0.token) }
            var page = StartPage(
                catalog: FrameworkCatalog(app.library), scans: scans, language: context.language, role: context.session?.account.role)
            if let organisation = context.organisation { page.rooms = try await app.store.rooms(organisation: organisation, limit: 100) }
            return PageShell(language: context.language, path: request.uri.path).response(title: say("Start", "Start")) { main in
                page.render(into: &main)
            }
        }
    }

    /// Every organisation with its people, for a site admin.
    static func organisations(_ app: ServerApp) async throws -> [(Organisation, [Account])] {
        var all: [(Organisation, [Account])] = []
        for organisation in try await app.store.organisations() {
            all.append((organisation, try await app.store.accounts(organisation: organisation.id)))
        }
        return all
    }
}
