import Hummingbird
import Kader

/// What each role of an organisation may use in a hosted installation: a member fills in scans,
/// a trainer opens masterclass rooms, the organisation's admin does both and adds the
/// organisation's people. Anything else is refused (403) before its route runs. Runs after
/// ``OrganisationGate`` (a site admin never gets this far); without `--hosted` it lets
/// everything through.
struct RoleGate: RouterMiddleware {
    typealias Context = ServerRequestContext
    let app: ServerApp

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard app.hosted != nil, let account = context.session?.account, account.organisationID != nil,
            let allowed = Self.roles(for: request.uri.path), !allowed.contains(account.role)
        else { return try await next(request, context) }
        throw Self.refused(account.role, allowed: allowed)
    }

    /// The roles that may use `path`; nil when every signed-in person may.
    static func roles(for path: String) -> [Role]? {
        if path == "/scans" || path == "/upload" || path.hasPrefix("/s/") { return [.organisationAdmin, .member] }
        if path == "/m/new" || path.hasPrefix("/m/t/") { return [.organisationAdmin, .trainer] }
        if path.hasPrefix("/organisation/") { return [.organisationAdmin] }
        return nil
    }

    static func refused(_ role: Role, allowed: [Role]) -> PageError {
        let who = { (language: Language) in allowed.map { $0.label.text(in: language) }.joined(separator: language.pick(" of ", " or ")) }
        return PageError(
            .forbidden,
            Message(
                nl: "Deze pagina is voor een \(who(.nl)); u bent \(role.label.text(in: .nl)). Er is niets opgeslagen. "
                    + "Vraag de beheerder van uw organisatie om een andere rol als u dit nodig hebt.",
                en: "This page is for a \(who(.en)); you are a \(role.label.text(in: .en)). Nothing was saved. "
                    + "Ask your organisation's admin for another role if you need it."))
    }
}
