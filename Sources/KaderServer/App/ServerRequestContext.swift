import Hummingbird
import Kader

/// The context of every request: Hummingbird's own, and the language the page is shown in
/// (set by ``PageMiddleware`` from `?lang=`, the `kader_lang` cookie or the server's default).
public struct ServerRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The visitor's language.
    public var language: Language = .nl
    /// The address the connection comes from (for the masterclass room's limit on wrong join
    /// codes); nil when the channel has none, as in the tests.
    public var clientAddress: String?
    /// The signed-in person's session in a hosted installation (set by ``SignInGate``).
    public var session: OpenSession?

    /// The organisation whose scans and rooms this request reaches and makes: the signed-in
    /// person's in a hosted installation; nil without `--hosted` (the installation's own scans).
    /// ``OrganisationGate`` keeps a site admin, who has none, away from every scan and room.
    public var organisation: Int64? { session?.account.organisationID }

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        clientAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Bodies are collected with the route's own limit (``ServerLimits``); this is the ceiling.
    public var maxUploadSize: Int { ServerLimits().maxUpload }
}
