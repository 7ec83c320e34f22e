import Hummingbird

/// A group of routes: one file, one `add`. A new feature adds its group to ``RouteTable/groups``.
protocol RouteGroup {
    /// Adds the group's routes to `router`.
    static func add(to router: Router<ServerRequestContext>, app: ServerApp)
}

/// Every route the server answers, group by group.
enum RouteTable {
    static var groups: [any RouteGroup.Type] {
        [
            AssetRoutes.self,
            SignInRoutes.self,
            OrganisationRoutes.self,
            UmbrellaRoutes.self,
            StartRoutes.self,
            ScanRoutes.self,
            DomainRoutes.self,
            AnswerRoutes.self,
            ResultRoutes.self,
            PlanRoutes.self,
            RoomRoutes.self,
            TogetherRoutes.self
        ]
    }

    /// What the server answers with: the router, and HEAD as GET without the body (``HeadAsGet``).
    static func responder(app: ServerApp) -> HeadAsGet<RouterResponder<ServerRequestContext>> {
        HeadAsGet(base: router(app: app).buildResponder())
    }

    /// The router with every group and the page middleware around them.
    static func router(app: ServerApp) -> Router<ServerRequestContext> {
        let router = Router(context: ServerRequestContext.self)
        router.middlewares.add(PageMiddleware(app: app))
        router.middlewares.add(MethodGate())
        router.middlewares.add(LocalOnlyGate(app: app))
        router.middlewares.add(SignInGate(app: app))
        router.middlewares.add(OrganisationGate(app: app))
        router.middlewares.add(RoleGate(app: app))
        router.middlewares.add(ColleagueLinkGuard(app: app))
        for group in groups { group.add(to: router, app: app) }
        return router
    }
}
