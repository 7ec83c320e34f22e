import Hummingbird
import Kader

/// In a hosted installation, each organisation reaches only its own scans and rooms: a scan's
/// link (`/s/<token>…`: its pages, combined view, plan, downloads) or a trainer's room
/// (`/m/t/<token>…`) of another organisation answers exactly as a link that does not exist (404),
/// so that nothing tells whether it does. A site admin belongs to no organisation and reaches no
/// scan, room or answer at all (403): only the start page, signing out and the open pages. Runs
/// after ``SignInGate``; without `--hosted` it lets everything through, as before.
struct OrganisationGate: RouterMiddleware {
    typealias Context = ServerRequestContext
    let app: ServerApp

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard app.hosted != nil, let account = context.session?.account else { return try await next(request, context) }
        let path = request.uri.path
        guard let organisation = account.organisationID else {
            guard SignInGate.isOpen(path) || path == "/" || path == "/logout" else { throw Self.siteAdmin }
            return try await next(request, context)
        }
        if path.hasPrefix("/s/"), let token = ScanToken(path.dropFirst(3).prefix(32)),
            let scan = try await app.store.scan(token: token), scan.organisationID != organisation
        {
            throw PageError.unknownScan
        }
        if path.hasPrefix("/m/t/"), let token = ScanToken(path.dropFirst(5).prefix(32)),
            let room = try await app.store.room(trainer: token), room.organisationID != organisation
        {
            throw PageError.unknownRoom
        }
        return try await next(request, context)
    }

    static let siteAdmin = PageError(
        .forbidden,
        Message(
            nl: "Een sitebeheerder voegt organisaties en mensen toe, maar opent geen scans, ruimtes of antwoorden van "
                + "organisaties. Meld u aan met een account van de organisatie zelf.",
            en: "A site admin adds organisations and people but opens no organisation's scans, rooms or answers. "
                + "Sign in with an account of the organisation itself."))
}
