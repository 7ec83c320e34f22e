import Foundation
import Hummingbird
import Kader
import KaderReports

/// The sign-in page of a hosted installation: address and password, and what went wrong.
struct SignInPage {
    let language: Language
    let problem: Message?
    let email: String
    /// The page to go to once signed in (a colleague's personal link, say); nil for the start page.
    var next: String? = nil

    /// `/login`, with the page asked for to return to after signing in (not for the start page).
    static func address(returningTo path: String) -> String {
        guard let next = safeNext(path), next != "/" else { return "/login" }
        return "/login?next=" + (next.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
    }

    /// `path` when it is a page of this server to return to: a plain absolute path, never another
    /// site (`//host`, `https://…`, a backslash) nor the sign-in page itself; nil otherwise.
    static func safeNext(_ path: String?) -> String? {
        guard let path, path.hasPrefix("/"), !path.hasPrefix("//"), path.count <= 300, !path.hasPrefix("/login"),
            path.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 && $0 != "\\" && $0 != "\u{7F}" })
        else { return nil }
        return path
    }

    func response(path: String, status: HTTPResponse.Status = .ok) -> Response {
        let say = Say(language)
        return PageShell(language: language, path: path).response(title: say("Aanmelden", "Sign in"), status: status) { main in
            main.element("h1", text: say("Aanmelden", "Sign in"))
            if let problem { main.element("p", [.class("error-message"), .id("sign-in-problem")], text: problem.text(in: language)) }
            main.postForm("/login") { form in
                if let next {
                    form.void("input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "next"), HTMLAttribute("value", next)])
                }
                FormField(
                    id: "sign-in-email", name: "email", type: "email", label: say("E-mailadres", "E-mail address"), value: email,
                    autocomplete: "email"
                ).render(into: &form)
                FormField(
                    id: "sign-in-password", name: "password", type: "password", label: say("Wachtwoord", "Password"),
                    autocomplete: "current-password"
                ).render(into: &form)
                form.element("button", [.id("sign-in"), HTMLAttribute("type", "submit")], text: say("Aanmelden", "Sign in"))
            }
        }
    }
}
