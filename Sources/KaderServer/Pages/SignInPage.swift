import Hummingbird
import Kader
import KaderReports

/// The sign-in page of a hosted installation: address and password, and what went wrong.
struct SignInPage {
    let language: Language
    let problem: Message?
    let email: String

    func response(path: String, status: HTTPResponse.Status = .ok) -> Response {
        let say = Say(language)
        return PageShell(language: language, path: path).response(title: say("Aanmelden", "Sign in"), status: status) { main in
            main.element("h1", text: say("Aanmelden", "Sign in"))
            if let problem { main.element("p", [.class("error-message"), .id("sign-in-problem")], text: problem.text(in: language)) }
            main.postForm("/login") { form in
                form.element("label", [HTMLAttribute("for", "sign-in-email")], text: say("E-mailadres", "E-mail address"))
                form.void(
                    "input",
                    [
                        .id("sign-in-email"), HTMLAttribute("type", "email"), HTMLAttribute("name", "email"), HTMLAttribute("value", email),
                        HTMLAttribute("autocomplete", "email"), HTMLAttribute("required", nil)
                    ])
                form.element("label", [HTMLAttribute("for", "sign-in-password")], text: say("Wachtwoord", "Password"))
                form.void(
                    "input",
                    [
                        .id("sign-in-password"), HTMLAttribute("type", "password"), HTMLAttribute("name", "password"),
                        HTMLAttribute("autocomplete", "current-password"), HTMLAttribute("required", nil)
                    ])
                form.element("button", [.id("sign-in"), HTMLAttribute("type", "submit")], text: say("Aanmelden", "Sign in"))
            }
        }
    }
}
