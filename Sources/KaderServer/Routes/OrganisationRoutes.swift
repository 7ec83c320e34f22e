import Hummingbird
import Kader

/// An organisation admin's pages in a hosted installation: the organisation's people (and
/// adding someone), and who changed which answer when. Only added with `--hosted`; ``RoleGate``
/// keeps everyone but the organisation's admin out.
enum OrganisationRoutes: RouteGroup {
    static let people = "/organisation/people"
    static let log = "/organisation/log"
    static let password = "/organisation/people/password"

    static func add(to router: Router<ServerRequestContext>, app: ServerApp) {
        guard let security = app.hosted else { return }
        router.get(RouterPath(people)) { request, context in
            let organisation = try await organisation(context, app: app)
            let page = try await peoplePage(organisation, context: context, app: app)
            return PageShell(language: context.language, path: request.uri.path).response(title: organisation.name) {
                page.render(into: &$0)
            }
        }
        router.post(RouterPath(people)) { request, context in
            let organisation = try await organisation(context, app: app)
            let form = try await FormBody.read(request, limit: app.limits.maxBody, fieldLimit: app.limits.maxField)
            // The form offers three roles; anything else was not sent by it, and is not quietly
            // turned into one of them.
            guard let role = Role(rawValue: form["role"] ?? ""), role != .siteAdmin else {
                throw PageError(
                    .badRequest,
                    Message(
                        nl: "Onbekende rol. Kies lid, trainer of beheerder van de organisatie.",
                        en: "Unknown role. Choose member, trainer or organisation admin."))
            }
            let email = form["email"] ?? ""
            let name = form["name"] ?? ""
            do throws(AccountSetup.Failure) {
                _ = try await AccountSetup(store: app.store, hasher: security.hasher).addUser(
                    email: email, name: name, password: form["password"] ?? "", role: role, organisation: organisation.name)
            } catch {
                var page = try await peoplePage(organisation, context: context, app: app)
                page.problem = error
                page.typed = (email, name)
                return page.response(path: request.uri.path)
            }
            return HTMLResponse.seeOther(people + "#people")
        }
        router.post(RouterPath(password)) { request, context in
            let organisation = try await organisation(context, app: app)
            let form = try await FormBody.read(request, limit: app.limits.maxBody, fieldLimit: app.limits.maxField)
            do throws(AccountSetup.Failure) {
                _ = try await AccountSetup(store: app.store, hasher: security.hasher).setPassword(
                    email: form["email"] ?? "", password: form["password"] ?? "", organisation: organisation.id)
            } catch {
                var page = try await peoplePage(organisation, context: context, app: app)
                page.passwordProblem = error
                return page.response(path: request.uri.path)
            }
            return HTMLResponse.seeOther(people + "#people")
        }
        router.get(RouterPath(log)) { request, context in
            let organisation = try await organisation(context, app: app)
            let entries = try await app.store.answerLog(organisation: organisation.id, limit: AnswerLogPage.limit)
            return AnswerLogPage(organisation: organisation, entries: entries, language: context.language).response(path: request.uri.path)
        }
    }

    /// The people page of `organisation`, with its umbrella or its members.
    static func peoplePage(_ organisation: Organisation, context: ServerRequestContext, app: ServerApp) async throws -> PeoplePage {
        let all = try await app.store.organisations()
        return PeoplePage(
            organisation: organisation, people: try await app.store.accounts(organisation: organisation.id), language: context.language,
            umbrella: all.first { $0.id == organisation.umbrellaID }, hasMembers: all.contains { $0.umbrellaID == organisation.id })
    }

    /// The signed-in person's organisation.
    static func organisation(_ context: ServerRequestContext, app: ServerApp) async throws -> Organisation {
        guard let id = context.organisation, let organisation = try await app.store.organisations().first(where: { $0.id == id }) else {
            throw PageError(.notFound, Message(nl: "Deze pagina bestaat niet.", en: "This page does not exist."))
        }
        return organisation
    }
}
