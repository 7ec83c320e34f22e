import Hummingbird
import KaderReports

/// Our script and stylesheets, from the binary itself (nothing from the network).
enum AssetRoutes: RouteGroup {
    static func add(to router: Router<ServerRequestContext>, app: ServerApp) {
        let cache: HTTPFields = [.cacheControl: "no-cache"]
        router.get("/assets/kader.js") { _, _ in
            HTMLResponse.text(Assets.script, type: "text/javascript; charset=utf-8", headers: cache)
        }
        router.get("/assets/kader.css") { _, _ in
            HTMLResponse.text(Assets.stylesheet, type: "text/css; charset=utf-8", headers: cache)
        }
        router.get("/assets/report.css") { _, _ in
            HTMLResponse.text(HTMLPage.stylesheet(.report), type: "text/css; charset=utf-8", headers: cache)
        }
    }
}
