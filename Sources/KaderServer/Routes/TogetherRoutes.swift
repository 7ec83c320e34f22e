import Foundation
import HTTPTypes
import Hummingbird
import Kader

/// Filling in together: the owner's combined view (`GET /s/<token>/together`), inviting a
/// colleague (`POST …/together/invite`), setting an agreed answer (`POST …/together/agree`), and
/// every response file as a ZIP (`GET …/together/export.zip`). Each colleague fills in on the
/// ordinary pages of their own scan; only the owner's link opens these.
enum TogetherRoutes: RouteGroup {
    static func add(to router: Router<ServerRequestContext>, app: ServerApp) {
        router.get("/s/:token/together") { request, context in
            let together = try await TogetherSheet(token: context.parameters.require("token"), app: app)
            let page = TogetherPage(
                together: together, language: context.language, origin: request.origin, nonce: { ScanToken.random().text })
            return PageShell(language: context.language, path: request.uri.path)
                .response(title: page.title, mainClass: "together") { page.render(into: &$0) }
        }

        router.post("/s/:token/together/invite") { request, context in
            let together = try await TogetherSheet(token: context.parameters.require("token"), app: app)
            let form = try await FormBody.read(request, limit: app.limits.maxBody, fieldLimit: app.limits.maxField)
            let invitation = try invitation(form)
            let owner = together.owner
            var header = owner.scan.header
            header.respondent = invitation.label
            if let field = owner.framework.report.participant { header.context[field] = .text(invitation.label) }
            _ = try await app.store.invite(invitation, header: header, owner: owner.scan, nonce: form["form"])
            return HTMLResponse.seeOther("/s/\(owner.scan.token.text)/together#colleagues")
        }

        router.post("/s/:token/together/agree") { request, context in
            let together = try await TogetherSheet(token: context.parameters.require("token"), app: app)
            let form = try await FormBody.read(request, limit: app.limits.maxBody, fieldLimit: app.limits.maxField)
            let owner = together.owner
            guard let id = form["question"], let question = owner.framework.question(id) else {
                throw PageError(
                    .badRequest,
                    Message(
                        nl: "Het kader kent deze vraag niet; er is niets opgeslagen.",
                        en: "The framework does not know this question; nothing was saved."))
            }
            // Read as a page's form, so that a number typed as a word comes back as typed (422) with the note.
            let answers = try PageAnswers(form: form, sheet: owner, questions: [question], only: nil)
            if !answers.rejected.isEmpty {
                var page = TogetherPage(
                    together: together, language: context.language, origin: request.origin, nonce: { ScanToken.random().text })
                page.rejected = answers.rejected
                return PageShell(language: context.language, path: request.uri.path)
                    .response(title: page.title, status: .unprocessableContent, mainClass: "together") { page.render(into: &$0) }
            }
            let changes = answers.changes.map(\.change)
            _ = try await app.store.saveAnswers(changes, scan: owner.scan.id, nonce: form["form"], author: context.session?.account.id)
            return HTMLResponse.seeOther("/s/\(owner.scan.token.text)/together#item-\(id)")
        }

        router.get("/s/:token/together/export.zip") { _, context in
            let together = try await TogetherSheet(token: context.parameters.require("token"), app: app)
            let archive = try ScanArchive(files: together.files)
            var headers = HTTPFields()
            headers[.contentType] = "application/zip"
            headers[.contentDisposition] = "attachment; filename=\"\(String(together.owner.fileName.dropLast(5)))-samen.zip\""
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: archive.data)))
        }
    }

    /// The invitation form read: a name (required) and a role, each at most 200 characters.
    static func invitation(_ form: FormBody) throws(PageError) -> Invitation {
        func text(_ name: String) -> String? {
            guard let value = form[name]?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
            return value
        }
        guard let name = text("name") else {
            throw PageError(
                .badRequest,
                Message(
                    nl: "Vul de naam van de collega in; er is niemand uitgenodigd.",
                    en: "Fill in the colleague's name; nobody was invited."))
        }
        let role = text("role")
        guard name.count <= 200, (role?.count ?? 0) <= 200 else {
            throw PageError(
                .contentTooLarge,
                Message(
                    nl: "Een naam of rol is langer dan 200 tekens; er is niemand uitgenodigd.",
                    en: "A name or role is longer than 200 characters; nobody was invited."))
        }
        return Invitation(name: name, role: role)
    }
}
