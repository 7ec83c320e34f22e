import Hummingbird
import Kader
import KaderReports

/// The frame of every page: language, title, our stylesheets and the one script (all from this
/// server), a skip link, the language switch, and the page's own content in `<main id="main">`.
/// Everything is written through ``HTMLWriter``, so every text is escaped by the one escaper.
struct PageShell {
    /// True while a hosted installation (`--hosted`) answers a request (set by ``PageMiddleware``):
    /// the footer then says where the answers are, not "on this computer".
    @TaskLocal static var hosted = false

    let language: Language
    /// The page's path, for the language switch (`?lang=` on the same page).
    let path: String

    /// The whole page as a response.
    func response(
        title: String, status: HTTPResponse.Status = .ok, mainClass: String? = nil,
        _ content: (inout HTMLWriter) -> Void
    ) -> Response {
        HTMLResponse.make(page(title: title, mainClass: mainClass, content), status: status)
    }

    /// The whole page as text.
    func page(title: String, mainClass: String? = nil, _ content: (inout HTMLWriter) -> Void) -> String {
        let say = Say(language)
        var page = HTMLWriter()
        page.trusted("<!DOCTYPE html>\n")
        page.open("html", [HTMLAttribute("lang", language.rawValue)])
        page.element("head") { head in
            head.void("meta", [HTMLAttribute("charset", "utf-8")])
            head.void("meta", [HTMLAttribute("name", "viewport"), HTMLAttribute("content", "width=device-width, initial-scale=1")])
            head.element("title", text: title + " · Kader")
            // No icon to fetch: the browser asks for /favicon.ico otherwise.
            head.void("link", [HTMLAttribute("rel", "icon"), HTMLAttribute("href", "data:,")])
            head.void("link", [HTMLAttribute("rel", "stylesheet"), HTMLAttribute("href", "/assets/report.css")])
            head.void("link", [HTMLAttribute("rel", "stylesheet"), HTMLAttribute("href", "/assets/kader.css")])
            head.element("script", [HTMLAttribute("src", "/assets/kader.js"), HTMLAttribute("defer", nil)]) { _ in }
        }
        page.newline()
        page.open("body")
        page.element("a", [.class("skip-link"), HTMLAttribute("href", "#main")], text: say("Naar de inhoud", "Skip to content"))
        page.element("header", [.class("site")]) { header in
            header.element("a", [.class("home"), HTMLAttribute("href", "/")], text: "Kader")
            header.element("nav", [HTMLAttribute("aria-label", say("Taal", "Language"))]) { nav in
                let other: Language = language.other
                nav.element(
                    "a",
                    [
                        .id("lang-switch"), HTMLAttribute("href", path + "?lang=" + other.rawValue),
                        HTMLAttribute("hreflang", other.rawValue), HTMLAttribute("lang", other.rawValue)
                    ],
                    text: other == .en ? "English" : "Nederlands")
            }
            // Someone is signed in to a hosted installation: every page offers signing out.
            if FormToken.current != nil {
                header.postForm("/logout", [.class("sign-out")]) { form in
                    form.element(
                        "button", [.id("sign-out"), .class("secondary"), HTMLAttribute("type", "submit")], text: say("Afmelden", "Sign out")
                    )
                }
            }
        }
        page.newline()
        page.element("main", [.id("main")] + (mainClass.map { [.class($0)] } ?? [])) { main in
            main.newline()
            content(&main)
        }
        page.newline()
        page.element(
            "footer", [.class("site")],
            text: Self.hosted
                ? say(
                    // True for everyone who reads it, the site admin (who sees no answers) included.
                    "Kader draait op de server van deze installatie; de antwoorden van een organisatie ziet alleen die organisatie.",
                    "Kader runs on this installation's server; an organisation's answers are seen by that organisation only.")
                : say(
                    "Kader draait op deze computer; uw antwoorden gaan nergens anders heen.",
                    "Kader runs on this computer; your answers go nowhere else."))
        page.newline()
        page.close("body")
        page.close("html")
        page.newline()
        return page.html
    }
}

/// Responses with a body of text.
enum HTMLResponse {
    /// An HTML page.
    static func make(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        text(html, type: "text/html; charset=utf-8", status: status)
    }

    /// Any text, with its content type.
    static func text(_ text: String, type: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// A 303 to `location` (after a form is saved, so that reloading does not send it again).
    static func seeOther(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
