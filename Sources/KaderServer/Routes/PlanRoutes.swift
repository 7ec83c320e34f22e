import Foundation
import Hummingbird
import Kader

/// Issue 13, points 7-9: the action plan saved from the result page, the history of an
/// organisation's scans with the comparison with last time, and files in and out (an upload of a
/// response file or a survey export, a ZIP of response files). The history and the files are
/// groups of their own, added here so that the route table names this feature once.
enum PlanRoutes: RouteGroup {
    static func add(to router: Router<ServerRequestContext>, app: ServerApp) {
        router.post("/s/:token/plan") { request, context in
            let sheet = try await app.sheet(token: context.parameters.require("token"))
            let form = try await FormBody.read(request, limit: app.limits.maxBody, fieldLimit: app.limits.maxField)
            let plan = try PlanFormReader(form: form, sheet: sheet).plan
            _ = try await app.store.savePlan(plan, scan: sheet.scan.id, nonce: form["form"])
            return HTMLResponse.seeOther("/s/\(sheet.scan.token.text)/result#plan-form")
        }
        HistoryRoutes.add(to: router, app: app)
        TransferRoutes.add(to: router, app: app)
    }
}

/// The plan form read into plan items: every chosen advice must be one the framework gives,
/// every status one of the four words, every date a real date; anything else is a 400 page and
/// nothing is written.
struct PlanFormReader {
    let plan: [PlanItem]

    init(form: FormBody, sheet: ScanSheet) throws(PageError) {
        let known = ResponseLoader.adviceRuleIDs(sheet.framework)
        var plan: [PlanItem] = []
        for id in form.all("plan") where !plan.contains(where: { $0.adviceID == id }) {
            guard known.contains(id) else {
                throw PageError(
                    .badRequest,
                    Message(
                        nl: "Het kader kent geen advies '\(id)'; het actieplan is niet opgeslagen.",
                        en: "The framework has no advice '\(id)'; the action plan was not saved."))
            }
            let word = form["status." + id] ?? PlanStatus.planned.rawValue
            guard let status = PlanStatus(word: word) else {
                throw PageError(
                    .badRequest,
                    Message(
                        nl: "'\(word)' is geen status; kies gepland, bezig, gedaan of losgelaten. Het actieplan is niet opgeslagen.",
                        en: "'\(word)' is not a status; choose planned, in progress, done or dropped. The action plan was not saved."))
            }
            let due = Self.text(form["due." + id])
            if let due, !ResponseLoader.isDate(due) {
                throw PageError(
                    .badRequest,
                    Message(
                        nl: "'\(due)' is geen datum als 2026-09-01 (JJJJ-MM-DD). Het actieplan is niet opgeslagen.",
                        en: "'\(due)' is not a date like 2026-09-01 (YYYY-MM-DD). The action plan was not saved."))
            }
            plan.append(
                PlanItem(
                    adviceID: id, owner: Self.text(form["owner." + id]), due: due, status: status,
                    note: Self.text(form["plan-note." + id]),
                    location: SourceLocation(file: sheet.scan.token.text, line: 1, column: 1)))
        }
        self.plan = plan
    }

    /// A field's text without surrounding spaces; nil when empty.
    private static func text(_ value: String?) -> String? {
        guard let value = value?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
        return value
    }
}
