import Hummingbird
import Kader
import KaderReports

/// Between a member organisation and its umbrella in a hosted installation: the member's admin
/// opts in or out of sharing (`POST /organisation/sharing`), the umbrella's admin reads the group
/// overview of the members that opted in. ``RoleGate`` keeps everyone but an organisation's admin
/// out; only added with `--hosted`.
enum UmbrellaRoutes: RouteGroup {
    static let page = "/organisation/umbrella"
    static let overview = "/organisation/umbrella/overview.html"
    static let sharing = "/organisation/sharing"

    static func add(to router: Router<ServerRequestContext>, app: ServerApp) {
        guard app.hosted != nil else { return }
        router.post(RouterPath(sharing)) { request, context in
            let organisation = try await OrganisationRoutes.organisation(context, app: app)
            let form = try await FormBody.read(request, limit: app.limits.maxBody, fieldLimit: app.limits.maxField)
            guard organisation.umbrellaID != nil, let share = form["share"], share == "1" || share == "0" else { throw noUmbrella }
            try await app.store.setSharing(share == "1", organisation: organisation.id)
            return HTMLResponse.seeOther(OrganisationRoutes.people + "#umbrella")
        }
        router.get(RouterPath(page)) { request, context in
            let umbrella = try await umbrella(context, app: app)
            return UmbrellaPage(umbrella: umbrella.0, overview: umbrella.1, language: context.language).response(path: request.uri.path)
        }
        router.get(RouterPath(overview)) { request, context in
            let (_, overview) = try await umbrella(context, app: app)
            let framework = request.uri.queryParameters.get("framework")
            let version = request.uri.queryParameters.get("version")
            guard let group = overview.groups.first(where: { $0.framework.id == framework && $0.framework.version == version }) else {
                throw PageError(.notFound, Message(nl: "Geen gedeelde scans van dit kader.", en: "No shared scans of this framework."))
            }
            let html = HTMLRenderer().render(group.summary, framework: group.framework, options: RenderOptions(language: context.language))
            return HTMLResponse.text(html, type: "text/html; charset=utf-8")
        }
    }

    /// The signed-in person's organisation as an umbrella, with its members' overview; 404 when it has no members.
    static func umbrella(_ context: ServerRequestContext, app: ServerApp) async throws -> (Organisation, UmbrellaOverview) {
        let umbrella = try await OrganisationRoutes.organisation(context, app: app)
        let overview = try await UmbrellaOverview(umbrella: umbrella, app: app)
        guard !overview.members.isEmpty else { throw noUmbrella }
        return (umbrella, overview)
    }

    static let noUmbrella = PageError(
        .notFound,
        Message(
            nl: "Uw organisatie is geen koepel en geen lid van een koepel in deze installatie.",
            en: "Your organisation is neither an umbrella nor a member of one in this installation."))
}
