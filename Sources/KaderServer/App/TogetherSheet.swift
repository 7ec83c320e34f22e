import Kader

/// The owner's scan with the colleagues invited to it: each colleague's own scan read as a
/// page reads it, and their answers combined by the library's one rule (``ConsensusBuilder``),
/// which `kader aggregate --combine` uses too.
struct TogetherSheet: Sendable {
    /// The owner's scan: its answers are the agreed ones.
    let owner: ScanSheet
    /// The colleagues with their own scans, in the order invited.
    let colleagues: [(colleague: Colleague, sheet: ScanSheet)]
    /// Their answers combined; each labelled by the name and role the owner invited them by.
    let consensus: Consensus

    /// Reads the owner's scan behind `token` and its colleagues; a colleague's own link is refused
    /// (a colleague sees only their own answers, never the others' or the owner's view).
    init(token: String, app: ServerApp) async throws {
        let owner = try await app.sheet(token: token)
        guard try await app.store.owner(ofColleague: owner.scan.id) == nil else { throw Self.colleagueLink }
        var colleagues: [(colleague: Colleague, sheet: ScanSheet)] = []
        for colleague in try await app.store.colleagues(owner: owner.scan.id) {
            colleagues.append((colleague, try await app.sheet(token: colleague.token.text)))
        }
        let responses = colleagues.map { entry in
            var response = entry.sheet.response
            response.respondent = entry.colleague.invitation.label
            if let field = owner.framework.report.participant { response.context[field] = .text(entry.colleague.invitation.label) }
            return response
        }
        self.owner = owner
        self.colleagues = colleagues
        consensus = ConsensusBuilder.combine(responses, framework: owner.framework)
    }

    /// The answer agreed on for a question (the owner's scan's own answer), nil before it is set.
    func agreed(_ id: String) -> AnswerValue? { owner.value(of: id) }

    /// Every response file: the agreed answers first, then each colleague's own, named so that
    /// they can be told apart when unpacked.
    var files: [(name: String, text: String)] {
        let stem = String(owner.fileName.dropLast(5))
        return [(stem + "-samen.yaml", owner.responseFile)]
            + colleagues.enumerated().map { index, entry in
                (stem + "-collega-\(index + 1)-" + Self.slug(entry.colleague.invitation.label) + ".yaml", entry.sheet.responseFile)
            }
    }

    /// Letters and digits of `text`, lowercased, dashes between (for a file name).
    static func slug(_ text: String) -> String {
        let mapped = String(text.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
        return String(mapped.split(separator: "-").joined(separator: "-").prefix(40))
    }

    /// A colleague's link used where only the owner may go.
    static let colleagueLink = PageError(
        .forbidden,
        Message(
            nl: "Dit is de persoonlijke link van een collega: daarmee ziet u alleen uw eigen antwoorden. "
                + "Het overzicht van alle collega's is alleen voor wie de scan begon.",
            en: "This is a colleague's personal link: with it you see only your own answers. "
                + "The overview of all colleagues is only for whoever started the scan."))
}
