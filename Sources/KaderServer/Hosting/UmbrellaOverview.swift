import Kader

/// What an umbrella organisation sees of its members (issue 15, point 4): only the members whose
/// admin opted in, and of each only its latest scan per framework, brought together as the group
/// overview `kader aggregate` makes (the spread per domain, the shortfalls), never ranked.
struct UmbrellaOverview {
    /// One framework's group: the framework and the members' results in it.
    struct Group {
        let framework: Framework
        let members: [String]
        let summary: GroupSummary
    }

    /// The member organisations, each with whether it shares.
    let members: [Organisation]
    /// One group per framework (and version) the sharing members filled in, by framework id.
    let groups: [Group]

    /// The overview of `umbrella`'s members as the store holds them now.
    init(umbrella: Organisation, app: ServerApp) async throws {
        members = try await app.store.organisations().filter { $0.umbrellaID == umbrella.id }
        // A colleague's scan is part of its owner's, not a scan of the organisation of its own.
        let colleagues = try await app.store.colleagueTokens()
        var builders: [String: (Framework, [String], GroupBuilder)] = [:]
        for member in members where member.sharesWithUmbrella {
            var seen: Set<String> = []
            // Newest first: the first scan of each framework is the member's latest.
            for summary in try await app.store.scans(limit: 500, organisation: member.id) where !colleagues.contains(summary.token) {
                guard seen.insert(summary.frameworkID).inserted else { continue }
                let sheet = try await app.sheet(token: summary.token.text)
                let key = sheet.framework.id + "@" + sheet.framework.version
                var entry = builders[key] ?? (sheet.framework, [], GroupBuilder(framework: sheet.framework))
                entry.1.append(member.name)
                entry.2.add(sheet.result)
                builders[key] = entry
            }
        }
        groups = builders.keys.sorted().compactMap { key in
            guard let (framework, names, builder) = builders[key] else { return nil }
            var summary = builder.build()
            summary.ranking = []
            return Group(framework: framework, members: names, summary: summary)
        }
    }
}
