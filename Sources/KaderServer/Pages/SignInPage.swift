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
