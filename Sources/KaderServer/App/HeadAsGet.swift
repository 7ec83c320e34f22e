import Hummingbird

/// HEAD answered as GET without the body, as HTTP asks of every server: a link checker, an uptime
/// monitor in front of a hosted installation or `curl -I` gets the page's status and headers. The
/// router knows only the methods its routes name, so it would answer every HEAD with 404.
struct HeadAsGet<Base: HTTPResponder>: HTTPResponder where Base.Context == ServerRequestContext {
    let base: Base

    func respond(to request: Request, context: ServerRequestContext) async throws -> Response {
        guard request.method == .head else { return try await base.respond(to: request, context: context) }
        var head = request.head
        head.method = .get
        // A HEAD has no body to read; the GET is answered from the head alone.
        let asGet = Request(head: head, body: RequestBody(buffer: ByteBuffer()))
        return try await base.respond(to: asGet, context: context).createHeadResponse()
    }
}
