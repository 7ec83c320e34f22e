import Hummingbird
import Kader
import KaderReports

/// A request turned down, as a page in the visitor's language: what went wrong, that nothing was
/// saved where that is so, and a way back.
struct ErrorPage {
    let error: PageError
    let language: Language
    let path: String

    var response: Response {
        let say = Say(language)
        let shell = PageShell(language: language, path: path)
        return shell.response(title: error.title.text(in: language), status: error.status, mainClass: "error-page") { main in
            main.element("h1", text: error.title.text(in: language))
            main.element("p", [.class("error-message")], text: error.message.text(in: language))
            main.element("p") { p in
                p.element("a", [.id("error-back"), HTMLAttribute("href", "/")], text: say("Naar de startpagina", "To the start page"))
            }
        }
    }
}
