import Hummingbird
import Kader

/// Keeps a colleague's personal link to their own answers: the pages that show or change more
/// than one scan (the organisation's history, the comparison with last time, their ZIP) and the
/// owner's action plan answer 403 for a colleague's scan, so that nothing there leads to another
/// colleague's answers or to the owner's scan.
struct ColleagueLinkGuard: RouterMiddleware {
    typealias Context = ServerRequestContext
    /// What comes after `/s/<token>` on the pages that are the owner's alone.
    static let ownerOnly: Set<String> = ["/history", "/compare", "/history/export.zip", "/plan"]

    let app: ServerApp

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let path = request.uri.path
        if path.hasPrefix("/s/"), path.count > 35, Self.ownerOnly.contains(String(path.dropFirst(35))),
            let token = ScanToken(path.dropFirst(3).prefix(32)), let scan = try await app.store.scan(token: token),
            try await app.store.owner(ofColleague: scan.id) != nil
        {
            throw TogetherSheet.colleagueLink
        }
        return try await next(request, context)
    }
}
